using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web;

/// <summary>The portal with a fake clock, so session limits and lock-outs are tested by moving time.</summary>
public sealed class ClockedPortal : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"portal-signin-{Guid.NewGuid():N}.db");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public PortalApp App { get; private set; } = default!;

    public Task InitializeAsync()
    {
        App = new ClockedApp(Clock, ("ConnectionStrings:Portal", $"Data Source={_file};Pooling=False"), ("Demo:Seed", "false"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        File.Delete(_file);
    }

    private sealed class ClockedApp(FakeTimeProvider clock, params (string, string)[] settings) : PortalApp(settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        }
    }
}

public sealed class SignInTests(ClockedPortal portal) : IClassFixture<ClockedPortal>
{
    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenAgainstTheRightPassword()
    {
        var (email, password) = await portal.App.CreateUserAsync(PortalRoles.Viewer);
        using var client = portal.App.NewClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await HttpSignIn.PostSignInAsync(client, email, "a wrong pass phrase");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var locked = await HttpSignIn.PostSignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("This account is locked after too many failed attempts.", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Identity times lock-outs by the system clock, so the lock is checked and then lifted as its end would.
        await using (var scope = portal.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByEmailAsync(email);
            var lockedFor = user!.LockoutEnd!.Value - DateTimeOffset.UtcNow;
            Assert.InRange(lockedFor, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddSeconds(-1));
        }

        using var later = await HttpSignIn.PostSignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task WrongPassword_AnswersTheSameAsAnUnknownAccount()
    {
        var (email, _) = await portal.App.CreateUserAsync(PortalRoles.Viewer);
        using var client = portal.App.NewClient();

        using var wrong = await HttpSignIn.PostSignInAsync(client, email, "a wrong pass phrase");
        using var unknown = await HttpSignIn.PostSignInAsync(client, "nobody@test.example", "a wrong pass phrase");

        const string message = "The e-mail address or the password is not right.";
        Assert.Contains(message, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(message, await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisabledAccount_CannotSignIn()
    {
        var (email, password) = await portal.App.CreateUserAsync(PortalRoles.InternationalOffice);
        await using (var scope = portal.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByEmailAsync(email);
            user!.IsDisabled = true;
            await users.UpdateAsync(user);
        }

        using var client = portal.App.NewClient();
        using var response = await HttpSignIn.PostSignInAsync(client, email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The e-mail address or the password is not right.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_SlidesWhileUsed_ButEndsAtItsAbsoluteLimit()
    {
        using var client = await portal.App.SignedInClientAsync(PortalRoles.Viewer);

        for (var hour = 0; hour < 23; hour += 2)
        {
            portal.Clock.Advance(TimeSpan.FromHours(2));
            using var during = await client.GetAsync("/visits");
            Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        }

        portal.Clock.Advance(TimeSpan.FromHours(2));
        using var after = await client.GetAsync("/visits");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_LeftIdleBeyondEightHours_Ends()
    {
        using var client = await portal.App.SignedInClientAsync(PortalRoles.Viewer);

        portal.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        using var response = await client.GetAsync("/visits");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnUrl_OutsideThePortal_IsIgnored()
    {
        var (email, password) = await portal.App.CreateUserAsync(PortalRoles.Viewer);
        using var client = portal.App.NewClient();

        using var response = await HttpSignIn.PostSignInAsync(client, email, password, "https://evil.example/steal");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("too short!", false)]
    [InlineData("twelve chars", true)]
    [InlineData("all lower case and no digits is fine", true)]
    public async Task Passwords_NeedTwelveCharactersAndNoCompositionRules(string password, bool accepted)
    {
        await using var scope = portal.App.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<AccountSeeder>();

        var attempt = () => seeder.CreateAsync($"{Guid.NewGuid():N}@test.example", "Password Test", password, [PortalRoles.Viewer], []);

        if (accepted)
        {
            Assert.NotNull(await attempt());
        }
        else
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(attempt);
            Assert.Contains("Passwords must be at least 12 characters.", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_CarryTheSecurityHeaders()
    {
        using var client = portal.App.NewClient();

        using var response = await client.GetAsync("/account/sign-in");

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
