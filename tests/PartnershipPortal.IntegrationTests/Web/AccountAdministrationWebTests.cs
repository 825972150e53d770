using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Administration;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web;

/// <summary>
/// A portal that checks sessions against the store every second of a fake clock, so a test moves the clock
/// past the check instead of waiting for it.
/// </summary>
public sealed class RevalidatingPortal : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"portal-accounts-{Guid.NewGuid():N}.db");

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public PortalApp App { get; private set; } = default!;

    public Task InitializeAsync()
    {
        App = new ClockedPortalApp(Clock, ("ConnectionStrings:Portal", $"Data Source={_file};Pooling=False"), ("Demo:Seed", "false"), ("Accounts:RevalidationInterval", "00:00:01"));
        return Task.CompletedTask;
    }

    private sealed class ClockedPortalApp(TimeProvider clock, params (string Key, string Value)[] settings) : PortalApp(settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        File.Delete(_file);
    }
}

/// <summary>What an administrator's changes do to the sessions and passwords of real clients of the portal.</summary>
public sealed partial class AccountAdministrationWebTests(RevalidatingPortal portal) : IClassFixture<RevalidatingPortal>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenPattern();

    private PortalApp App => portal.App;

    private async Task<(string Id, ClaimsPrincipal Principal)> AccountOfAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
        return (user!.Id, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], "test")));
    }

    private async Task<T> AsAdministratorAsync<T>(Func<UserAdministrationService, ClaimsPrincipal, Task<T>> change)
    {
        var (email, _) = await App.CreateUserAsync(PortalRoles.Administrator);
        var (_, admin) = await AccountOfAsync(email);
        await using var scope = App.Services.CreateAsyncScope();
        return await change(scope.ServiceProvider.GetRequiredService<UserAdministrationService>(), admin);
    }

    private static async Task<HttpResponseMessage> PostNewPasswordAsync(HttpClient client, string link, string password, string confirmation)
    {
        var html = await client.GetStringAsync(link);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "reset-password",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups["token"].Value),
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirmation,
        });
        return await client.PostAsync(link, form);
    }

    [Fact]
    public async Task ADisabledAccount_IsSentToSignIn_AtItsNextRequest()
    {
        var (email, password) = await App.CreateUserAsync(PortalRoles.InternationalOffice);
        using var client = App.NewClient();
        await HttpSignIn.SignInAsync(client, email, password);
        using (var before = await client.GetAsync("/institutions"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var (userId, _) = await AccountOfAsync(email);
        Assert.True((await AsAdministratorAsync((service, admin) => service.DisableAsync(admin, userId))).Succeeded);
        portal.Clock.Advance(TimeSpan.FromSeconds(2));

        using var after = await client.GetAsync("/institutions");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in?ReturnUrl=%2Finstitutions", after.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var again = await HttpSignIn.PostSignInAsync(App.NewClient(), email, password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("data-testid=\"sign-in-error\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndingSessions_SendsASignedInClientToSignIn_ButTheAccountCanSignInAgain()
    {
        var (email, password) = await App.CreateUserAsync(PortalRoles.Viewer);
        using var client = App.NewClient();
        await HttpSignIn.SignInAsync(client, email, password);
        var (userId, _) = await AccountOfAsync(email);

        Assert.True((await AsAdministratorAsync((service, admin) => service.EndSessionsAsync(admin, userId))).Succeeded);
        portal.Clock.Advance(TimeSpan.FromSeconds(2));

        using var after = await client.GetAsync("/visits");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        await HttpSignIn.SignInAsync(client, email, password);
        using var signedInAgain = await client.GetAsync("/visits");
        Assert.Equal(HttpStatusCode.OK, signedInAgain.StatusCode);
    }

    [Fact]
    public async Task AResetLink_SetsAPasswordThatSignsIn_AndTheOldPasswordNoLongerDoes()
    {
        var (email, oldPassword) = await App.CreateUserAsync(PortalRoles.Dean);
        var (userId, _) = await AccountOfAsync(email);
        var link = (await AsAdministratorAsync((service, admin) => service.CreateResetLinkAsync(admin, userId))).Value!;
        using var anonymous = App.NewClient();

        using var reset = await PostNewPasswordAsync(anonymous, link, "correct horse battery staple", "correct horse battery staple");

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var html = await reset.Content.ReadAsStringAsync();
        Assert.Contains("<p role=\"status\" data-testid=\"reset-done\">Your password is set. Sign in with it now.</p>", html, StringComparison.Ordinal);
        using var withOld = await HttpSignIn.PostSignInAsync(App.NewClient(), email, oldPassword);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        using var withNew = await HttpSignIn.PostSignInAsync(App.NewClient(), email, "correct horse battery staple");
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [Fact]
    public async Task AResetLink_OnceUsedOrMangled_SaysItDoesNotWork()
    {
        var (email, _) = await App.CreateUserAsync(PortalRoles.Viewer);
        var (userId, _) = await AccountOfAsync(email);
        var link = (await AsAdministratorAsync((service, admin) => service.CreateResetLinkAsync(admin, userId))).Value!;
        using var anonymous = App.NewClient();
        using (var first = await PostNewPasswordAsync(anonymous, link, "a first long pass phrase", "a first long pass phrase"))
        {
            Assert.Contains("data-testid=\"reset-done\"", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var reused = await PostNewPasswordAsync(anonymous, link, "a second long pass phrase", "a second long pass phrase");
        var mangled = await anonymous.GetStringAsync(link[..link.IndexOf("&code=", StringComparison.Ordinal)] + "&code=%25%25");
        var incomplete = await anonymous.GetStringAsync("/account/reset-password");

        const string Invalid = "<p role=\"alert\" class=\"account-error\" data-testid=\"reset-invalid\">This link does not work: it may have been used already, be more than a day old, or be incomplete. Ask an administrator for a new one.</p>";
        Assert.Contains(Invalid, await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Invalid, mangled, StringComparison.Ordinal);
        Assert.Contains(Invalid, incomplete, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheResetPage_ShowsWhyAPasswordIsRefused_BesideItsField()
    {
        var (email, _) = await App.CreateUserAsync(PortalRoles.Viewer);
        var (userId, _) = await AccountOfAsync(email);
        var link = (await AsAdministratorAsync((service, admin) => service.CreateResetLinkAsync(admin, userId))).Value!;
        using var anonymous = App.NewClient();

        using var tooShort = await PostNewPasswordAsync(anonymous, link, "short", "short");
        using var different = await PostNewPasswordAsync(anonymous, link, "a long pass phrase", "a long pass phrasE");
        using var tooLong = await PostNewPasswordAsync(anonymous, link, new string('p', 1025), new string('p', 1025));

        Assert.Contains("<div class=\"account-field-error\">A password has at least 12 characters (this one has 5).</div>", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<div class=\"account-field-error\">The two passwords differ: type the same password twice.</div>", await different.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<div class=\"account-field-error\">A password has at most 1024 characters.</div>", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var stillWorks = await PostNewPasswordAsync(anonymous, link, "a long pass phrase", "a long pass phrase");
        Assert.Contains("data-testid=\"reset-done\"", await stillWorks.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
