using Microsoft.Extensions.Logging.Abstractions;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web.Accounts;

public sealed class SmtpPortalMailerTests
{
    [Fact]
    public async Task SendAsync_DeliversTheMessageThroughTheConfiguredServer()
    {
        using var server = new FakeSmtpServer();
        var settings = new SmtpSettings("127.0.0.1", server.Port, "portal@university.example", null, null, EnableSsl: false);
        using var mailer = new SmtpPortalMailer(settings, NullLogger<SmtpPortalMailer>.Instance);
        await mailer.StartAsync(CancellationToken.None);

        await mailer.SendAsync(new PortalMail("sun.li@xpi.example", "Choose a new password for PartnershipPortal", "Open this link: https://portal.example/x"), CancellationToken.None);
        var received = await server.Received.WaitAsync(TimeSpan.FromSeconds(20));
        await mailer.StopAsync(CancellationToken.None);

        Assert.Contains("MAIL FROM:<portal@university.example>", received, StringComparison.Ordinal);
        Assert.Contains("RCPT TO:<sun.li@xpi.example>", received, StringComparison.Ordinal);
        Assert.Contains("Subject: Choose a new password for PartnershipPortal", received, StringComparison.Ordinal);
        Assert.Contains("Open this link: https://portal.example/x", received, StringComparison.Ordinal);
    }
}
