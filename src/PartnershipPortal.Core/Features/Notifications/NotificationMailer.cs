using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Features.Accounts;

namespace PartnershipPortal.Core.Features.Notifications;

/// <summary>Where notification e-mails point: the portal's public address, when known, makes their links absolute.</summary>
public sealed record NotificationMailSettings(Uri? PortalAddress)
{
    public static NotificationMailSettings None { get; } = new((Uri?)null);
}

/// <summary>
/// Mails a copy of each new notification to its account's address, once. A notification is claimed by
/// stamping <see cref="Domain.Notification.MailedAt"/> before its mail is handed over, and only the instance
/// whose stamp took hands it over, so several instances never mail the same notification twice.
/// </summary>
public sealed class NotificationMailer(
    IDbContextFactory<PortalDbContext> contexts, IPortalMailer mailer, NotificationMailSettings settings, TimeProvider clock)
{
    /// <summary>Notifications older than this are not mailed any more: configuring SMTP later does not mail the past.</summary>
    public static readonly TimeSpan MailWindow = TimeSpan.FromDays(2);

    /// <summary>At most this many mails per run; the rest wait for the next.</summary>
    public const int BatchSize = 100;

    /// <summary>Mails the notifications not mailed yet; returns how many this call handed over.</summary>
    public async Task<int> MailPendingAsync(CancellationToken cancellationToken = default)
    {
        if (!mailer.CanSend)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var since = now - MailWindow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.MailedAt == null && n.CreatedAt >= since && n.User!.Email != null && !n.User.IsDisabled)
            .OrderBy(n => n.Id)
            .Take(BatchSize)
            .Select(n => new { n.Id, n.Title, n.Link, n.User!.Email, n.User.DisplayName })
            .ToListAsync(cancellationToken);
        var mailed = 0;
        foreach (var notification in pending)
        {
            var claimed = await db.Notifications
                .Where(n => n.Id == notification.Id && n.MailedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAt, now), cancellationToken);
            if (claimed == 1)
            {
                await mailer.SendAsync(new PortalMail(notification.Email!, Subject(notification.Title), Body(notification.DisplayName, notification.Title, notification.Link)), cancellationToken);
                mailed++;
            }
        }

        return mailed;
    }

    private static string Subject(string title) => $"PartnershipPortal: {(title.Length > 150 ? title[..150] + "…" : title)}";

    private string Body(string name, string title, string? link)
    {
        var body = new StringBuilder();
        body.Append("Dear ").Append(name).AppendLine(",").AppendLine();
        body.AppendLine(title);
        if (link is not null)
        {
            body.AppendLine().Append("Open it in the portal: ").AppendLine(Address(link));
        }

        body.AppendLine().Append("All your notifications: ").AppendLine(Address("/notifications"));
        return body.ToString();
    }

    private string Address(string path) => settings.PortalAddress is { } portal ? new Uri(portal, path).ToString() : path;
}
