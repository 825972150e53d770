using System.Net;
using System.Text.Json;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Web;

namespace PartnershipPortal.IntegrationTests.Web.Reports;

/// <summary>The follow-up status report's downloads and page over HTTP, on the demo data.</summary>
public sealed class FollowUpReportWebTests(MatrixPortal portal) : IClassFixture<MatrixPortal>
{
    public static readonly TheoryData<string, string> DownloadMatrix = AgreementReportWebTests.DownloadMatrix;

    [Theory]
    [MemberData(nameof(DownloadMatrix))]
    public async Task EachDownload_IsForAdministratorsAndTheOffice_Only(string format, string caller)
    {
        using var response = await portal.Clients[caller].GetAsync($"/reports/follow-ups.{format}?status=Open");

        if (AgreementReportWebTests.AssertAllowedOrRefused(response, caller, "follow-ups", format))
        {
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("dueFrom=2025-06-01&dueTo=2025-05-01", "dueTo", "The due period ends (1 May 2025) before it starts (1 June 2025).")]
    [InlineData("status=Open&status=Closed", "status", "Unknown status 'Closed'. Choose from: Open, InProgress, Done, Cancelled.")]
    public async Task BadInput_IsAnsweredWithProblemDetails(string query, string parameter, string message)
    {
        using var response = await portal.Clients[PortalRoles.InternationalOffice].GetAsync($"/reports/follow-ups.csv?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([message], problem.RootElement.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task ThePage_PreviewsTheActions_AndLinksTheDownloadsOfTheSameQuery()
    {
        var html = WebUtility.HtmlDecode(await portal.Clients[PortalRoles.Administrator].GetStringAsync("/reports/follow-ups?status=Open&overdue=true"));

        Assert.Contains("href=\"/reports/follow-ups.xlsx?status=Open&overdue=true\"", html, StringComparison.Ordinal);
        Assert.Contains("follow-up actions match", html, StringComparison.Ordinal);
    }
}
