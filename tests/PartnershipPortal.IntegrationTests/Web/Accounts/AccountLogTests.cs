using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web.Accounts;

/// <summary>
/// Serilog's loggers write through the static Log.Logger, which the portal host started last takes over; this
/// collection runs alone, after the parallel ones, so that its portal's log is its own.
/// </summary>
[CollectionDefinition(nameof(AloneForTheStaticLogger), DisableParallelization = true)]
public sealed class AloneForTheStaticLogger;

/// <summary>What the account pages log: each event with the account's id, never a password, code, key or token.</summary>
[Collection(nameof(AloneForTheStaticLogger))]
public sealed class AccountLogTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private const string Profile = "/account/profile";
    private const string CodeStep = "/account/sign-in-code";

    [Fact]
    public async Task AccountEvents_AreLoggedWithTheAccountId_AndWithoutSecrets()
    {
        var (email, password) = await portal.App.CreateUserAsync(PortalRoles.Viewer);
        const string newPassword = "lemon tree under the snow";
        using var client = portal.App.NewClient();
        await HttpSignIn.SignInAsync(client, email, password);

        await HttpForms.PostForPageAsync(client, Profile, "change-password",
            ("Password.CurrentPassword", password), ("Password.NewPassword", newPassword), ("Password.ConfirmPassword", newPassword));
        var key = HttpForms.Text(await HttpForms.PostForPageAsync(client, Profile, "two-factor-setup"), "authenticator-key")!;
        var code = Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow));
        var recoveryCodes = HttpForms.Texts(await HttpForms.PostForPageAsync(client, Profile, "two-factor-enable", ("Enable.Code", code)), "recovery-code");

        using var second = portal.App.NewClient();
        using (await HttpSignIn.PostSignInAsync(second, email, newPassword))
        {
        }

        await HttpForms.PostForPageAsync(second, CodeStep, "sign-in-recovery", ("Recovery.RecoveryCode", "AAAAA-AAAAA"));
        using (await HttpForms.PostAsync(second, CodeStep, "sign-in-recovery", ("Recovery.RecoveryCode", recoveryCodes[0])))
        {
        }

        await HttpForms.PostForPageAsync(second, Profile, "two-factor-disable", ("Disable.CurrentPassword", newPassword));
        await HttpForms.PostForPageAsync(portal.App.NewClient(), "/account/forgot-password", "forgot-password", ("Input.Email", email));
        await using var scope = portal.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var id = (await users.FindByEmailAsync(email))!.Id;
        var token = portal.Mail.Sent.Single(m => m.To == email).Body.Split("code=")[1].Split('\n')[0].Trim();

        var lines = portal.Log.Lines;

        Assert.All(new[] { password, newPassword, key, key.Replace(" ", string.Empty, StringComparison.Ordinal), code, token }.Concat(recoveryCodes), secret =>
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.OrdinalIgnoreCase)));
        Assert.All(
            [
                $"Password changed: \"{id}\"",
                $"Two-factor sign-in enabled: \"{id}\"",
                $"Two-factor sign-in failed: wrong or used recovery code for \"{id}\"",
                $"Two-factor sign-in succeeded with a recovery code: \"{id}\", 9 recovery codes left",
                $"Two-factor sign-in disabled: \"{id}\"",
                $"Password reset requested: a link was sent to the address of \"{id}\"",
            ],
            expected => Assert.Contains(lines, line => line.StartsWith(expected, StringComparison.Ordinal)));
    }
}
