using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Notifications;

/// <summary>
/// The periodic check behind the reminders: tells each owner once when an open checklist item or follow-up
/// comes due (today or tomorrow) and once when it is overdue, then mails the notifications not mailed yet.
/// Running it again, or on several instances at once, tells nobody twice: each reminder's key is stored once.
/// </summary>
public sealed class DueCheck(IDbContextFactory<PortalDbContext> contexts, NotificationService notifications, NotificationMailer mailer, TimeProvider clock)
{
    /// <summary>An item is "coming due" from this many days before its date.</summary>
    public const int DueWithinDays = 1;

    /// <summary>
    /// Items overdue for longer than this when first noticed are not announced: a new installation, or one
    /// that was stopped for a while, does not flood its users with the past.
    /// </summary>
    public const int OverdueLookBackDays = 30;

    public async Task<DueCheckResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var messages = new List<NotificationMessage>();
        messages.AddRange(await ChecklistRemindersAsync(today, cancellationToken));
        messages.AddRange(await FollowUpRemindersAsync(today, cancellationToken));
        var notified = await notifications.NotifyAsync(messages, cancellationToken);
        var mailed = await mailer.MailPendingAsync(cancellationToken);
        return new DueCheckResult(notified, mailed);
    }

    private async Task<IEnumerable<NotificationMessage>> ChecklistRemindersAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(DueWithinDays);
        var earliest = today.AddDays(-OverdueLookBackDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = await db.ChecklistItems.AsNoTracking()
            .Where(i => i.DoneAt == null && i.OwnerUserId != null && i.Visit!.Status != VisitStatus.Cancelled)
            .Select(i => new { i.Id, i.Title, i.OwnerUserId, i.VisitId, Visit = i.Visit!.Title, DueOn = i.Visit.StartDate.AddDays(i.OffsetDays) })
            .Where(i => i.DueOn >= earliest && i.DueOn <= horizon)
            .ToListAsync(cancellationToken);
        return items.Select(i => i.DueOn < today
            ? NotificationMessages.ChecklistOverdue(i.OwnerUserId!, i.Id, i.Title, i.Visit, i.VisitId, i.DueOn)
            : NotificationMessages.ChecklistDue(i.OwnerUserId!, i.Id, i.Title, i.Visit, i.VisitId, i.DueOn, today));
    }

    private async Task<IEnumerable<NotificationMessage>> FollowUpRemindersAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(DueWithinDays);
        var earliest = today.AddDays(-OverdueLookBackDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.OwnerUserId != null && f.DueOn != null && f.DueOn >= earliest && f.DueOn <= horizon
                && (f.Status == FollowUpStatus.Open || f.Status == FollowUpStatus.InProgress))
            .Select(f => new { f.Id, f.Title, f.OwnerUserId, DueOn = f.DueOn!.Value, f.VisitId, f.AgreementId })
            .ToListAsync(cancellationToken);
        return followUps.Select(f =>
        {
            var link = NotificationMessages.FollowUpLink(f.VisitId, f.AgreementId);
            return f.DueOn < today
                ? NotificationMessages.FollowUpOverdue(f.OwnerUserId!, f.Id, f.Title, link, f.DueOn)
                : NotificationMessages.FollowUpDue(f.OwnerUserId!, f.Id, f.Title, link, f.DueOn, today);
        });
    }
}

/// <summary>What one run of <see cref="DueCheck"/> did: notifications stored and e-mails handed over.</summary>
public sealed record DueCheckResult(int Notified, int Mailed);
