using System.Net;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Web;

namespace PartnershipPortal.IntegrationTests.Web.Reports;

/// <summary>The visits report's downloads and page over HTTP, on the demo data.</summary>
public sealed class VisitReportWebTests(MatrixPortal portal) : ReportWebTests(portal, "visits", "direction=Inbound"), IClassFixture<MatrixPortal>
{
    [Theory]
    [InlineData("from=2025-06-01&to=2025-05-01", "to", "The period ends (1 May 2025) before it starts (1 June 2025).")]
    [InlineData("direction=Sideways", "direction", "Unknown direction 'Sideways'. Choose from: Inbound, Outbound.")]
    [InlineData("unit=987654", "unit", "No unit has the id 987654: choose the host unit from the list.")]
    [InlineData("from=May", "from", "'May' is not a date: write it as YYYY-MM-DD, such as 2025-05-20.")]
    public Task BadInput_IsAnsweredWithProblemDetails(string query, string parameter, string message) =>
        AssertRefusedAsync(query, parameter, message);

    [Fact]
    public async Task ThePage_PreviewsTheVisits_AndLinksTheDownloadsOfTheSameQuery()
    {
        var html = WebUtility.HtmlDecode(await Portal.Clients[PortalRoles.InternationalOffice].GetStringAsync("/reports/visits?direction=Outbound&country=KZ"));

        Assert.Contains("href=\"/reports/visits.csv?direction=Outbound&country=KZ\"", html, StringComparison.Ordinal);
        Assert.Contains("visits match", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Delegation's institutions (country)</th>", html, StringComparison.Ordinal);
    }
}
