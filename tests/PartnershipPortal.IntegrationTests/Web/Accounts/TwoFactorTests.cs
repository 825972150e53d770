using System.Net;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web.Accounts;

/// <summary>Two-factor sign-in end to end over HTTP, with the codes an authenticator app would compute.</summary>
public sealed class TwoFactorTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private const string Profile = "/account/profile";
    private const string CodeStep = "/account/sign-in-code?returnUrl=%2Fvisits";

    private sealed record TwoFactorUser(string Email, string Password, string Key, IReadOnlyList<string> RecoveryCodes);

    /// <summary>Any 6 digits that no step near now (Identity accepts two either side) would produce.</summary>
    private static string WrongCode(string key)
    {
        var now = Totp.StepAt(DateTimeOffset.UtcNow);
        var near = Enumerable.Range(-3, 7).Select(i => Totp.Code(key, now + i)).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !near.Contains(c));
    }

    private static string CurrentCode(string key) => Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow));

    private async Task<TwoFactorUser> UserWithTwoFactorAsync()
    {
        var (email, password) = await portal.App.CreateUserAsync(PortalRoles.InternationalOffice);
        using var client = portal.App.NewClient();
        await HttpSignIn.SignInAsync(client, email, password);

        var setup = await HttpForms.PostForPageAsync(client, Profile, "two-factor-setup");
        var key = HttpForms.Text(setup, "authenticator-key")!;
        var enabled = await HttpForms.PostForPageAsync(client, Profile, "two-factor-enable", ("Enable.Code", CurrentCode(key)));

        Assert.Equal("Two-factor sign-in is on.", HttpForms.Text(enabled, "two-factor-status"));
        return new TwoFactorUser(email, password, key, HttpForms.Texts(enabled, "recovery-code"));
    }

    /// <summary>A new client that has passed the password step and stands at the code step.</summary>
    private async Task<HttpClient> AtTheCodeStepAsync(TwoFactorUser user)
    {
        var client = portal.App.NewClient();
        using var response = await HttpSignIn.PostSignInAsync(client, user.Email, user.Password, "/visits");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"http://localhost{CodeStep}", response.Headers.Location!.ToString());
        return client;
    }

    private static async Task<string> SignedInNameAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/");
        return response.StatusCode == HttpStatusCode.OK ? HttpForms.Text(await response.Content.ReadAsStringAsync(), "signed-in-user") ?? "?" : "not signed in";
    }

    [Fact]
    public async Task SetUp_ShowsTheKeyInGroupsOfFourAndAnOtpauthAddress()
    {
        var (email, password) = await portal.App.CreateUserAsync(PortalRoles.Viewer);
        using var client = portal.App.NewClient();
        await HttpSignIn.SignInAsync(client, email, password);

        var html = await HttpForms.PostForPageAsync(client, Profile, "two-factor-setup");

        var key = HttpForms.Text(html, "authenticator-key")!;
        Assert.Matches("^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$", key);
        Assert.Equal(20, Totp.Base32Decode(key).Length);
        Assert.Equal(
            $"otpauth://totp/PartnershipPortal:{Uri.EscapeDataString(email)}?secret={key.Replace(" ", string.Empty, StringComparison.Ordinal)}&issuer=PartnershipPortal&digits=6",
            HttpForms.Text(html, "authenticator-uri"));
        Assert.Equal("Two-factor sign-in is off: your password alone signs you in.", HttpForms.Text(html, "two-factor-state"));
    }

    [Fact]
    public async Task Enable_WithAWrongCode_IsRefusedBesideTheFieldAndStaysOff()
    {
        var (email, password) = await portal.App.CreateUserAsync(PortalRoles.Viewer);
        using var client = portal.App.NewClient();
        await HttpSignIn.SignInAsync(client, email, password);
        var key = HttpForms.Text(await HttpForms.PostForPageAsync(client, Profile, "two-factor-setup"), "authenticator-key")!;

        var html = await HttpForms.PostForPageAsync(client, Profile, "two-factor-enable", ("Enable.Code", WrongCode(key)));
        var notSixDigits = await HttpForms.PostForPageAsync(client, Profile, "two-factor-enable", ("Enable.Code", "12345"));

        Assert.Equal("This code is not right. Check that the app holds the key above and that the device's clock is right.", HttpForms.Text(html, "authenticator-code-error"));
        Assert.Equal(key, HttpForms.Text(html, "authenticator-key"));
        Assert.Equal("The code has 6 digits, such as 123 456.", HttpForms.Text(notSixDigits, "authenticator-code-error"));
        using var other = portal.App.NewClient();
        await HttpSignIn.SignInAsync(other, email, password);
        Assert.Equal("Test Viewer", await SignedInNameAsync(other));
    }

    [Fact]
    public async Task Enable_ShowsTenRecoveryCodesOnce()
    {
        var user = await UserWithTwoFactorAsync();
        using var client = await AtTheCodeStepAsync(user);
        using var _ = await HttpForms.PostAsync(client, CodeStep, "sign-in-code", ("Code.Code", CurrentCode(user.Key)));

        var profile = await client.GetStringAsync(Profile);

        Assert.Equal(10, user.RecoveryCodes.Count);
        Assert.Equal(10, user.RecoveryCodes.Distinct().Count());
        Assert.All(user.RecoveryCodes, c => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", c));
        Assert.Empty(HttpForms.Texts(profile, "recovery-code"));
        Assert.Equal("Two-factor sign-in is on: signing in asks for a code from your authenticator app. Recovery codes left: 10", HttpForms.Text(profile, "two-factor-state"));
    }

    [Fact]
    public async Task SignIn_WhenEnabled_AsksForTheCode_RefusesAWrongOne_AndSignsInWithTheRightOne()
    {
        var user = await UserWithTwoFactorAsync();
        using var client = await AtTheCodeStepAsync(user);
        Assert.Equal("not signed in", await SignedInNameAsync(client));

        var refused = await HttpForms.PostForPageAsync(client, CodeStep, "sign-in-code", ("Code.Code", WrongCode(user.Key)));
        Assert.Equal("This code is not right. Enter the code the app shows now; check the time on your device if it keeps failing.", HttpForms.Text(refused, "code-error"));
        Assert.Equal("not signed in", await SignedInNameAsync(client));

        var code = CurrentCode(user.Key);
        using var accepted = await HttpForms.PostAsync(client, CodeStep, "sign-in-code", ("Code.Code", $"{code[..3]} {code[3..]}"));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("http://localhost/visits", accepted.Headers.Location!.ToString());
        Assert.Equal("Test InternationalOffice", await SignedInNameAsync(client));
    }

    [Fact]
    public async Task SignIn_WithARecoveryCode_WorksOnceAndOnlyOnce()
    {
        var user = await UserWithTwoFactorAsync();
        var recoveryCode = user.RecoveryCodes[3];

        using (var first = await AtTheCodeStepAsync(user))
        {
            using var accepted = await HttpForms.PostAsync(first, CodeStep, "sign-in-recovery", ("Recovery.RecoveryCode", $" {recoveryCode.ToLowerInvariant()} "));
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
            Assert.Equal("Test InternationalOffice", await SignedInNameAsync(first));
            Assert.Equal("Two-factor sign-in is on: signing in asks for a code from your authenticator app. Recovery codes left: 9",
                HttpForms.Text(await first.GetStringAsync(Profile), "two-factor-state"));
        }

        using var second = await AtTheCodeStepAsync(user);
        var refused = await HttpForms.PostForPageAsync(second, CodeStep, "sign-in-recovery", ("Recovery.RecoveryCode", recoveryCode));

        Assert.Equal("This recovery code is not right, or it has been used already.", HttpForms.Text(refused, "recovery-code-error"));
        Assert.Equal("not signed in", await SignedInNameAsync(second));
    }

    [Fact]
    public async Task RegenerateRecoveryCodes_ReplacesTheOldOnes()
    {
        var user = await UserWithTwoFactorAsync();
        using var client = await AtTheCodeStepAsync(user);
        using (await HttpForms.PostAsync(client, CodeStep, "sign-in-code", ("Code.Code", CurrentCode(user.Key))))
        {
        }

        var html = await HttpForms.PostForPageAsync(client, Profile, "recovery-codes");
        var fresh = HttpForms.Texts(html, "recovery-code");

        Assert.Equal("New recovery codes are made; the old ones no longer work.", HttpForms.Text(html, "two-factor-status"));
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(user.RecoveryCodes));
        using var old = await AtTheCodeStepAsync(user);
        var refused = await HttpForms.PostForPageAsync(old, CodeStep, "sign-in-recovery", ("Recovery.RecoveryCode", user.RecoveryCodes[0]));
        Assert.Equal("This recovery code is not right, or it has been used already.", HttpForms.Text(refused, "recovery-code-error"));
    }

    [Fact]
    public async Task Disable_NeedsThePassword_ThenSignInAsksForNoCode()
    {
        var user = await UserWithTwoFactorAsync();
        using var client = await AtTheCodeStepAsync(user);
        using (await HttpForms.PostAsync(client, CodeStep, "sign-in-code", ("Code.Code", CurrentCode(user.Key))))
        {
        }

        var refused = await HttpForms.PostForPageAsync(client, Profile, "two-factor-disable", ("Disable.CurrentPassword", "not my password at all"));
        var disabled = await HttpForms.PostForPageAsync(client, Profile, "two-factor-disable", ("Disable.CurrentPassword", user.Password));

        Assert.Equal("The password is not right.", HttpForms.Text(refused, "disable-password-error"));
        Assert.Equal("Two-factor sign-in is off.", HttpForms.Text(disabled, "two-factor-status"));
        Assert.Equal("Test InternationalOffice", await SignedInNameAsync(client));
        using var again = portal.App.NewClient();
        using var response = await HttpSignIn.PostSignInAsync(again, user.Email, user.Password, "/visits");
        Assert.Equal("http://localhost/visits", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task CodeStep_WithoutAPasswordStepBefore_SaysToSignInAgain()
    {
        using var client = portal.App.NewClient();

        var html = await client.GetStringAsync(CodeStep);
        var posted = await HttpForms.PostForPageAsync(client, CodeStep, "sign-in-code", ("Code.Code", "123456"));

        const string expired = "This step of the sign-in has expired or was never started. Sign in again with your e-mail address and password.";
        Assert.Equal(expired, HttpForms.Text(html, "sign-in-code-message"));
        Assert.Equal(expired, HttpForms.Text(posted, "sign-in-code-message"));
        Assert.Equal("not signed in", await SignedInNameAsync(client));
    }

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    public void Totp_MatchesTheVectorsOfRfc6238(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))));
}
