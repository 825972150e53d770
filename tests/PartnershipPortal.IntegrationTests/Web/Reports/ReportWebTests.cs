using System.Net;
using System.Text.Json;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Web;

namespace PartnershipPortal.IntegrationTests.Web.Reports;

/// <summary>
/// What every report's downloads must do over HTTP, on the demo data: each format for administrators and the
/// office only, a file named after the report and the day; bad input answered with problem details, no file.
/// </summary>
public abstract class ReportWebTests(MatrixPortal portal, string report, string query)
{
    public static readonly TheoryData<string, string> DownloadMatrix = Matrix();

    protected MatrixPortal Portal => portal;

    private static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in new[] { "csv", "xlsx", "pdf" })
        {
            foreach (var caller in AuthorizationMatrixTests.Callers)
            {
                data.Add(format, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DownloadMatrix))]
    public async Task EachDownload_IsForAdministratorsAndTheOffice_Only(string format, string caller)
    {
        using var response = await portal.Clients[caller].GetAsync($"/reports/{report}.{format}?{query}");

        if (caller is PortalRoles.Administrator or PortalRoles.InternationalOffice)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(format switch
            {
                "csv" => "text/csv",
                "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _ => "application/pdf",
            }, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"{report}-{DateTime.UtcNow:yyyy-MM-dd}.{format}", response.Content.Headers.ContentDisposition?.FileNameStar);
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var target = caller == "anonymous" ? "/account/sign-in" : "/account/access-denied";
            Assert.StartsWith($"http://localhost{target}?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    /// <summary>Asks for the report with a bad query in each format: problem details naming only that parameter, with that message, and no file.</summary>
    protected async Task AssertRefusedAsync(string badQuery, string parameter, string message)
    {
        foreach (var format in new[] { "csv", "xlsx", "pdf" })
        {
            using var response = await portal.Clients[PortalRoles.InternationalOffice].GetAsync($"/reports/{report}.{format}?{badQuery}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Null(response.Content.Headers.ContentDisposition);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("The report cannot be made", problem.RootElement.GetProperty("title").GetString());
            var errors = problem.RootElement.GetProperty("errors");
            Assert.Equal([parameter], errors.EnumerateObject().Select(p => p.Name));
            Assert.Equal([message], errors.GetProperty(parameter).EnumerateArray().Select(e => e.GetString()));
        }
    }
}
