using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.IntegrationTests.Web;

namespace PartnershipPortal.IntegrationTests.Web.Reports;

/// <summary>The partner activity report's downloads and page over HTTP, on the demo data.</summary>
public sealed class PartnerActivityWebTests(MatrixPortal portal) : ReportWebTests(portal, "partners", "by=country&active=true"), IClassFixture<MatrixPortal>
{
    [Theory]
    [InlineData("from=2025-06-01&to=2025-05-01", "to", "The period ends (1 May 2025) before it starts (1 June 2025).")]
    [InlineData("by=region", "by", "The report cannot be made per 'region'. Choose from: institution, country.")]
    [InlineData("sort=rating", "sort", "The report cannot be sorted by 'rating'. Choose from: name, visits, contact.")]
    [InlineData("kind=School", "kind", "Unknown kind of institution 'School'. Choose from: University, College, VocationalSchool, Company, GovernmentBody, Association, Other.")]
    [InlineData("country=XX", "country", "The country must be an ISO 3166-1 alpha-2 code such as KZ (two capital letters).")]
    [InlineData("active=yes", "active", "'yes' is neither true nor false.")]
    [InlineData("to=31.12.2025", "to", "'31.12.2025' is not a date: write it as YYYY-MM-DD, such as 2025-05-20.")]
    public Task BadInput_IsAnsweredWithProblemDetails(string query, string parameter, string message) =>
        AssertRefusedAsync(query, parameter, message);

    [Fact]
    public async Task ThePage_PreviewsTheCountries_AndLinksTheDownloadsOfTheSameQuery()
    {
        var html = WebUtility.HtmlDecode(await Portal.Clients[PortalRoles.InternationalOffice].GetStringAsync("/reports/partners?by=country&kind=College"));

        Assert.Contains("href=\"/reports/partners.csv?by=country&kind=College\"", html, StringComparison.Ordinal);
        Assert.Contains("partner countries match", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Partner institutions</th>", html, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan (KZ)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_ExplainsBadInput_WithoutAReport()
    {
        var html = WebUtility.HtmlDecode(await Portal.Clients[PortalRoles.Administrator].GetStringAsync("/reports/partners?sort=rating"));

        Assert.Contains("The report cannot be sorted by 'rating'. Choose from: name, visits, contact.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/reports/partners.csv", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsv_HoldsEveryCountry_AndTheExportIsRecorded()
    {
        const string query = "by=country&sort=visits";
        var factory = Portal.App.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        int total, before;
        await using (var scope = Portal.App.Services.CreateAsyncScope())
        {
            total = await scope.ServiceProvider.GetRequiredService<PartnerActivityService>().CountAsync(new() { By = "country", Sort = "visits" });
            await using var db = await factory.CreateDbContextAsync();
            before = await db.ChangeRecords.CountAsync(c => c.EntityType == ReportExportLog.EntityType && c.EntityId == "partners");
        }

        using var response = await Portal.Clients[PortalRoles.Administrator].GetAsync($"/reports/partners.csv?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{total}", Assert.Single(response.Headers.GetValues("X-Report-Rows")));
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split("\r\n");
        Assert.Equal(total + 1, lines.Length);
        Assert.Equal("Country,Partner institutions,Visits to us,Visits by us,Active agreements,Last contact,Reviews,Latest rating,Recommendation,Latest review of", lines[0]);
        await using var check = await factory.CreateDbContextAsync();
        var record = await check.ChangeRecords.Where(c => c.EntityType == ReportExportLog.EntityType && c.EntityId == "partners").OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(before + 1, record.Count);
        Assert.Equal(
            [("Report", "partners"), ("Format", "CSV"), ("Filters", query),
                ("Columns", "country,partners,visitsToUs,visitsByUs,agreements,lastContact,reviews,rating,recommendation,reviewed"), ("Rows", $"{total}")],
            record[^1].Fields.Select(f => (f.Field, f.New)));
    }
}
