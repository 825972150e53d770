using System.Net;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Web;

namespace PartnershipPortal.IntegrationTests.Web.Reports;

/// <summary>The follow-up status report's downloads and page over HTTP, on the demo data.</summary>
public sealed class FollowUpReportWebTests(MatrixPortal portal) : ReportWebTests(portal, "follow-ups", "status=Open"), IClassFixture<MatrixPortal>
{
    [Theory]
    [InlineData("dueFrom=2025-06-01&dueTo=2025-05-01", "dueTo", "The due period ends (1 May 2025) before it starts (1 June 2025).")]
    [InlineData("status=Open&status=Closed", "status", "Unknown status 'Closed'. Choose from: Open, InProgress, Done, Cancelled.")]
    [InlineData("overdue=1", "overdue", "'1' is neither true nor false.")]
    [InlineData("dueFrom=soon", "dueFrom", "'soon' is not a date: write it as YYYY-MM-DD, such as 2025-05-20.")]
    public Task BadInput_IsAnsweredWithProblemDetails(string query, string parameter, string message) =>
        AssertRefusedAsync(query, parameter, message);

    [Fact]
    public async Task ThePage_PreviewsTheActions_AndLinksTheDownloadsOfTheSameQuery()
    {
        var html = WebUtility.HtmlDecode(await Portal.Clients[PortalRoles.Administrator].GetStringAsync("/reports/follow-ups?status=Open&overdue=true"));

        Assert.Contains("href=\"/reports/follow-ups.xlsx?status=Open&overdue=true\"", html, StringComparison.Ordinal);
        Assert.Contains("follow-up actions match", html, StringComparison.Ordinal);
    }
}
