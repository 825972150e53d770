using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Notifications;

namespace PartnershipPortal.Core.Features.Agreements.Lifecycle;

/// <summary>What one run of the expiry check did.</summary>
public sealed record ExpiryCheckResult(int Expired, int Reminders, int ReviewRequests);

/// <summary>
/// The daily work on agreements nobody should have to remember: an active agreement whose expiry date has
/// passed becomes expired; the account responsible is reminded 180, 90 and 30 days before expiry; and 12
/// months before expiry the deans of the responsible unit are asked for a review of each partner. Several
/// instances may run it at once: an agreement is expired by whichever saves first (the others meet its
/// new version and leave it), and each reminder is stored once by its key.
/// </summary>
public sealed class AgreementExpiryCheck(
    IDbContextFactory<PortalDbContext> contexts, NotificationService notifications, TimeProvider clock, ILogger<AgreementExpiryCheck> logger)
{
    public const string ProcessName = "Expiry check";

    /// <summary>Days before expiry at which the responsible account is reminded, most distant first.</summary>
    public static readonly IReadOnlyList<int> ReminderDays = [180, 90, 30];

    /// <summary>Months before expiry at which the deans are asked for a partner review.</summary>
    public const int ReviewMonths = 12;

    public async Task<ExpiryCheckResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var expired = await ExpireAsync(today, cancellationToken);
        var reminders = await RemindAsync(today, cancellationToken);
        var reviews = await AskForReviewsAsync(today, cancellationToken);
        if (expired + reminders + reviews > 0)
        {
            logger.LogInformation("Expiry check: {Expired} agreements expired, {Reminders} reminders and {Reviews} review requests sent", expired, reminders, reviews);
        }

        return new ExpiryCheckResult(expired, reminders, reviews);
    }

    /// <summary>An agreement expires the day after its expiry date: it is in force on that date itself.</summary>
    private async Task<int> ExpireAsync(DateOnly today, CancellationToken cancellationToken)
    {
        List<int> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Agreements.AsNoTracking()
                .Where(a => a.Status == AgreementStatus.Active && a.ExpiresOn != null && a.ExpiresOn < today)
                .Select(a => a.Id)
                .ToListAsync(cancellationToken);
        }

        var count = 0;
        foreach (var id in due)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Actor = ChangeActor.Process(ProcessName);
            var agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (agreement is not { Status: AgreementStatus.Active })
            {
                continue;
            }

            agreement.MoveTo(AgreementStatus.Expired, clock.GetUtcNow(), null, ProcessName, $"Its expiry date, {agreement.ExpiresOn:yyyy-MM-dd}, has passed.");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                count++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance (or a person) changed it first; what they did stands.
            }
        }

        return count;
    }

    private async Task<int> RemindAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(ReminderDays[0]);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => (a.Status == AgreementStatus.Active || a.Status == AgreementStatus.Signed)
                && a.ResponsibleUserId != null && a.ExpiresOn != null && a.ExpiresOn >= today && a.ExpiresOn <= horizon)
            .Select(a => new { a.Id, a.Title, a.ResponsibleUserId, ExpiresOn = a.ExpiresOn!.Value })
            .ToListAsync(cancellationToken);

        // Only the nearest threshold reached is sent: a check that first runs 60 days before expiry sends the
        // 90-day reminder, not the 180-day one as well. The expiry date is in the key, so an extended term
        // is reminded afresh.
        var messages = agreements
            .Select(a => (Agreement: a, Days: a.ExpiresOn.DayNumber - today.DayNumber))
            .Select(x => (x.Agreement, x.Days, Threshold: ReminderDays.Where(t => x.Days <= t).DefaultIfEmpty(0).Min()))
            .Where(x => x.Threshold > 0)
            .Select(x => new NotificationMessage(
                x.Agreement.ResponsibleUserId!,
                NotificationKind.AgreementExpiring,
                $"“{x.Agreement.Title}” expires on {x.Agreement.ExpiresOn:d MMM yyyy}, in {x.Days} days.",
                $"/agreements/{x.Agreement.Id}",
                $"agreement:{x.Agreement.Id}:expiry:{x.Agreement.ExpiresOn:yyyy-MM-dd}:{x.Threshold}"))
            .ToList();
        return await notifications.NotifyAsync(messages, cancellationToken);
    }

    private async Task<int> AskForReviewsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = today.AddMonths(ReviewMonths);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.Status == AgreementStatus.Active && a.ResponsibleUnitId != null
                && a.ExpiresOn != null && a.ExpiresOn >= today && a.ExpiresOn <= horizon)
            .Select(a => new
            {
                a.Id,
                a.Title,
                UnitId = a.ResponsibleUnitId!.Value,
                ExpiresOn = a.ExpiresOn!.Value,
                Partners = a.Parties.Where(p => !p.Institution!.IsHome).Select(p => new { p.InstitutionId, p.Institution!.Name }).ToList(),
            })
            .ToListAsync(cancellationToken);
        if (agreements.Count == 0)
        {
            return 0;
        }

        var units = agreements.Select(a => a.UnitId).Distinct().ToList();
        var deans = await db.DeanUnits.AsNoTracking()
            .Where(d => units.Contains(d.UnitId))
            .Select(d => new { d.UnitId, d.UserId })
            .ToListAsync(cancellationToken);
        var messages = (
            from agreement in agreements
            from partner in agreement.Partners
            from dean in deans.Where(d => d.UnitId == agreement.UnitId)
            select new NotificationMessage(
                dean.UserId,
                NotificationKind.ReviewRequested,
                $"Please review {partner.Name}: “{agreement.Title}” expires on {agreement.ExpiresOn:d MMM yyyy}.",
                $"/reviews/new?institution={partner.InstitutionId}&unit={agreement.UnitId}",
                $"agreement:{agreement.Id}:review:{agreement.ExpiresOn:yyyy-MM-dd}:{partner.InstitutionId}"))
            .ToList();
        return await notifications.NotifyAsync(messages, cancellationToken);
    }
}
