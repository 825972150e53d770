using System.Net;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.IntegrationTests.Web;
using UglyToad.PdfPig;

namespace PartnershipPortal.IntegrationTests.Web.Reports;

/// <summary>The agreement report's downloads over HTTP, on the demo data: who may, what bad input gets, what is recorded.</summary>
public sealed class AgreementReportWebTests(MatrixPortal portal)
    : ReportWebTests(portal, "agreements", "status=Active&col=title&col=parties"), IClassFixture<MatrixPortal>
{
    [Theory]
    [InlineData("signedFrom=2025-06-01&signedTo=2025-05-01", "signedTo", "The signing period ends (1 May 2025) before it starts (1 June 2025).")]
    [InlineData("col=title&col=budget", "col", "Unknown column 'budget'. Choose from: title, kind, status, parties, unit, person, signed, effective, expires, daysToExpiry, fields, frameworks, visits.")]
    [InlineData("expiresWithin=-5", "expiresWithin", "The number of days before expiry cannot be negative (it is -5).")]
    [InlineData("expiresWithin=100000", "expiresWithin", "The number of days before expiry can be at most 3650 (ten years); it is 100000.")]
    [InlineData("party=987654", "party", "No institution has the id 987654: choose the party institution from the list.")]
    [InlineData("unit=987654", "unit", "No unit has the id 987654: choose the responsible unit from the list.")]
    [InlineData("framework=987654", "framework", "No framework or programme has the id 987654: choose the framework from the list.")]
    [InlineData("signedFrom=yesterday", "signedFrom", "'yesterday' is not a date: write it as YYYY-MM-DD, such as 2025-05-20.")]
    [InlineData("status=Signed&status=Lost", "status", "Unknown status 'Lost'. Choose from: Draft, UnderNegotiation, Signed, Active, Expired, Terminated, Renewed.")]
    [InlineData("country=Kazakhstan", "country", "The country must be an ISO 3166-1 alpha-2 code such as KZ (two capital letters).")]
    public Task BadInput_IsAnsweredWithProblemDetails_NotAFile(string query, string parameter, string message) =>
        AssertRefusedAsync(query, parameter, message);

    [Fact]
    public async Task TheCsv_HoldsExactlyThePreviewedReport_AndTheExportIsRecorded()
    {
        const string query = "country=KZ&col=title&col=status&col=parties&col=expires&sort=expires&desc=true";
        AgreementReportPreview preview;
        int before;
        await using (var scope = Portal.App.Services.CreateAsyncScope())
        {
            var (definition, _) = PartnershipPortal.Web.Features.Reports.AgreementReportAddress.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
            preview = await scope.ServiceProvider.GetRequiredService<AgreementReportService>().PreviewAsync(definition);
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            before = await db.ChangeRecords.CountAsync(c => c.EntityType == ReportExportLog.EntityType);
        }

        using var response = await Portal.Clients[PortalRoles.Administrator].GetAsync($"/reports/agreements.csv?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{preview.TotalCount}", Assert.Single(response.Headers.GetValues("X-Report-Rows")));
        using var csv = CsvReader.Create(await response.Content.ReadAsByteArrayAsync(), new CsvReaderOptions { HasHeader = true });
        var titles = new List<string>();
        while (csv.Read())
        {
            titles.Add(csv.Current.GetString(0));
        }

        Assert.Equal(["Title", "Status", "Parties (country)", "Expires"], csv.Headers);
        Assert.True(preview.TotalCount > 0);
        Assert.Equal(preview.Rows.Select(r => r.Title), titles.Take(preview.Rows.Count));
        Assert.Equal(preview.TotalCount, titles.Count);

        await using var check = await Portal.App.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var records = await check.ChangeRecords.Where(c => c.EntityType == ReportExportLog.EntityType).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(before + 1, records.Count);
        var record = records[^1];
        Assert.Equal(("agreements", ChangeKind.Created, "Test Administrator"), (record.EntityId, record.Kind, record.Actor));
        Assert.NotNull(record.UserId);
        Assert.Equal(
            [("Report", "agreements"), ("Format", "CSV"), ("Filters", query), ("Columns", "title,status,parties,expires"), ("Rows", $"{preview.TotalCount}")],
            record.Fields.Select(f => (f.Field, f.New)));
    }

    [Fact]
    public async Task ThePdf_IsTheSameReport_WithItsFilters()
    {
        using var response = await Portal.Clients[PortalRoles.InternationalOffice].GetAsync("/reports/agreements.pdf?country=KZ&group=status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Contains("Agreement report", text, StringComparison.Ordinal);
        Assert.Contains("Country of a party: Kazakhstan (KZ)", text, StringComparison.Ordinal);
        Assert.Contains("Grouped by: Status", text, StringComparison.Ordinal);
        Assert.Contains("Generated by: Test InternationalOffice", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_ShowsThePreviewAndLinksTheDownloadsOfTheSameQuery()
    {
        var html = WebUtility.HtmlDecode(await Portal.Clients[PortalRoles.InternationalOffice].GetStringAsync("/reports?country=KZ&col=title&col=status"));

        Assert.Contains("href=\"/reports/agreements.csv?country=KZ&col=title&col=status\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/reports/agreements.xlsx?country=KZ&col=title&col=status\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/reports/agreements.pdf?country=KZ&col=title&col=status\"", html, StringComparison.Ordinal);
        Assert.Contains("agreements match", html, StringComparison.Ordinal);

        var grouped = WebUtility.HtmlDecode(await Portal.Clients[PortalRoles.Administrator].GetStringAsync("/reports?group=status&col=title&col=status"));
        Assert.Contains("<th scope=\"colgroup\" colspan=\"2\">Status: Active</th>", grouped, StringComparison.Ordinal);

        var invalid = WebUtility.HtmlDecode(await Portal.Clients[PortalRoles.InternationalOffice].GetStringAsync("/reports?expiresWithin=-1"));
        Assert.Contains("The number of days before expiry cannot be negative (it is -1).", invalid, StringComparison.Ordinal);
        Assert.DoesNotContain("/reports/agreements.csv", invalid, StringComparison.Ordinal);
    }
}
