using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Reports;

/// <summary>A member of the office keeps a report's filters under a name, opens them again, updates and deletes them.</summary>
public sealed class SavedReportJourneyTests(DemoPortalServer server, Browser browser) : IClassFixture<DemoPortalServer>, IClassFixture<Browser>
{
    private async Task<int> CountAsync(VisitReportDefinition definition)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VisitReportService>().CountAsync(definition);
    }

    [Fact]
    public async Task TheOffice_SavesTheVisitsReportsFilters_OpensThemAgain_UpdatesAndDeletesThem()
    {
        var inbound = await CountAsync(new() { Direction = "Inbound" });
        var all = await CountAsync(new());
        Assert.InRange(inbound, 1, all - 1);
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/reports/visits?direction=Inbound");
        await Browser.WaitForInteractivityAsync(page);
        var saved = page.GetByTestId("saved-reports");
        await Expect(saved.GetByTestId("saved-reports-none")).ToHaveTextAsync("None yet. Save the filters shown to make this report again with one click.");

        await saved.GetByTestId("saved-report-start").ClickAsync();
        await saved.GetByTestId("saved-report-name").FillAsync("Delegations to us");
        await saved.GetByTestId("saved-report-save").ClickAsync();

        await Expect(saved.GetByTestId("saved-report-status")).ToHaveTextAsync("Saved as 'Delegations to us'.");
        await Expect(saved.GetByTestId("saved-report-open")).ToHaveTextAsync(["Delegations to us"]);
        await Expect(saved.GetByTestId("saved-report-open")).ToHaveAttributeAsync("href", "/reports/visits?direction=Inbound");

        // The same name in other letters is refused beside the field, and what was typed stays.
        await saved.GetByTestId("saved-report-start").ClickAsync();
        await saved.GetByTestId("saved-report-name").FillAsync("DELEGATIONS TO US");
        await saved.GetByTestId("saved-report-name").PressAsync("Enter");
        await Expect(saved.GetByText("You already keep a report named 'DELEGATIONS TO US' here: choose another name, or update that one.")).ToBeVisibleAsync();
        await Expect(saved.GetByTestId("saved-report-name")).ToHaveValueAsync("DELEGATIONS TO US");
        await Browser.AssertAccessibleAsync(page);
        await saved.GetByTestId("saved-report-save-cancel").ClickAsync();

        // Opened again from the report without filters.
        await page.GetByRole(AriaRole.Link, new() { Name = "Clear" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/reports/visits$"));
        await Expect(page.GetByTestId("report-count")).ToHaveTextAsync($"{all} visits match; the first 50 are shown.");
        await saved.GetByTestId("saved-report-open").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/reports/visits\?direction=Inbound$"));
        await Expect(page.GetByTestId("report-count")).ToHaveTextAsync($"{inbound} visits match.");
        await Expect(page.GetByTestId("filter-direction")).ToHaveTextAsync("Inbound");
        await Expect(saved.GetByTestId("saved-report-update")).ToHaveCountAsync(0);

        // Other filters shown: the saved report can take them.
        await page.GetByTestId("filter-direction").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Outbound", Exact = true }).ClickAsync();
        // The choice reaches the server before "Show" is pressed: the select names it once it has.
        await Expect(page.GetByTestId("filter-direction")).ToHaveTextAsync("Outbound");
        await page.GetByTestId("report-show").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/reports/visits\?direction=Outbound$"));
        await saved.GetByTestId("saved-report-update").ClickAsync();
        await Expect(saved.GetByTestId("saved-report-status")).ToHaveTextAsync("'Delegations to us' now keeps the filters shown.");
        await Expect(saved.GetByTestId("saved-report-open")).ToHaveAttributeAsync("href", "/reports/visits?direction=Outbound");
        await Browser.ScreenshotAsync(page, "saved-reports");

        await saved.GetByTestId("saved-report-delete").ClickAsync();
        await saved.GetByTestId("saved-report-delete-confirm").ClickAsync();
        await Expect(saved.GetByTestId("saved-report-status")).ToHaveTextAsync("'Delegations to us' was deleted.");
        await Expect(saved.GetByTestId("saved-report")).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await Browser.WaitForInteractivityAsync(page);
        await Expect(saved.GetByTestId("saved-reports-none")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ASavedDirectoryReport_KeepsWhichListItShows()
    {
        int people;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            people = await scope.ServiceProvider.GetRequiredService<PersonReportService>().CountAsync(new() { CountryCode = "KZ" });
        }

        Assert.InRange(people, 2, ReportService<VisitReportDefinition>.PreviewSize);
        var page = await browser.SignedInPageAsync(server, PortalRoles.Administrator);
        await page.GotoAsync("/reports/directory?list=people&country=KZ");
        await Browser.WaitForInteractivityAsync(page);
        var saved = page.GetByTestId("saved-reports");

        await saved.GetByTestId("saved-report-start").ClickAsync();
        await saved.GetByTestId("saved-report-name").FillAsync("People in Kazakhstan");
        await saved.GetByTestId("saved-report-save").ClickAsync();

        await Expect(saved.GetByTestId("saved-report-open")).ToHaveAttributeAsync("href", "/reports/directory?list=people&country=KZ");
        await page.GotoAsync("/reports/directory");
        await Browser.WaitForInteractivityAsync(page);
        await Expect(saved.GetByTestId("saved-report-open")).ToHaveTextAsync(["People in Kazakhstan"]);
        await saved.GetByTestId("saved-report-open").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/reports/directory\?list=people&country=KZ$"));
        await Expect(page.GetByTestId("report-count")).ToHaveTextAsync($"{people} people match.");
    }
}
