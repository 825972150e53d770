using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Reports;

/// <summary>The office opens the directory export on the demo data, turns to the people of one of the delegation's institutions and downloads them.</summary>
public sealed class DirectoryReportJourneyTests(DemoPortalServer server, Browser browser) : IClassFixture<DemoPortalServer>, IClassFixture<Browser>
{
    private const string Ektu = "East Kazakhstan Technical University";

    [Fact]
    public async Task TheOffice_SeesTheInstitutions_ThenThePeopleOfOneInstitution_AndDownloadsThem()
    {
        int ektu;
        DirectoryReportPreview<InstitutionReportRow> institutions;
        DirectoryReportPreview<PersonReportRow> people;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            ektu = await db.Institutions.Where(i => i.Name == Ektu).Select(i => i.Id).SingleAsync();
            institutions = await scope.ServiceProvider.GetRequiredService<InstitutionReportService>().PreviewAsync(new());
            people = await scope.ServiceProvider.GetRequiredService<PersonReportService>().PreviewAsync(new() { InstitutionId = ektu });
        }

        Assert.Equal(["Mashekenova Assiya", "Yerzhan Baimukhanov"], people.Rows.Select(p => p.FullName));
        Assert.Equal(2, people.TotalCount);
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/reports");
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("reports-nav").GetByRole(AriaRole.Link, new() { Name = "Directory of institutions and people" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/reports/directory$"));
        await Browser.WaitForInteractivityAsync(page);

        var shown = institutions.Rows.Count;
        await Expect(page.GetByTestId("report-count")).ToHaveTextAsync(institutions.TotalCount > shown
            ? $"{institutions.TotalCount} institutions match; the first {shown} are shown."
            : $"{institutions.TotalCount} institutions match.");
        await Expect(page.GetByTestId("report-preview").Locator("tbody tr td:first-child")).ToHaveTextAsync(institutions.Rows.Select(r => r.Name).ToArray());
        await Browser.AssertAccessibleAsync(page);

        await page.GetByTestId("filter-list").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "People", Exact = true }).ClickAsync();
        var picker = page.GetByTestId("filter-institution").Locator("xpath=self::input | .//input").First;
        await picker.FillAsync("East Kazakhstan");
        await page.GetByRole(AriaRole.Option, new() { Name = Ektu, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = Ektu, Exact = true })).ToHaveCountAsync(0);
        await page.GetByTestId("report-show").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($@"/reports/directory\?list=people&institution={ektu}$"));
        await Expect(page.GetByTestId("report-count")).ToHaveTextAsync("2 people match.");
        await Expect(page.GetByTestId("report-preview").Locator("tbody tr td:first-child")).ToHaveTextAsync(people.Rows.Select(r => r.FullName).ToArray());
        await Expect(picker).ToHaveValueAsync(Ektu);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "directory-report");

        var (headers, rows) = await ReportDownloadSteps.DownloadCsvAsync(page, "people");

        Assert.Equal(["Full name", "Name in original script", "Position", "Institution", "Unit", "Country", "E-mail", "Phone", "Archived"], headers);
        Assert.Equal(people.Rows.Select(r => CsvReportWriter.Neutralise(r.FullName)), rows.Select(r => r[0]));
        Assert.Equal(people.Rows.Select(r => CsvReportWriter.Neutralise(r.Position ?? string.Empty)), rows.Select(r => r[2]));
        Assert.Equal(people.Rows.Select(r => CsvReportWriter.Neutralise(r.Phone ?? string.Empty)), rows.Select(r => r[7]));
        Assert.Equal("'+7 7232 000 512", rows[1][7]);
        Assert.All(rows, r => Assert.Equal((Ektu, "Kazakhstan (KZ)", "No"), (r[3], r[5], r[8])));
    }
}
