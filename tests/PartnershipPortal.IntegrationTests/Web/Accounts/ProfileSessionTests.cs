using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web.Accounts;

/// <summary>The portal on a fake clock, so that a test can move a session through its hours.</summary>
public sealed class ClockedPortalApp(FakeTimeProvider clock, params (string Key, string Value)[] settings) : PortalApp(settings)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
    }
}

public sealed class ProfileSessionTests
{
    [Fact]
    public async Task ChangePassword_KeepsTheSession_ButNotPastItsAbsoluteLimitFromSignIn()
    {
        var file = Path.Combine(Path.GetTempPath(), $"portal-session-{Guid.NewGuid():N}.db");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        try
        {
            await using var app = new ClockedPortalApp(clock,
                ("ConnectionStrings:Portal", $"Data Source={file};Pooling=False"), ("Demo:Seed", "false"),
                ("Accounts:SessionIdleTimeout", "2.00:00:00"), ("Accounts:SessionAbsoluteTimeout", "1.00:00:00"));
            var (email, password) = await app.CreateUserAsync(PortalRoles.Viewer);
            using var client = app.NewClient();
            await HttpSignIn.SignInAsync(client, email, password);

            clock.Advance(TimeSpan.FromHours(20));
            var html = await HttpForms.PostForPageAsync(client, "/account/profile", "change-password",
                ("Password.CurrentPassword", password), ("Password.NewPassword", "a brand new pass phrase"), ("Password.ConfirmPassword", "a brand new pass phrase"));
            Assert.Equal("Your password is changed. Other sessions of this account have ended.", HttpForms.Text(html, "password-status"));
            using (var stillIn = await client.GetAsync("/"))
            {
                Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
            }

            clock.Advance(TimeSpan.FromHours(5));
            using var expired = await client.GetAsync("/");

            Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
            Assert.StartsWith("http://localhost/account/sign-in", expired.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
