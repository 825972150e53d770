using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Agreements.Lifecycle;

/// <summary>A request to move an agreement along its lifecycle, against the version the user saw.</summary>
public sealed record TransitionInput(int AgreementId, Guid Version, AgreementStatus To, string? Reason);

/// <summary>A recorded move, for the agreement's timeline.</summary>
public sealed record TransitionView(AgreementStatus From, AgreementStatus To, DateTimeOffset At, string ByName, string? Reason);

/// <summary>
/// Moves agreements along their lifecycle (draft → under negotiation → signed → active → expired /
/// terminated; active → renewed) and renews them. Each move records who, when and why; a move the
/// lifecycle does not allow is refused with a message and changes nothing.
/// </summary>
public sealed class AgreementLifecycle(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const string StatusField = nameof(TransitionInput.To);
    public const string ReasonField = nameof(TransitionInput.Reason);

    /// <summary>The statuses the agreement may move to next, for the page's buttons.</summary>
    public static IReadOnlyList<AgreementStatus> NextStatuses(AgreementStatus from) =>
        CooperationAgreement.AllowedTransitions.TryGetValue(from, out var next) ? next : [];

    public async Task<IReadOnlyList<TransitionView>> TimelineAsync(int agreementId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<AgreementTransition>().AsNoTracking()
            .Where(t => t.AgreementId == agreementId)
            .OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new TransitionView(t.From, t.To, t.At, t.ByName, t.Reason))
            .ToListAsync(cancellationToken);
    }

    public async Task<SaveOutcome> MoveAsync(ClaimsPrincipal user, TransitionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!PortalAccess.CanEdit(user))
        {
            return SaveOutcome.Forbidden;
        }

        if (input.Reason is { Length: > AgreementTransition.ReasonMaxLength })
        {
            return SaveOutcome.Invalid(ReasonField, $"The reason can be at most {AgreementTransition.ReasonMaxLength} characters long.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = PortalAccess.ActorOf(user);
        db.Actor = actor;
        var agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Id == input.AgreementId, cancellationToken);
        if (agreement is null)
        {
            return SaveOutcome.NotFound;
        }

        db.Entry(agreement).Property(a => a.Version).OriginalValue = input.Version;
        var refusal = RefusalOf(agreement, input.To);
        if (refusal is not null)
        {
            return SaveOutcome.Invalid(StatusField, refusal);
        }

        if (input.To == AgreementStatus.Renewed)
        {
            return SaveOutcome.Invalid(StatusField, "An agreement is marked renewed when its successor becomes active: use Renew to prepare the successor.");
        }

        var now = clock.GetUtcNow();
        agreement.MoveTo(input.To, now, actor.UserId, actor.Name, input.Reason);

        // A successor that takes effect retires the agreement it renews, in the same transaction.
        if (input.To == AgreementStatus.Active && agreement.RenewsAgreementId is { } predecessorId)
        {
            var predecessor = await db.Agreements.SingleAsync(a => a.Id == predecessorId, cancellationToken);
            if (predecessor.Status == AgreementStatus.Active)
            {
                predecessor.MoveTo(AgreementStatus.Renewed, now, actor.UserId, actor.Name, $"Renewed by “{agreement.Title}”.");
            }
        }

        return await Saving.CommitAsync(db, agreement, cancellationToken);
    }

    /// <summary>
    /// Prepares the successor of an active agreement: a draft with the same title, kind, parties, fields,
    /// frameworks, responsibilities and linked visits, that renews it. The current agreement stays active
    /// until the successor becomes active.
    /// </summary>
    public async Task<SaveOutcome> RenewAsync(ClaimsPrincipal user, int agreementId, CancellationToken cancellationToken = default)
    {
        if (!PortalAccess.CanEdit(user))
        {
            return SaveOutcome.Forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var current = await db.Agreements.AsNoTracking()
            .Include(a => a.Parties)
            .Include(a => a.Fields)
            .Include(a => a.Frameworks)
            .Include(a => a.Visits)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (current is null)
        {
            return SaveOutcome.NotFound;
        }

        if (current.Status != AgreementStatus.Active)
        {
            return SaveOutcome.Invalid(StatusField, $"Only an active agreement can be renewed; this one is {Describe(current.Status)}.");
        }

        var pending = await db.Agreements.AsNoTracking()
            .Where(a => a.RenewsAgreementId == agreementId && a.Status != AgreementStatus.Terminated)
            .Select(a => new { a.Id, a.Title })
            .FirstOrDefaultAsync(cancellationToken);
        if (pending is not null)
        {
            return SaveOutcome.Invalid(StatusField, $"This agreement already has a successor, “{pending.Title}”: continue with that one.");
        }

        var successor = new CooperationAgreement
        {
            Title = current.Title,
            Kind = current.Kind,
            Status = AgreementStatus.Draft,
            ResponsibleUnitId = current.ResponsibleUnitId,
            ResponsiblePersonId = current.ResponsiblePersonId,
            ResponsibleUserId = current.ResponsibleUserId,
            RenewsAgreementId = current.Id,
            Notes = current.Notes,
        };
        foreach (var party in current.Parties.OrderBy(p => p.Order))
        {
            successor.Parties.Add(new AgreementParty { InstitutionId = party.InstitutionId, Order = party.Order });
        }

        foreach (var field in current.Fields)
        {
            successor.Fields.Add(new AgreementField { IscedCode = field.IscedCode });
        }

        foreach (var framework in current.Frameworks)
        {
            successor.Frameworks.Add(new AgreementFramework { FrameworkId = framework.FrameworkId });
        }

        foreach (var visit in current.Visits)
        {
            successor.Visits.Add(new AgreementVisit { VisitId = visit.VisitId });
        }

        if (current.ExpiresOn is { } expires && current.EffectiveOn is { } effective)
        {
            // The same length of term, starting the day after the current one ends.
            var start = expires.AddDays(1);
            successor.SetTerm(start, start.AddDays(expires.DayNumber - effective.DayNumber));
        }

        db.Agreements.Add(successor);
        return await Saving.CommitAsync(db, successor, cancellationToken);
    }

    private static string? RefusalOf(CooperationAgreement agreement, AgreementStatus to)
    {
        if (!CooperationAgreement.CanMove(agreement.Status, to))
        {
            var next = NextStatuses(agreement.Status);
            return next.Count == 0
                ? $"This agreement is {Describe(agreement.Status)}; its status can no longer change."
                : $"An agreement that is {Describe(agreement.Status)} can only become {string.Join(" or ", next.Select(Describe))}.";
        }

        return to switch
        {
            AgreementStatus.Signed when agreement.SignedOn is null => "Enter the date the agreement was signed before marking it signed.",
            AgreementStatus.Active when agreement.EffectiveOn is null => "Enter the date the agreement takes effect before making it active.",
            _ => null,
        };
    }

    /// <summary>A status as the sentences of the messages write it.</summary>
    public static string Describe(AgreementStatus status) => status switch
    {
        AgreementStatus.UnderNegotiation => "under negotiation",
        _ => status.ToString().ToLowerInvariant(),
    };
}
