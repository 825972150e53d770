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

        await ReferenceVisitFacts.ExpectOnPageAsync(page);

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
}
