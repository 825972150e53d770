using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Administration;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Administration;

/// <summary>The portal with open pages re-checked every second instead of every minute.</summary>
public sealed class QuickRevalidationServer : PortalServer
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:RevalidationInterval", "00:00:01");
    }
}

/// <summary>A page left open by someone whose account an administrator disables stops serving them.</summary>
public sealed class OpenSessionTests(QuickRevalidationServer server, Browser browser) : IClassFixture<QuickRevalidationServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task AnOpenPage_OfADisabledAccount_IsSentToSignIn()
    {
        const string Disposable = "disposable";
        var password = AccountSeeder.NewPassword();
        string userId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<AccountSeeder>().CreateAsync("leaving@e2e.example", "Leaving Officer", password, [PortalRoles.InternationalOffice], []);
            userId = user.Id;
        }

        server.Accounts[Disposable] = ("leaving@e2e.example", password);
        var page = await browser.SignedInPageAsync(server, Disposable);
        await page.GotoAsync("/visits");
        await Browser.WaitForInteractivityAsync(page);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var admin = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(server.Accounts[PortalRoles.Administrator].Email);
            var acting = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, admin!.Id)], "test"));
            var result = await scope.ServiceProvider.GetRequiredService<UserAdministrationService>().DisableAsync(acting, userId);
            Assert.True(result.Succeeded);
        }

        await Expect(page).ToHaveURLAsync(new Regex(@"/account/sign-in\?returnUrl=%2Fvisits$"), new() { Timeout = 15_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }
}
