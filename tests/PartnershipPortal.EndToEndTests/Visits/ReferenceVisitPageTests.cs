using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.EndToEndTests.Infrastructure;
using PartnershipPortal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Visits;

/// <summary>A staff member finds the reference visit in the list and reads every fact of it on its page.</summary>
public sealed class ReferenceVisitPageTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>, IAsyncLifetime
{
    public Task InitializeAsync() => server.SeedOnceAsync(db => db.Visits.Add(ReferenceVisit.Create().Visit));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task VisitList_FilteredToKazakh_OpensTheReferenceVisitWithEveryFact()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/visits");
        await Browser.WaitForInteractivityAsync(page);

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search visits" }).FillAsync("kazakh");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/visits\?q=kazakh$"));
        var list = page.GetByTestId("visit-list");
        await Expect(list.GetByRole(AriaRole.Link, new() { Name = ReferenceVisit.VisitTitle })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("list-count")).ToHaveTextAsync("1 found");
        await Browser.AssertAccessibleAsync(page);

        await list.GetByRole(AriaRole.Link, new() { Name = ReferenceVisit.VisitTitle }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/visits/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ReferenceVisit.VisitTitle);

        await Expect(page.GetByTestId("visit-direction")).ToHaveTextAsync("Inbound");
        await Expect(page.GetByTestId("visit-status")).ToHaveTextAsync("Completed");
        await Expect(page.GetByTestId("visit-dates")).ToHaveTextAsync("20 May 2025");
        await Expect(page.GetByTestId("visit-host")).ToHaveTextAsync("Xianyang Polytechnic Institute");
        await Expect(page.GetByTestId("visit-place")).ToContainTextAsync("Asia/Shanghai");

        await Expect(page.GetByTestId("delegation-size")).ToHaveTextAsync("Declared size 15; 4 named");
        await ExpectItemsAsync(page.GetByTestId("delegation-institutions").Locator("li"),
            "Eurasian Resources Group — Company, Kazakhstan",
            "East Kazakhstan Technical University — University, Kazakhstan",
            "Oriental Technical-Humanities College — College, Kazakhstan",
            "Aktobe Automobile and Highway College — College, Kazakhstan",
            "Shaanxi ShangpinShuren Education Technology Co., Ltd. — Company, China (no member named)");
        await ExpectItemsAsync(page.GetByTestId("delegation-members").Locator("tbody tr"),
            "Ruslan Ismukhambetov Project Head Eurasian Resources Group",
            "Mashekenova Assiya Vice President East Kazakhstan Technical University",
            "Irgebayev Yernar President Oriental Technical-Humanities College",
            "Erlan Nursultanovich Safin Vice President Aktobe Automobile and Highway College");
        await ExpectItemsAsync(page.GetByTestId("hosts").Locator("li"),
            "Wu Xujin, Vice President Led the talks",
            "Dean of the Automotive School (name not recorded) — Automotive School",
            "Dean of the Medical School (name not recorded) — Medical School",
            "Officials of the Office of International Exchange and Cooperation (name not recorded) — Office of International Exchange and Cooperation");
        await ExpectItemsAsync(page.GetByTestId("agenda").Locator("tbody tr"),
            "20 May 2025 Talks Talks: the institute's history, location, majors and international cooperation",
            "20 May 2025 Facility tour Tour of the CNC machining center CNC machining center (Technician School)",
            "20 May 2025 Facility tour Tour of the new energy vehicle lab New energy vehicle lab (Automotive School)",
            "20 May 2025 Facility tour Tour of the Human Science Museum Human Science Museum (Medical School)");
        await ExpectItemsAsync(page.GetByTestId("visit-fields").Locator("li"),
            "0715 Mechanics and metal trades — “advanced manufacturing”",
            "0716 Motor vehicles, ships and aircraft — “new energy vehicles”",
            "0914 Medical diagnostic and treatment technology — “medical technology”");
        await ExpectItemsAsync(page.GetByTestId("visit-cooperation").Locator("li"),
            "Joint research — “joint research”",
            "Faculty exchange — “faculty-student exchanges”",
            "Student exchange — “faculty-student exchanges”",
            "Skills development programme — “skills development programs”");
        var frameworks = page.GetByTestId("visit-frameworks");
        await Expect(frameworks).ToContainTextAsync("Belt and Road Initiative (BRI) — Framework");
        await Expect(frameworks).ToContainTextAsync("Qinling Workshop — Project");
        await Expect(frameworks).ToContainTextAsync("XYPI's Sino-Kazakh overseas education project.");
        await ExpectItemsAsync(page.GetByTestId("visit-outcomes").Locator("li"),
            "Both sides intend to deepen cooperation in vocational education.",
            "XYPI aims to partner with Kazakh institutions and enterprises to establish vocational education benchmarks.");
        var quotation = page.GetByTestId("visit-quotation");
        await Expect(quotation.Locator("blockquote")).ToHaveTextAsync($"“{ReferenceVisit.Quote}”");
        await Expect(quotation.Locator("figcaption")).ToHaveTextAsync("— Wu Xujin");

        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "reference-visit");
    }

    [Fact]
    public async Task VisitList_AddressWithFilter_IsBookmarkable()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);

        await page.GotoAsync("/visits?q=ERG");

        await Expect(page.GetByTestId("visit-list").GetByRole(AriaRole.Link, new() { Name = ReferenceVisit.VisitTitle })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Search visits" })).ToHaveValueAsync("ERG");
        await Expect(page.GetByTestId("list-count")).ToHaveTextAsync("1 found");
    }

    [Fact]
    public async Task VisitPage_PrerenderedThenInteractive_ReadsTheVisitOnce()
    {
        var list = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await list.GotoAsync("/visits?q=kazakh");
        var href = await list.GetByTestId("visit-list").GetByRole(AriaRole.Link, new() { Name = ReferenceVisit.VisitTitle }).GetAttributeAsync("href");
        using var capture = new SqlCapture(server.DatabaseFile);
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);

        await page.GotoAsync(href!);
        await Browser.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("delegation-size")).ToHaveTextAsync("Declared size 15; 4 named");

        var visitReads = capture.Commands.Count(c => c.Contains("FROM \"Visits\" AS \"v\"", StringComparison.Ordinal) && c.Contains("\"TimeZoneId\"", StringComparison.Ordinal));
        Assert.Equal(1, visitReads);
    }

    [Fact]
    public async Task TheBrief_OpensFromTheVisit_ShowsEachPartner_AndDownloadsAsPdf()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.Viewer);
        await page.GotoAsync("/visits?q=kazakh");
        await page.GetByTestId("visit-list").GetByRole(AriaRole.Link, new() { Name = ReferenceVisit.VisitTitle }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/visits/\d+$"));

        await page.GetByTestId("visit-brief-link").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/visits/\d+/brief$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Visit brief: {ReferenceVisit.VisitTitle}");
        await Expect(page.GetByTestId("brief-partner")).ToHaveCountAsync(5);
        await Expect(page.GetByTestId("delegation-size")).ToHaveTextAsync("Declared size 15; 4 named");
        await Browser.AssertAccessibleAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("brief-pdf").ClickAsync());
        var file = await download.PathAsync();
        Assert.EndsWith("-brief.pdf", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(file!).Take(5).ToArray());
    }

    [Fact]
    public async Task UnknownVisit_AnswersNotFound()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);

        var response = await page.GotoAsync("/visits/999999");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
    }

    private static async Task ExpectItemsAsync(ILocator items, params string[] expected)
    {
        await Expect(items).ToHaveCountAsync(expected.Length);
        var texts = await items.AllInnerTextsAsync();
        Assert.Equal(expected, texts.Select(Normalise));
    }

    private static string Normalise(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
