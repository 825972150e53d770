using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.IntegrationTests.Features.Reports;
using PartnershipPortal.IntegrationTests.Web;

namespace PartnershipPortal.IntegrationTests.Web.Reports;

/// <summary>The institutions list of the directory export over HTTP, on the demo data.</summary>
public sealed class InstitutionReportWebTests(MatrixPortal portal) : ReportWebTests(portal, "institutions", "country=KZ"), IClassFixture<MatrixPortal>
{
    [Theory]
    [InlineData("kind=Startup", "kind", "Unknown kind of institution 'Startup'. Choose from: University, College, VocationalSchool, Company, GovernmentBody, Association, Other.")]
    [InlineData("country=Kazakhstan", "country", "The country must be an ISO 3166-1 alpha-2 code such as KZ (two capital letters).")]
    [InlineData("archived=maybe", "archived", "'maybe' is neither true nor false: write archived=true to include archived records.")]
    public Task BadInput_IsAnsweredWithProblemDetails(string query, string parameter, string message) =>
        AssertRefusedAsync(query, parameter, message);

    [Fact]
    public Task ASearchTooLong_IsAnsweredWithProblemDetails() =>
        AssertRefusedAsync("q=" + new string('x', 201), "q", "The search text can be at most 200 characters long (this one has 201).");

    [Fact]
    public async Task ThePage_PreviewsTheInstitutions_AndLinksTheDownloadsOfTheSameQuery()
    {
        int total;
        await using (var scope = Portal.App.Services.CreateAsyncScope())
        {
            total = await scope.ServiceProvider.GetRequiredService<InstitutionReportService>().CountAsync(new() { CountryCode = "KZ", Kind = "College" });
        }

        var html = WebUtility.HtmlDecode(await Portal.Clients[PortalRoles.InternationalOffice].GetStringAsync("/reports/directory?country=KZ&kind=College"));

        Assert.Contains("href=\"/reports/institutions.csv?country=KZ&kind=College\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>Aktobe Automobile and Highway College</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Home institution</th>", html, StringComparison.Ordinal);
        Assert.InRange(total, 1, InstitutionReportService.PreviewSize);
        Assert.Contains($">{total} institutions match.<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_NamesAnUnknownList_AndShowsNoReport()
    {
        var html = WebUtility.HtmlDecode(await Portal.Clients[PortalRoles.InternationalOffice].GetStringAsync("/reports/directory?list=staff"));

        Assert.Contains("<li>Unknown list 'staff'. Choose from: institutions, people.</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"report-preview\"", html, StringComparison.Ordinal);
    }
}

/// <summary>The people list of the directory export over HTTP, on the demo data: who may, what bad input gets, what is recorded.</summary>
public sealed class PersonReportWebTests(MatrixPortal portal) : ReportWebTests(portal, "people", "country=KZ&archived=true"), IClassFixture<MatrixPortal>
{
    [Theory]
    [InlineData("institution=987654", "institution", "No institution has the id 987654: choose the institution from the list.")]
    [InlineData("institution=0", "institution", "Choose the institution from the list.")]
    [InlineData("institution=EKTU", "institution", "'EKTU' is not a whole number.")]
    [InlineData("kind=college", "kind", "Unknown kind of institution 'college'. Choose from: University, College, VocationalSchool, Company, GovernmentBody, Association, Other.")]
    public Task BadInput_IsAnsweredWithProblemDetails(string query, string parameter, string message) =>
        AssertRefusedAsync(query, parameter, message);

    [Fact]
    public async Task ThePage_ShowsTheMessage_ForAnInstitutionThatDoesNotExist()
    {
        var html = WebUtility.HtmlDecode(await Portal.Clients[PortalRoles.Administrator].GetStringAsync("/reports/directory?list=people&institution=987654"));

        Assert.Contains("<li>No institution has the id 987654: choose the institution from the list.</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"report-preview\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsv_HoldsThePeopleOfTheInstitution_AndTheExportIsRecorded()
    {
        int institution;
        DirectoryReportPreview<PersonReportRow> preview;
        await using (var scope = Portal.App.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            institution = await db.Institutions.Where(i => i.Name == "East Kazakhstan Technical University").Select(i => i.Id).SingleAsync();
            preview = await scope.ServiceProvider.GetRequiredService<PersonReportService>().PreviewAsync(new() { InstitutionId = institution });
        }

        var query = $"institution={institution}";
        var html = WebUtility.HtmlDecode(await Portal.Clients[PortalRoles.InternationalOffice].GetStringAsync($"/reports/directory?list=people&{query}"));
        using var response = await Portal.Clients[PortalRoles.InternationalOffice].GetAsync($"/reports/people.csv?{query}");

        Assert.Contains($"href=\"/reports/people.csv?{query}\"", html, StringComparison.Ordinal);
        Assert.Contains($"{preview.TotalCount} people match.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{preview.TotalCount}", Assert.Single(response.Headers.GetValues("X-Report-Rows")));
        var (headers, rows) = ReportFiles.Csv(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Full name", "Name in original script", "Position", "Institution", "Unit", "Country", "E-mail", "Phone", "Archived"], headers);
        Assert.Contains(["Mashekenova Assiya", "", "Vice President", "East Kazakhstan Technical University", "", "Kazakhstan (KZ)"], rows.Select(r => r[..6]));
        Assert.Equal(preview.Rows.Select(r => r.FullName), rows.Select(r => r[0]));

        await using var check = await Portal.App.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var record = await check.ChangeRecords.Where(c => c.EntityType == ReportExportLog.EntityType).OrderBy(c => c.Id).LastAsync();
        Assert.Equal(("people", ChangeKind.Created, "Test InternationalOffice"), (record.EntityId, record.Kind, record.Actor));
        Assert.Equal(
        [
            ("Report", "people"), ("Format", "CSV"), ("Filters", query), ("Columns", "name,originalName,position,institution,unit,country,email,phone,archived"),
            ("Rows", $"{preview.TotalCount}"),
        ], record.Fields.Select(f => (f.Field, f.New)));
    }
}
