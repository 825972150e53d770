using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Administration;

/// <summary>An administrator manages accounts and reads the change history; other roles do not see the way there.</summary>
public sealed partial class AdministrationTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [GeneratedRegex(@"/admin/users/[0-9a-f-]{36}$")]
    private static partial Regex AccountAddress();

    private static async Task<IPage> OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Browser.WaitForInteractivityAsync(page);
        return page;
    }

    [Fact]
    public async Task Administrator_CreatesAnAccount_ThenDisablesIt()
    {
        var page = await OpenAsync(await browser.SignedInPageAsync(server, PortalRoles.Administrator), "/admin/users/new");
        var email = $"aigerim-{Guid.NewGuid():N}@e2e.example";

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Aigerim Nurlanovna");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "International office" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page.GetByTestId("account-created")).ToHaveTextAsync("The account of Aigerim Nurlanovna is ready.");
        await Expect(page.GetByTestId("reset-link")).ToHaveValueAsync(
            new Regex($@"^{Regex.Escape(server.BaseAddress.ToString().TrimEnd('/'))}/account/reset-password\?email={Regex.Escape(Uri.EscapeDataString(email))}&code=[A-Za-z0-9_-]+$"));
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "admin-account-created");

        await page.GetByRole(AriaRole.Link, new() { Name = "Open the account" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(AccountAddress());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aigerim Nurlanovna");
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("disable-account").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Disable account" }).ClickAsync();

        await Expect(page.GetByTestId("action-done")).ToHaveTextAsync("The account is disabled. Its open sessions end within a minute.");
        await Expect(page.GetByTestId("account-overview").Locator("dt:text-is('Status') + dd")).ToHaveTextAsync("Disabled");
        await Expect(page.GetByTestId("enable-account")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "admin-account-disabled");
    }

    [Fact]
    public async Task NewAccount_WithAnEmailInUse_IsRefusedBesideTheEmail_KeepingWhatWasTyped()
    {
        var page = await OpenAsync(await browser.SignedInPageAsync(server, PortalRoles.Administrator), "/admin/users/new");

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Second Viewer");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(server.Accounts[PortalRoles.Viewer].Email);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Viewer" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page.GetByText("An account with this e-mail address exists already.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Second Viewer");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Viewer" })).ToBeCheckedAsync();
        await Browser.AssertAccessibleAsync(page);
    }

    [Theory]
    [InlineData("/admin/users", "user-list")]
    [InlineData("/admin/audit", "change-log")]
    public async Task AdminLists_ShowTheirRows_AndAreAccessible(string path, string list)
    {
        var page = await OpenAsync(await browser.SignedInPageAsync(server, PortalRoles.Administrator), path);

        await Expect(page.GetByTestId(list).Locator("tbody tr").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("list-count")).ToHaveTextAsync(new Regex(@"^\d+ found$"));
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, path.Trim('/').Replace('/', '-'));
    }

    [Fact]
    public async Task ChangeLog_FilteredByType_ListsOnlyThatTypeAndPutsTheFilterInTheAddress()
    {
        var page = await OpenAsync(await browser.SignedInPageAsync(server, PortalRoles.Administrator), "/admin/audit?type=PortalUser");

        var kinds = page.GetByTestId("change-log").Locator("tbody tr td:nth-child(3)");
        await Expect(kinds.First).ToBeVisibleAsync();
        Assert.All(await kinds.AllInnerTextsAsync(), text => Assert.StartsWith("Account ", text, StringComparison.Ordinal));
        await Browser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task RecordPage_ShowsItsHistoryOnDemand()
    {
        var institution = new Institution { Name = $"Almaty Technological University {Guid.NewGuid():N}", Kind = InstitutionKind.University, CountryCode = "KZ", City = "Almaty" };
        await server.SeedAsync(db => db.Institutions.Add(institution));
        await server.SeedAsync(db => db.Institutions.Single(i => i.Id == institution.Id).City = "Astana");
        var page = await OpenAsync(await browser.SignedInPageAsync(server, PortalRoles.Viewer), $"/institutions/{institution.Id}");
        var history = page.GetByTestId("record-history");
        await Expect(history.GetByTestId("history-changes")).ToHaveCountAsync(0);

        await history.GetByRole(AriaRole.Button, new() { Name = "Show history" }).ClickAsync();

        var changes = history.GetByTestId("history-changes").Locator(":scope > li");
        await Expect(changes).ToHaveCountAsync(2);
        await Expect(changes.Nth(0)).ToContainTextAsync("Changed");
        await Expect(changes.Nth(0).GetByTestId("change-fields")).ToHaveTextAsync(new Regex(@"^\s*City:\s*Almaty\s*→\s*changed to\s*Astana\s*$"));
        await Expect(changes.Nth(1)).ToContainTextAsync("Created");
        await Expect(changes.Nth(1)).ToContainTextAsync("System");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "institution-history");
    }

    [Theory]
    [InlineData(PortalRoles.Viewer, 0)]
    [InlineData(PortalRoles.InternationalOffice, 0)]
    [InlineData(PortalRoles.Dean, 0)]
    [InlineData(PortalRoles.Administrator, 1)]
    public async Task AdminNavigation_IsShownToAdministratorsOnly(string role, int shown)
    {
        var page = await OpenAsync(await browser.SignedInPageAsync(server, role), "/");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Visits" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(shown);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Change history" })).ToHaveCountAsync(shown);
    }
}
