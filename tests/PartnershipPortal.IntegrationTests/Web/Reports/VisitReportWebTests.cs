using System.Net;
using System.Text.Json;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Web;

namespace PartnershipPortal.IntegrationTests.Web.Reports;

/// <summary>The visits report's downloads and page over HTTP, on the demo data.</summary>
public sealed class VisitReportWebTests(MatrixPortal portal) : IClassFixture<MatrixPortal>
{
    public static readonly TheoryData<string, string> DownloadMatrix = AgreementReportWebTests.DownloadMatrix;

    [Theory]
    [MemberData(nameof(DownloadMatrix))]
    public async Task EachDownload_IsForAdministratorsAndTheOffice_Only(string format, string caller)
    {
        using var response = await portal.Clients[caller].GetAsync($"/reports/visits.{format}?direction=Inbound");

        if (AgreementReportWebTests.AssertAllowedOrRefused(response, caller, "visits", format))
        {
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("from=2025-06-01&to=2025-05-01", "to", "The period ends (1 May 2025) before it starts (1 June 2025).")]
    [InlineData("direction=Sideways", "direction", "Unknown direction 'Sideways'. Choose from: Inbound, Outbound.")]
    [InlineData("unit=987654", "unit", "No unit has the id 987654: choose the host unit from the list.")]
    [InlineData("from=May", "from", "'May' is not a date: write it as YYYY-MM-DD, such as 2025-05-20.")]
    public async Task BadInput_IsAnsweredWithProblemDetails(string query, string parameter, string message)
    {
        using var response = await portal.Clients[PortalRoles.Administrator].GetAsync($"/reports/visits.xlsx?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([message], problem.RootElement.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task ThePage_PreviewsTheVisits_AndLinksTheDownloadsOfTheSameQuery()
    {
        var html = WebUtility.HtmlDecode(await portal.Clients[PortalRoles.InternationalOffice].GetStringAsync("/reports/visits?direction=Outbound&country=KZ"));

        Assert.Contains("href=\"/reports/visits.csv?direction=Outbound&country=KZ\"", html, StringComparison.Ordinal);
        Assert.Contains("visits match", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Delegation's institutions (country)</th>", html, StringComparison.Ordinal);
    }
}
