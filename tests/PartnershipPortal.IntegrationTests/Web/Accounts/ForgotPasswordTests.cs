using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web.Accounts;

public sealed partial class ForgotPasswordTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private const string Page = "/account/forgot-password";
    private const string Answer = "If an account with this address exists, a link to choose a new password is on its way. It works once, for a limited time.";

    [GeneratedRegex(@"http://localhost/account/reset-password\?email=(?<email>[^&\s]+)&code=(?<code>[A-Za-z0-9_-]+)(?=\s)")]
    private static partial Regex ResetLink();

    private static Task<string> RequestAsync(HttpClient client, string email) =>
        HttpForms.PostForPageAsync(client, Page, "forgot-password", ("Input.Email", email));

    [Fact]
    public async Task Request_ForAnAccount_MailsOneWorkingResetLink()
    {
        var (email, _) = await portal.App.CreateUserAsync(PortalRoles.Dean);
        using var client = portal.App.NewClient();

        var html = await RequestAsync(client, email.ToUpperInvariant());

        Assert.Equal(Answer, HttpForms.Text(html, "forgot-password-status"));
        var mail = Assert.Single(portal.Mail.Sent, m => m.To == email);
        Assert.Equal("Choose a new password for PartnershipPortal", mail.Subject);
        var link = ResetLink().Match(mail.Body);
        Assert.True(link.Success, mail.Body);
        Assert.Equal(Uri.EscapeDataString(email), link.Groups["email"].Value);

        var token = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(link.Groups["code"].Value));
        await using var scope = portal.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True((await users.ResetPasswordAsync(user, token, "a brand new pass phrase")).Succeeded);
        using var signIn = portal.App.NewClient();
        await HttpSignIn.SignInAsync(signIn, email, "a brand new pass phrase");
    }

    [Fact]
    public async Task Request_ForAnUnknownOrDisabledAccount_SendsNothingAndAnswersTheSame()
    {
        var (disabled, _) = await portal.App.CreateUserAsync(PortalRoles.Viewer);
        await using (var scope = portal.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(disabled))!;
            user.IsDisabled = true;
            await users.UpdateAsync(user);
        }

        using var client = portal.App.NewClient();
        var before = portal.Mail.Sent.Count;

        var unknown = await RequestAsync(client, "nobody-here@test.example");
        var off = await RequestAsync(client, disabled);

        Assert.Equal(Answer, HttpForms.Text(unknown, "forgot-password-status"));
        Assert.Equal(Answer, HttpForms.Text(off, "forgot-password-status"));
        Assert.Equal(before, portal.Mail.Sent.Count);
    }

    [Fact]
    public async Task Request_WithAnInvalidAddress_SaysSoBesideTheField()
    {
        using var client = portal.App.NewClient();

        var html = await RequestAsync(client, "not an address");

        Assert.Equal("Enter an e-mail address such as name@example.edu.", HttpForms.Text(html, "email-error"));
        Assert.Null(HttpForms.Text(html, "forgot-password-status"));
    }

    [Fact]
    public async Task SignInPage_LinksToTheForgotPasswordPage()
    {
        using var client = portal.App.NewClient();

        var html = await client.GetStringAsync("/account/sign-in");

        Assert.Contains("<a href=\"account/forgot-password\">Forgot your password?</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WithoutAnSmtpHost_SendsNothingAndSaysToAskAnAdministrator()
    {
        var file = Path.Combine(Path.GetTempPath(), $"portal-nomail-{Guid.NewGuid():N}.db");
        var mailer = new RecordingMailer(canSend: false);
        try
        {
            await using var app = new MailingPortalApp(mailer, null, ("ConnectionStrings:Portal", $"Data Source={file};Pooling=False"), ("Demo:Seed", "false"));
            var (email, _) = await app.CreateUserAsync(PortalRoles.Viewer);
            using var client = app.NewClient();

            var html = await RequestAsync(client, email);

            Assert.Equal("This portal does not send e-mail. Ask an administrator: they can create a link for you to choose a new password.",
                HttpForms.Text(html, "forgot-password-status"));
            Assert.Empty(mailer.Sent);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("  ", false)]
    [InlineData("smtp.university.example", true)]
    public void Mailer_CanSendOnlyWithAnSmtpHost(string? host, bool canSend)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [SmtpSettings.HostKey] = host,
            [SmtpSettings.FromKey] = "portal@university.example",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddPortalValidators().AddPortalProfile(configuration).BuildServiceProvider();

        var mailer = services.GetRequiredService<IPortalMailer>();

        Assert.IsType<SmtpPortalMailer>(mailer);
        Assert.Equal(canSend, mailer.CanSend);
    }

    [Fact]
    public void SmtpSettings_WithAHostButNoSender_SaysTheSenderIsRequired()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [SmtpSettings.HostKey] = "smtp.university.example" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => SmtpSettings.Read(configuration));

        Assert.Equal("Smtp:From must be set when Smtp:Host is set: it is the sender of the portal's e-mail.", error.Message);
    }

    [Fact]
    public void SmtpSettings_ReadTheirKeys_AndNeverShowThePassword()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "smtp.university.example",
            ["Smtp:Port"] = "2525",
            ["Smtp:From"] = "portal@university.example",
            ["Smtp:UserName"] = "portal",
            ["Smtp:Password"] = "s3cret-smtp-pass",
            ["Smtp:EnableSsl"] = "false",
        }).Build();

        var settings = SmtpSettings.Read(configuration);

        Assert.Equal(new SmtpSettings("smtp.university.example", 2525, "portal@university.example", "portal", "s3cret-smtp-pass", false), settings);
        Assert.Equal("smtp.university.example:2525", settings.ToString());
        Assert.All(SmtpSettings.Keys, key => Assert.Contains(key, PortalSettings.KnownKeys));
    }
}
