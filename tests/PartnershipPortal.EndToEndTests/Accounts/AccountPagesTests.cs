using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Accounts;

/// <summary>The account pages in Chromium: reached as people reach them, working, and passing the accessibility check.</summary>
public sealed class AccountPagesTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task Profile_OpensFromTheTopBar_AndChangesTheDisplayName()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.Viewer);
        await Browser.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("E2E Viewer");

        await page.GetByRole(AriaRole.Link, new() { Name = "E2E Viewer" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/profile$"));
        await Expect(page).ToHaveTitleAsync("Your profile – PartnershipPortal");
        await Expect(page.GetByLabel("Name shown to others")).ToHaveValueAsync("E2E Viewer");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "profile");

        await page.GetByLabel("Name shown to others").FillAsync("Zhou Min 周敏");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save name and e-mail" }).ClickAsync();

        await Expect(page.GetByTestId("details-status")).ToHaveTextAsync("Your name and e-mail address are saved.");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the portal" }).ClickAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("Zhou Min 周敏");
    }

    [Fact]
    public async Task Profile_WithMessagesBesideItsFieldsAndTheTwoFactorSetUp_PassesAccessibilityCheck()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.Dean);
        await page.GotoAsync("/account/profile");

        await page.GetByLabel("Current password", new() { Exact = true }).FillAsync("not the password");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("too short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();

        await Expect(page.GetByTestId("new-password-error")).ToHaveTextAsync("The new password must have at least 12 characters (this one has 9).");
        await Expect(page.GetByLabel("New password", new() { Exact = true }))
            .ToHaveAccessibleDescriptionAsync("At least 12 characters. Several words make a password that is long and easy to remember. The new password must have at least 12 characters (this one has 9).");
        await Browser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor sign-in" }).ClickAsync();

        await Expect(page.GetByTestId("authenticator-key")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$"));
        await Expect(page.GetByLabel("6-digit code from the app")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "profile-two-factor-setup");
    }

    [Fact]
    public async Task ForgotPassword_OpensFromTheSignInPage_AnswersAndPassesAccessibilityCheck()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await page.GotoAsync("/account/sign-in");

        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync("Forgotten password – PartnershipPortal");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("E-mail").FillAsync("viewer@e2e.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();

        // The test server has no SMTP host.
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("This portal does not send e-mail. Ask an administrator: they can create a link for you to choose a new password.");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "forgot-password");
    }

    [Fact]
    public async Task SignInCodeStep_WithoutASignInInProgress_PassesAccessibilityCheck()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);

        await page.GotoAsync("/account/sign-in-code");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Sign in again");
        await Browser.AssertAccessibleAsync(page);
    }
}
