using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Account;

public sealed class SignInPageTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task AnonymousVisitor_IsSentToSignIn_AndComesBackToThePageAfterwards()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);

        await page.GotoAsync("/visits?q=kazakh");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/account/sign-in\?ReturnUrl=%2Fvisits%3Fq%3Dkazakh$"));
        await Browser.AssertAccessibleAsync(page);
        var (email, password) = server.Accounts[PortalRoles.Viewer];
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/visits\?q=kazakh$"));
        await Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync("E2E Viewer");
    }

    [Fact]
    public async Task WrongPassword_SaysSoAndKeepsTheEmail()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await page.GotoAsync("/account/sign-in");
        var (email, _) = server.Accounts[PortalRoles.Dean];

        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("not the password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync("The e-mail address or the password is not right.");
        await Expect(page.GetByLabel("E-mail")).ToHaveValueAsync(email);
        await Browser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task EmptyForm_ShowsAMessageBesideEachField()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await page.GotoAsync("/account/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.Locator(".account-field-error")).ToHaveTextAsync(["Enter the e-mail address of your account.", "Enter your password."]);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/");

        await page.GetByTestId("sign-out").GetByRole(AriaRole.Button).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in$"));
        await page.GotoAsync("/visits");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/account/sign-in\?ReturnUrl=%2Fvisits$"));
    }
}
