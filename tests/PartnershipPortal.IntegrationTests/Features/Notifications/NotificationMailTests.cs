using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Notifications;
using PartnershipPortal.IntegrationTests.Features.Checklists;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Notifications;

/// <summary>With SMTP configured, the due check mails a new notification through the server, once.</summary>
public abstract partial class NotificationMailTests(TestStore store)
{
    [Fact]
    public async Task DueCheck_MailsANewNotificationThroughSmtp_Once()
    {
        var owner = await PlanningWorld.AccountAsync(store, "Dana Abenova");
        var visit = await PlanningWorld.VisitAsync(store, PlanningWorld.Today(store).AddDays(8), title: "East Kazakhstan university visit");
        await PlanningWorld.ChecklistItemAsync(store, visit, "Hosts and speakers confirmed", -7, owner);
        using var server = new FakeSmtpServer();
        using var smtp = new SmtpPortalMailer(new SmtpSettings("127.0.0.1", server.Port, "portal@xpi.example", null, null, EnableSsl: false), NullLogger<SmtpPortalMailer>.Instance);
        await smtp.StartAsync(CancellationToken.None);
        var notifications = new NotificationService(store.Contexts, store.Clock);
        var mailer = new NotificationMailer(store.Contexts, smtp, NotificationMailSettings.None, store.Clock);
        DueCheck Check() => new(store.Contexts, notifications, mailer, store.Clock);

        var first = await Check().RunOnceAsync();
        var received = await server.Received.WaitAsync(TimeSpan.FromSeconds(20));
        var second = await Check().RunOnceAsync();
        await smtp.StopAsync(CancellationToken.None);

        Assert.Equal(new DueCheckResult(1, 1), first);
        Assert.Equal(new DueCheckResult(0, 0), second);
        var notification = Assert.Single(await PlanningWorld.NotificationsOfAsync(store, owner));
        Assert.Equal(store.Clock.GetUtcNow(), notification.MailedAt);
        Assert.Contains("MAIL FROM:<portal@xpi.example>", received, StringComparison.Ordinal);
        Assert.Matches(@"RCPT TO:<dana\.abenova\.[0-9a-f-]{8}@xpi\.example>", received);
        var due = ValidationRules.DisplayDate(PlanningWorld.Today(store).AddDays(1));
        Assert.Equal($"PartnershipPortal: “Hosts and speakers confirmed” for “East Kazakhstan university visit” is due tomorrow ({due}).", Subject(received));
        Assert.Equal(
            $"Dear Dana Abenova,\n\n“Hosts and speakers confirmed” for “East Kazakhstan university visit” is due tomorrow ({due}).\n\n" +
            $"Open it in the portal: /visits/{visit}\n\nAll your notifications: /notifications\n",
            Body(received).ReplaceLineEndings("\n"));
    }

    /// <summary>The subject as written: its encoded words (RFC 2047, UTF-8 in Base64) decoded and joined.</summary>
    private static string Subject(string received) =>
        string.Concat(EncodedWord().Matches(received[received.IndexOf("Subject:", StringComparison.Ordinal)..received.IndexOf("Content-Type:", StringComparison.Ordinal)])
            .Select(m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups["text"].Value))));

    /// <summary>The plain-text body, which SmtpClient sends in Base64.</summary>
    private static string Body(string received)
    {
        var start = received.IndexOf("Content-Transfer-Encoding: base64", StringComparison.Ordinal);
        var lines = received[start..].Split('\n').Skip(2).TakeWhile(l => l.Trim().Length > 0).Select(l => l.Trim());
        return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(lines)));
    }

    [GeneratedRegex(@"=\?utf-8\?B\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();
}

public sealed class SqliteNotificationMailTests(SqliteStore store) : NotificationMailTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresNotificationMailTests(PostgresStore store) : NotificationMailTests(store), IClassFixture<PostgresStore>;
