using System.Linq.Expressions;
using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Notifications;

namespace PartnershipPortal.Core.Features.FollowUps;

/// <summary>
/// Follow-up actions on visits and agreements: adding and changing them, completing and reopening them, and
/// the lists of "mine" and "all". Giving an action to an account notifies that account.
/// </summary>
public sealed class FollowUpService(
    IDbContextFactory<PortalDbContext> contexts, IValidator<FollowUpInput> validator, NotificationService notifications, TimeProvider clock)
{
    /// <summary>A due date further ahead than this many years is taken for a typing error.</summary>
    public const int MaxYearsAhead = 10;

    /// <summary>Actions without a due date sort after every dated one (and first when descending), alike on both stores.</summary>
    public static readonly SortMap<FollowUpAction> Sorts = new SortMap<FollowUpAction>(f => f.Id)
        .Add("due", f => f.DueOn ?? DateOnly.MaxValue, isDefault: true)
        .Add("title", f => f.Title)
        .Add("status", f => f.Status);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<SaveOutcome> CreateAsync(ClaimsPrincipal user, FollowUpInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(user, null, default, input, cancellationToken);

    public Task<SaveOutcome> UpdateAsync(ClaimsPrincipal user, int id, Guid version, FollowUpInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(user, id, version, input, cancellationToken);

    /// <summary>Completes, reopens or cancels an action against the version the user saw; completing records who and when.</summary>
    public async Task<SaveOutcome> ChangeStatusAsync(ClaimsPrincipal user, int id, Guid version, FollowUpStatus status, CancellationToken cancellationToken = default)
    {
        if (!PortalAccess.CanEdit(user))
        {
            return SaveOutcome.Forbidden;
        }

        if (!Enum.IsDefined(status))
        {
            return SaveOutcome.Invalid(nameof(FollowUpInput.Status), "Choose the status from the list.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = PortalAccess.ActorOf(user);
        db.Actor = actor;
        var action = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (action is null)
        {
            return SaveOutcome.NotFound;
        }

        db.Entry(action).Property(f => f.Version).OriginalValue = version;
        action.ChangeStatus(status, clock.GetUtcNow(), actor.UserId, actor.Name);
        return await Saving.CommitAsync(db, action, cancellationToken);
    }

    /// <summary>The follow-ups of one visit or agreement, dated ones first by due date.</summary>
    public async Task<IReadOnlyList<FollowUpRow>> ForSubjectAsync(FollowUpSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = subject.Kind == FollowUpSubjectKind.Visit
            ? db.FollowUps.Where(f => f.VisitId == subject.Id)
            : db.FollowUps.Where(f => f.AgreementId == subject.Id);
        return await Sorts.Apply(query.AsNoTracking(), "due", descending: false).Select(ToRow(Today)).ToListAsync(cancellationToken);
    }

    public async Task<FollowUpRow?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FollowUps.AsNoTracking().Where(f => f.Id == id).Select(ToRow(Today)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>One page of follow-ups, filtered, sorted and paged in the database.</summary>
    public async Task<Page<FollowUpRow>> ListAsync(ClaimsPrincipal user, FollowUpFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        var today = Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.FollowUps.AsNoTracking();
        if (filter.Scope == FollowUpScope.Mine)
        {
            var me = user.FindFirstValue(ClaimTypes.NameIdentifier);
            query = query.Where(f => f.OwnerUserId != null && f.OwnerUserId == me);
        }

        query = filter.Status switch
        {
            FollowUpStatusFilter.Open => query.Where(f => f.Status == FollowUpStatus.Open || f.Status == FollowUpStatus.InProgress),
            FollowUpStatusFilter.Done => query.Where(f => f.Status == FollowUpStatus.Done),
            FollowUpStatusFilter.Cancelled => query.Where(f => f.Status == FollowUpStatus.Cancelled),
            _ => query,
        };
        if (filter.OverdueOnly)
        {
            query = query.Where(IsOverdue(today));
        }

        if (filter.DueFrom is { } from)
        {
            query = query.Where(f => f.DueOn >= from);
        }

        if (filter.DueTo is { } to)
        {
            query = query.Where(f => f.DueOn <= to);
        }

        query = filter.Subject switch
        {
            FollowUpSubjectKind.Visit => query.Where(f => f.VisitId != null),
            FollowUpSubjectKind.Agreement => query.Where(f => f.AgreementId != null),
            _ => query,
        };
        var text = request.FoldedText;
        if (text.Length > 0)
        {
            query = query.Where(f => f.Title.ToLower().Contains(text) || f.Visit!.SearchText.Contains(text) || f.Agreement!.SearchText.Contains(text));
        }

        return await query.ToPageAsync(Sorts, request, ToRow(today), cancellationToken);
    }

    /// <summary>How many of the user's own open actions are past their due date: the navigation shows it.</summary>
    public async Task<int> MyOverdueCountAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } me)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FollowUps.Where(f => f.OwnerUserId == me).Where(IsOverdue(Today)).CountAsync(cancellationToken);
    }

    /// <summary>The accounts an action can be given to: every enabled one, by name.</summary>
    public async Task<IReadOnlyList<AccountChoice>> OwnerChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled)
            .Select(u => new AccountChoice(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
        return accounts.OrderBy(a => a.Name, StringComparer.CurrentCulture).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
    }

    private static Expression<Func<FollowUpAction, bool>> IsOverdue(DateOnly today) =>
        f => f.DueOn != null && f.DueOn < today && (f.Status == FollowUpStatus.Open || f.Status == FollowUpStatus.InProgress);

    private static Expression<Func<FollowUpAction, FollowUpRow>> ToRow(DateOnly today) => f => new FollowUpRow(
        f.Id,
        f.Version,
        f.Title,
        f.Notes,
        f.DueOn,
        f.Status,
        f.DueOn != null && f.DueOn < today && (f.Status == FollowUpStatus.Open || f.Status == FollowUpStatus.InProgress),
        f.OwnerUserId,
        f.OwnerUser!.DisplayName,
        f.OwnerPersonId,
        f.Owner!.FullName,
        f.VisitId != null ? new FollowUpSubject(FollowUpSubjectKind.Visit, f.VisitId.Value) : new FollowUpSubject(FollowUpSubjectKind.Agreement, f.AgreementId!.Value),
        f.VisitId != null ? f.Visit!.Title : f.Agreement!.Title,
        f.CompletedAt,
        f.CompletedByName);

    private async Task<SaveOutcome> SaveAsync(ClaimsPrincipal user, int? id, Guid version, FollowUpInput input, CancellationToken cancellationToken)
    {
        if (await Saving.RefusalAsync(user, validator, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = PortalAccess.ActorOf(user);
        db.Actor = actor;
        FollowUpAction action;
        string? previousOwner = null;
        if (id is null)
        {
            var created = await NewActionAsync(db, input, cancellationToken);
            if (created.Refusal is { } missing)
            {
                return missing;
            }

            action = created.Action!;
            db.FollowUps.Add(action);
        }
        else
        {
            var existing = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
            if (existing is null)
            {
                return SaveOutcome.NotFound;
            }

            if (existing.VisitId != input.VisitId || existing.AgreementId != input.AgreementId)
            {
                return SaveOutcome.Invalid(
                    existing.VisitId is null ? nameof(FollowUpInput.AgreementId) : nameof(FollowUpInput.VisitId),
                    "A follow-up stays with the visit or agreement it was made for; add a new one there instead.");
            }

            action = existing;
            previousOwner = existing.OwnerUserId;

            // The form's version, not the one just read, decides whether someone saved in between.
            db.Entry(action).Property(f => f.Version).OriginalValue = version;
        }

        var owner = Saving.Clean(input.OwnerUserId);
        if (await RuleOutcomeAsync(db, input, owner, previousOwner, cancellationToken) is { } refused)
        {
            return refused;
        }

        action.Title = input.Title.Trim();
        action.Notes = Saving.Clean(input.Notes);
        action.OwnerPersonId = input.OwnerPersonId;
        action.OwnerUserId = owner;
        action.DueOn = input.DueOn;
        if (action.Status != input.Status)
        {
            action.ChangeStatus(input.Status, clock.GetUtcNow(), actor.UserId, actor.Name);
        }

        var outcome = await Saving.CommitAsync(db, action, cancellationToken);
        if (outcome.Succeeded && owner is not null && owner != previousOwner && owner != actor.UserId)
        {
            await NotifyOwnerAsync(action, owner, outcome.Version, cancellationToken);
        }

        return outcome;
    }

    private static async Task<(FollowUpAction? Action, SaveOutcome? Refusal)> NewActionAsync(PortalDbContext db, FollowUpInput input, CancellationToken cancellationToken)
    {
        var title = input.Title.Trim();
        if (input.VisitId is int visitId)
        {
            var visit = await db.Visits.SingleOrDefaultAsync(v => v.Id == visitId, cancellationToken);
            return visit is null
                ? (null, SaveOutcome.Invalid(nameof(FollowUpInput.VisitId), "This visit no longer exists."))
                : (FollowUpAction.ForVisit(visit, title), null);
        }

        var agreementId = input.AgreementId!.Value;
        var agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        return agreement is null
            ? (null, SaveOutcome.Invalid(nameof(FollowUpInput.AgreementId), "This agreement no longer exists."))
            : (FollowUpAction.ForAgreement(agreement, title), null);
    }

    /// <summary>Rules that need the database or the clock: the chosen account and person exist, the due date is plausible.</summary>
    private async Task<SaveOutcome?> RuleOutcomeAsync(PortalDbContext db, FollowUpInput input, string? owner, string? previousOwner, CancellationToken cancellationToken)
    {
        if (owner is not null && owner != previousOwner)
        {
            var account = await db.Users.AsNoTracking().Where(u => u.Id == owner).Select(u => new { u.IsDisabled }).SingleOrDefaultAsync(cancellationToken);
            if (account is null)
            {
                return SaveOutcome.Invalid(nameof(FollowUpInput.OwnerUserId), "There is no such account: choose the account responsible from the list.");
            }

            if (account.IsDisabled)
            {
                return SaveOutcome.Invalid(nameof(FollowUpInput.OwnerUserId), "This account is disabled: choose another account.");
            }
        }

        if (input.OwnerPersonId is int personId && !await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
        {
            return SaveOutcome.Invalid(nameof(FollowUpInput.OwnerPersonId), "This person no longer exists: choose the contact person again.");
        }

        var latest = Today.AddYears(MaxYearsAhead);
        if (input.DueOn > latest)
        {
            return SaveOutcome.Invalid(
                nameof(FollowUpInput.DueOn),
                $"A due date more than {MaxYearsAhead} years ahead (after {ValidationRules.DisplayDate(latest)}) is surely a typing error: check the year.");
        }

        return null;
    }

    /// <summary>Tells the new owner the action is theirs (see <see cref="NotificationMessages.FollowUpAssigned"/>).</summary>
    private async Task NotifyOwnerAsync(FollowUpAction action, string owner, Guid version, CancellationToken cancellationToken)
    {
        var subject = action.VisitId is int visitId ? FollowUpSubject.OfVisit(visitId) : FollowUpSubject.OfAgreement(action.AgreementId!.Value);
        await notifications.NotifyAsync(
            NotificationMessages.FollowUpAssigned(owner, action.Id, version, action.Title, action.DueOn, subject.Path), cancellationToken);
    }
}
