using System.Net;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web.Accounts;

/// <summary>The profile page through HTTP: the forms as a browser posts them, the answers as the page renders them.</summary>
public sealed class ProfileTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private const string Profile = "/account/profile";
    private const string NewPassword = "correct horse battery staple";

    private async Task<(string Email, string Password, HttpClient Client)> SignedInUserAsync()
    {
        var (email, password) = await portal.App.CreateUserAsync(PortalRoles.Viewer);
        var client = portal.App.NewClient();
        await HttpSignIn.SignInAsync(client, email, password);
        return (email, password, client);
    }

    private static Task<string> ChangePasswordAsync(HttpClient client, string current, string next, string confirmation) =>
        HttpForms.PostForPageAsync(client, Profile, "change-password",
            ("Password.CurrentPassword", current), ("Password.NewPassword", next), ("Password.ConfirmPassword", confirmation));

    private static Task<string> SaveDetailsAsync(HttpClient client, string displayName, string email, string? password = null) =>
        HttpForms.PostForPageAsync(client, Profile, "profile-details",
            ("Details.DisplayName", displayName), ("Details.Email", email), ("Details.CurrentPassword", password));

    private async Task<HttpStatusCode> SignInStatusAsync(string email, string password)
    {
        using var client = portal.App.NewClient();
        using var response = await HttpSignIn.PostSignInAsync(client, email, password);
        return response.StatusCode;
    }

    [Fact]
    public async Task ChangePassword_ReplacesTheOldOne_KeepsThisSessionAndEndsTheOthers()
    {
        var (email, password, client) = await SignedInUserAsync();
        using var _ = client;
        using var other = portal.App.NewClient();
        await HttpSignIn.SignInAsync(other, email, password);

        var html = await ChangePasswordAsync(client, password, NewPassword, NewPassword);

        Assert.Equal("Your password is changed. Other sessions of this account have ended.", HttpForms.Text(html, "password-status"));
        Assert.DoesNotContain(NewPassword, html, StringComparison.Ordinal);
        using (var here = await client.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, here.StatusCode);
        }

        using (var there = await other.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.Redirect, there.StatusCode);
            Assert.StartsWith("http://localhost/account/sign-in?ReturnUrl=", there.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(email, password)); // the form again, with its message
        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(email, NewPassword));
    }

    public static TheoryData<string, string, string, string> RefusedPasswordChanges => new()
    {
        { "short pass", "short pass", "new-password-error", "The new password must have at least 12 characters (this one has 10)." },
        { NewPassword, "correct horse battery stable", "confirm-password-error", "The two new passwords are not the same." },
    };

    [Theory]
    [MemberData(nameof(RefusedPasswordChanges))]
    public async Task ChangePassword_WhenTheNewOneIsRefused_SaysWhyBesideTheField(string next, string confirmation, string field, string message)
    {
        var (email, password, client) = await SignedInUserAsync();
        using var _ = client;

        var html = await ChangePasswordAsync(client, password, next, confirmation);

        Assert.Equal(message, HttpForms.Text(html, field));
        Assert.Null(HttpForms.Text(html, "password-status"));
        Assert.Contains($"aria-describedby=\"{field.Replace("-error", string.Empty, StringComparison.Ordinal)}", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(email, password));
    }

    [Fact]
    public async Task ChangePassword_WithAWrongCurrentPassword_IsRefusedBesideThatField()
    {
        var (email, password, client) = await SignedInUserAsync();
        using var _ = client;

        var html = await ChangePasswordAsync(client, "not my password at all", NewPassword, NewPassword);

        Assert.Equal("The current password is not right.", HttpForms.Text(html, "current-password-error"));
        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(email, password));
    }

    [Fact]
    public async Task SaveDetails_ShowsTheNewNameInTheTopBar()
    {
        var (email, _, client) = await SignedInUserAsync();
        using var __ = client;

        var html = await SaveDetailsAsync(client, "  Aigerim Sadykova ", email);

        Assert.Equal("Your name and e-mail address are saved.", HttpForms.Text(html, "details-status"));
        var home = await client.GetStringAsync("/");
        Assert.Equal("Aigerim Sadykova", HttpForms.Text(home, "signed-in-user"));
    }

    [Fact]
    public async Task SaveDetails_WithAnAddressAnotherAccountUses_IsRefusedBesideTheField()
    {
        var (_, password, client) = await SignedInUserAsync();
        using var _ = client;
        var (taken, _) = await portal.App.CreateUserAsync(PortalRoles.Dean);

        var html = await SaveDetailsAsync(client, "Someone", taken.ToUpperInvariant(), password);

        Assert.Equal("Another account uses this e-mail address.", HttpForms.Text(html, "email-error"));
        Assert.Null(HttpForms.Text(html, "details-status"));
        Assert.Contains("aria-describedby=\"email-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveDetails_WithANewAddress_NeedsThePassword_ThenSignsInWithIt()
    {
        var (email, password, client) = await SignedInUserAsync();
        using var _ = client;
        var changed = $"renamed-{Guid.NewGuid():N}@test.example";

        var withoutPassword = await SaveDetailsAsync(client, "Renamed", changed);
        var withWrongPassword = await SaveDetailsAsync(client, "Renamed", changed, "not my password at all");
        var html = await SaveDetailsAsync(client, "Renamed", changed, password);

        Assert.Equal("Enter your current password to change the e-mail address.", HttpForms.Text(withoutPassword, "email-password-error"));
        Assert.Equal("The password is not right.", HttpForms.Text(withWrongPassword, "email-password-error"));
        Assert.Equal("Your name and e-mail address are saved.", HttpForms.Text(html, "details-status"));
        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(changed, password));
        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(email, password));
        using var stillHere = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, stillHere.StatusCode);
    }

    [Fact]
    public async Task SaveDetails_WithAnInvalidAddressOrNoName_SaysSoBesideTheFields()
    {
        var (_, _, client) = await SignedInUserAsync();
        using var _ = client;

        var html = await SaveDetailsAsync(client, " ", "not an address");

        Assert.Equal("Enter the name others see for you.", HttpForms.Text(html, "display-name-error"));
        Assert.Equal("Enter an e-mail address such as name@example.edu.", HttpForms.Text(html, "email-error"));
    }
}
