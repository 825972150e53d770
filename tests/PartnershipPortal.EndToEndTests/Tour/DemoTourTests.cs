using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Tour;

/// <summary>
/// A newcomer's first look at the portal with its demo data: every list and record page opens, shows
/// its rows, pages and sorts through the address, and passes the accessibility check.
/// </summary>
public sealed class DemoTourTests(DemoPortalServer server, Browser browser) : IClassFixture<DemoPortalServer>, IClassFixture<Browser>
{
    [Theory]
    [InlineData("/institutions", "institution-list", "40 found")]
    [InlineData("/people", "person-list", "64 found")]
    [InlineData("/visits", "visit-list", "60 found")]
    [InlineData("/agreements", "agreement-list", "30 found")]
    public async Task List_ShowsTheFirstPageOfTheDemoData_AndIsAccessible(string path, string list, string count)
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);

        await page.GotoAsync(path);

        await Expect(page.GetByTestId("list-count")).ToHaveTextAsync(count);
        await Expect(page.GetByTestId(list).Locator("tbody tr")).ToHaveCountAsync(25);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, path.Trim('/'));
    }

    [Fact]
    public async Task InstitutionList_SortedAndPagedInTheAddress_ShowsThatPage()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);

        await page.GotoAsync("/institutions?sort=-name&page=2&size=10");

        var names = page.GetByTestId("institution-list").Locator("tbody tr td:first-child a");
        await Expect(names).ToHaveCountAsync(10);
        var shown = await names.AllInnerTextsAsync();
        Assert.Equal(shown.OrderByDescending(n => n, StringComparer.Ordinal), shown);
        await Browser.ScreenshotAsync(page, "institutions-page2");
        await Expect(page.GetByText("11-20 of 40")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task InstitutionList_ClickingNextPage_PutsThePageInTheAddress()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/institutions");
        await Browser.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("list-count")).ToHaveTextAsync("40 found");

        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/institutions\?page=2$"));
        await Expect(page.GetByTestId("institution-list").Locator("tbody tr")).ToHaveCountAsync(15);
    }

    [Fact]
    public async Task InstitutionList_FilteredInTheAddress_ShowsOnlyMatches_AndKeepsTheFilterWhenPaging()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);

        await page.GotoAsync("/institutions?country=KZ&kind=College");

        var rows = page.GetByTestId("institution-list").Locator("tbody tr");
        await Expect(page.GetByTestId("list-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^([1-9]|[1-3][0-9]) found$"));
        var count = await rows.CountAsync();
        Assert.InRange(count, 1, 25);
        foreach (var row in await rows.AllInnerTextsAsync())
        {
            Assert.Contains("Kazakhstan", row, StringComparison.Ordinal);
            Assert.Contains("College", row, StringComparison.Ordinal);
        }

        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Columnheader, new() { Name = "Name" }).GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/institutions\?sort=name&country=KZ&kind=College$"));
    }

    [Theory]
    [InlineData("/institutions", "institution-list")]
    [InlineData("/people", "person-list")]
    [InlineData("/agreements", "agreement-list")]
    public async Task Record_OpenedFromItsList_ShowsItsPage_AndIsAccessible(string path, string list)
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync(path);
        var first = page.GetByTestId(list).Locator("tbody tr td:first-child a").First;
        var name = (await first.InnerTextAsync()).Trim();

        await first.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, path.Trim('/') + "-record");
    }

    [Fact]
    public async Task Overview_CountsTheDemoData()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);

        await page.GotoAsync("/");

        await Expect(page.GetByTestId("count-institutions")).ToHaveTextAsync("37");
        await Expect(page.GetByTestId("count-visits")).ToHaveTextAsync("60");
        await Expect(page.GetByTestId("upcoming").Locator("tbody tr")).ToHaveCountAsync(5);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "overview");
    }
}
