using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Reports;

/// <summary>An administrator narrows the agreement report, checks the preview and downloads it as CSV.</summary>
public sealed class AgreementReportJourneyTests(DemoPortalServer server, Browser browser) : IClassFixture<DemoPortalServer>, IClassFixture<Browser>
{
    private async Task<List<AgreementReportRow>> ExpectedAsync(AgreementReportDefinition definition)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgreementReportService>().RowsAsync(definition).ToListAsync();
    }

    [Fact]
    public async Task Administrator_FiltersPreviewsAndDownloadsTheAgreementReport()
    {
        var everything = await ExpectedAsync(new());
        var expected = await ExpectedAsync(new() { Statuses = ["Active"], CountryCode = "KZ" });
        Assert.InRange(expected.Count, 1, everything.Count - 1);
        var page = await browser.SignedInPageAsync(server, PortalRoles.Administrator);

        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("nav-reports").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/reports$"));
        await Browser.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("report-count")).ToHaveTextAsync($"{everything.Count} agreements match.");

        await page.GetByTestId("filter-status").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Active", Exact = true }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.GetByTestId("filter-country").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Kazakhstan (KZ)", Exact = true }).ClickAsync();
        // The choice reaches the server before "Show" is pressed: the select names it once it has.
        await Expect(page.GetByTestId("filter-country")).ToHaveTextAsync("Kazakhstan (KZ)");
        await page.GetByTestId("report-show").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/reports\?status=Active&country=KZ&col=title&col=kind&col=status&col=parties&col=signed&col=expires$"));
        await Expect(page.GetByTestId("report-count")).ToHaveTextAsync($"{expected.Count} agreements match.");
        await Expect(page.GetByTestId("report-preview").Locator("tbody tr")).ToHaveCountAsync(expected.Count);
        await Expect(page.GetByTestId("report-preview").Locator("tbody tr td:first-child")).ToHaveTextAsync(expected.Select(r => r.Title).ToArray());
        await Expect(page.GetByTestId("filter-country")).ToHaveTextAsync("Kazakhstan (KZ)");
        await Expect(page.GetByTestId("filter-status")).ToHaveValueAsync("Active");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "agreement-report");

        var (headers, rows) = await ReportDownloadSteps.DownloadCsvAsync(page, "agreements");

        Assert.Equal(["Title", "Kind", "Status", "Parties (country)", "Signed", "Expires"], headers);
        Assert.Equal(expected.Select(r => CsvReportWriter.Neutralise(r.Title)), rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal("Active", r[2]));
        Assert.All(rows, r => Assert.Contains("(Kazakhstan)", r[3], StringComparison.Ordinal));
        Assert.Equal(expected.Select(r => r.ExpiresOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty), rows.Select(r => r[5]));
    }

    [Fact]
    public async Task TheOffice_PreviewsOutboundVisits_AndDownloadsThemAsXlsx()
    {
        int expected;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            expected = (await scope.ServiceProvider.GetRequiredService<VisitReportService>().PreviewAsync(new() { Direction = "Outbound" })).TotalCount;
        }

        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/reports");
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("reports-nav").GetByRole(AriaRole.Link, new() { Name = "Visits report" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/reports/visits$"));
        await Browser.WaitForInteractivityAsync(page);

        await page.GetByTestId("filter-direction").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Outbound", Exact = true }).ClickAsync();
        // The choice reaches the server before "Show" is pressed: the select names it once it has.
        await Expect(page.GetByTestId("filter-direction")).ToHaveTextAsync("Outbound");
        await page.GetByTestId("report-show").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/reports/visits\?direction=Outbound$"));
        await Expect(page.GetByTestId("report-count")).ToHaveTextAsync($"{expected} visits match.");
        await Expect(page.GetByTestId("report-preview").Locator("tbody tr")).ToHaveCountAsync(expected);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "visits-report");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-xlsx").ClickAsync());

        Assert.Matches(@"^visits-\d{4}-\d{2}-\d{2}\.xlsx$", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        await Expect(page.GetByTestId("download-message")).ToHaveTextAsync(new Regex(@"^XLSX downloaded \(\d+ KB\)\.$"));
    }

    [Fact]
    public async Task TheFollowUpReport_ShowsOverdueActions_AndIsAccessible()
    {
        int expected;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            expected = (await scope.ServiceProvider.GetRequiredService<FollowUpReportService>().PreviewAsync(new() { OverdueOnly = true })).TotalCount;
        }

        var page = await browser.SignedInPageAsync(server, PortalRoles.Administrator);
        await page.GotoAsync("/reports/follow-ups");
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("filter-overdue").CheckAsync();
        await page.GetByTestId("report-show").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/reports/follow-ups\?overdue=true$"));
        Assert.InRange(expected, 1, AgreementReportService.PreviewSize);
        await Expect(page.GetByTestId("report-count")).ToHaveTextAsync($"{expected} follow-up actions match.");
        await Expect(page.GetByTestId("report-preview").Locator("tbody tr")).ToHaveCountAsync(expected);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "follow-up-report");
    }

    [Fact]
    public async Task ALongDownload_ShowsItsProgress_AndCanBeCancelled_WithoutAFile()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/reports/visits?direction=Inbound");
        await Browser.WaitForInteractivityAsync(page);
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var downloads = 0;
        page.Download += (_, _) => downloads++;

        // The server's answer is held back until the test lets it go, as a long report's would be.
        await page.RouteAsync("**/reports/visits.csv*", async route =>
        {
            await answered.Task;
            try
            {
                await route.ContinueAsync();
            }
            catch (PlaywrightException)
            {
                // The browser has already given the request up.
            }
        });
        await page.GetByTestId("download-csv").ClickAsync();

        await Expect(page.GetByTestId("download-message")).ToHaveTextAsync("Downloading CSV: 0 KB received");
        await Expect(page.GetByTestId("download-csv")).ToHaveAttributeAsync("aria-busy", "true");
        await page.GetByTestId("download-cancel").ClickAsync();
        answered.SetResult();

        await Expect(page.GetByTestId("download-message")).ToHaveTextAsync("The download of CSV was cancelled.");
        await Expect(page.GetByTestId("download-cancel")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("download-csv")).Not.ToHaveAttributeAsync("aria-busy", "true");
        Assert.Equal(0, downloads);
        await page.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.IgnoreErrors });

        // The same link downloads once nothing holds it back.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-csv").ClickAsync());
        Assert.Matches(@"^visits-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        await Expect(page.GetByTestId("download-message")).ToHaveTextAsync(new Regex(@"^CSV downloaded \(\d+ KB\)\.$"));
    }

    [Fact]
    public async Task AViewer_IsNotOfferedReports_AndIsRefusedTheDownload()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.Viewer);

        await Expect(page.GetByTestId("nav-reports")).ToHaveCountAsync(0);
        var response = await page.GotoAsync("/reports/agreements.csv");

        Assert.NotNull(response);
        Assert.Contains("/account/access-denied", page.Url, StringComparison.Ordinal);
    }
}
