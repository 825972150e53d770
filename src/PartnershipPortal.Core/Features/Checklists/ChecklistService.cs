using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Notifications;

namespace PartnershipPortal.Core.Features.Checklists;

/// <summary>
/// A visit's reception checklist: made once from the office's template for a planned or confirmed visit,
/// then ticked, reassigned and added to. Due dates are the visit's first day plus each item's offset, so
/// moving the visit moves them. Whoever is given an item by someone else is notified.
/// </summary>
public sealed class ChecklistService(
    IDbContextFactory<PortalDbContext> contexts, IValidator<ChecklistItemInput> validator, NotificationService notifications, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Whether a visit in this status gets a checklist.</summary>
    public static bool IsPlanned(VisitStatus status) => status is VisitStatus.Planned or VisitStatus.Confirmed;

    /// <summary>
    /// Makes the visit's checklist from the template's lines in use, unless it has one already: calling it
    /// again, or from two places at once, adds nothing. With a user, only editors may; without one (a step
    /// of a save that was itself allowed) it runs as the system. The default owners are notified.
    /// </summary>
    public async Task<ChecklistCreation> CreateForVisitAsync(int visitId, ClaimsPrincipal? user = null, CancellationToken cancellationToken = default)
    {
        if (user is not null && !PortalAccess.CanEdit(user))
        {
            return new ChecklistCreation(ChecklistCreationStatus.Forbidden, 0);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = user is null ? ChangeActor.System : PortalAccess.ActorOf(user);

        // One maker at a time per visit: SQLite's transaction takes the write lock at once, PostgreSQL's locks the visit's row.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Visits\" WHERE \"Id\" = {visitId} FOR UPDATE", cancellationToken);
        }

        var visit = await db.Visits.AsNoTracking().Where(v => v.Id == visitId).Select(v => new { v.Title, v.Status }).SingleOrDefaultAsync(cancellationToken);
        var status = visit is null ? ChecklistCreationStatus.NotFound
            : !IsPlanned(visit.Status) ? ChecklistCreationStatus.NotPlanned
            : await db.ChecklistItems.AnyAsync(i => i.VisitId == visitId, cancellationToken) ? ChecklistCreationStatus.AlreadyMade
            : ChecklistCreationStatus.Created;
        if (status != ChecklistCreationStatus.Created)
        {
            return new ChecklistCreation(status, 0);
        }

        var lines = await db.ChecklistTemplate.AsNoTracking()
            .Where(t => !t.IsArchived)
            .OrderBy(t => t.Order).ThenBy(t => t.Id)
            .Select(t => new { Line = t, OwnerDisabled = t.DefaultOwner != null && t.DefaultOwner.IsDisabled })
            .ToListAsync(cancellationToken);
        if (lines.Count == 0)
        {
            return new ChecklistCreation(ChecklistCreationStatus.TemplateEmpty, 0);
        }

        // A default owner whose account was disabled since is not proposed: the item starts without an owner.
        var items = FromTemplate(lines.Select(l => l.Line), visitId).ToList();
        foreach (var (item, line) in items.Zip(lines))
        {
            item.OwnerUserId = line.OwnerDisabled ? null : item.OwnerUserId;
        }

        db.ChecklistItems.AddRange(items);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var owners = items.Where(i => i.OwnerUserId is not null && i.OwnerUserId != db.Actor.UserId).GroupBy(i => i.OwnerUserId!);
        await notifications.NotifyAsync(
            owners.Select(o => NotificationMessages.ChecklistCreated(o.Key, visitId, visit!.Title, o.Count())).ToList(), cancellationToken);
        return new ChecklistCreation(ChecklistCreationStatus.Created, items.Count);
    }

    /// <summary>A visit's items made from the template's lines, in the template's order.</summary>
    public static IEnumerable<VisitChecklistItem> FromTemplate(IEnumerable<ChecklistTemplateItem> lines, int visitId) =>
        lines.Select((t, order) => new VisitChecklistItem { VisitId = visitId, Title = t.Title, OffsetDays = t.OffsetDays, OwnerUserId = t.DefaultOwnerUserId, Order = order });

    /// <summary>The visit's checklist with due dates, progress and what is overdue today; null when the visit does not exist.</summary>
    public async Task<VisitChecklist?> ForVisitAsync(int visitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visit = await db.Visits.AsNoTracking().Where(v => v.Id == visitId)
            .Select(v => new { v.Id, v.Title, v.Status, v.StartDate }).SingleOrDefaultAsync(cancellationToken);
        if (visit is null)
        {
            return null;
        }

        var today = Today;
        var items = await db.ChecklistItems.AsNoTracking()
            .Where(i => i.VisitId == visitId)
            .OrderBy(i => i.Order).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Version, i.Title, i.OffsetDays, i.OwnerUserId, Owner = i.Owner!.DisplayName, i.DoneAt, i.DoneByName })
            .ToListAsync(cancellationToken);
        var views = items.Select(i =>
        {
            var due = visit.StartDate.AddDays(i.OffsetDays);
            return new ChecklistItemView(i.Id, i.Version, i.Title, i.OffsetDays, due, i.OwnerUserId, i.Owner, i.DoneAt, i.DoneByName,
                IsOverdue: i.DoneAt is null && due < today && visit.Status != VisitStatus.Cancelled);
        }).ToList();
        return new VisitChecklist(visit.Id, visit.Title, visit.Status, visit.StartDate, views);
    }

    public async Task<IReadOnlyList<OwnerChoice>> OwnerChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ChecklistOwners.ChoicesAsync(db, cancellationToken);
    }

    /// <summary>Ticks an item (recording who and when) or reopens it, against the version the user saw.</summary>
    public async Task<SaveOutcome> SetDoneAsync(ClaimsPrincipal user, int itemId, Guid version, bool done, CancellationToken cancellationToken = default)
    {
        if (!PortalAccess.CanEdit(user))
        {
            return SaveOutcome.Forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = PortalAccess.ActorOf(user);
        db.Actor = actor;
        var item = await db.ChecklistItems.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return SaveOutcome.NotFound;
        }

        db.Entry(item).Property(i => i.Version).OriginalValue = version;
        if (done)
        {
            item.MarkDone(actor.UserId, actor.Name, clock.GetUtcNow());
        }
        else
        {
            item.Reopen();
        }

        return await Saving.CommitAsync(db, item, cancellationToken);
    }

    /// <summary>Gives an item to another account (or to nobody); the new owner is notified unless they did it themselves.</summary>
    public async Task<SaveOutcome> ChangeOwnerAsync(ClaimsPrincipal user, int itemId, Guid version, string? ownerUserId, CancellationToken cancellationToken = default)
    {
        if (!PortalAccess.CanEdit(user))
        {
            return SaveOutcome.Forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var owner = ChecklistOwners.Clean(ownerUserId);
        if (await ChecklistOwners.RefusalAsync(db, owner, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var item = await db.ChecklistItems.Include(i => i.Visit).SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return SaveOutcome.NotFound;
        }

        db.Entry(item).Property(i => i.Version).OriginalValue = version;
        var changed = item.OwnerUserId != owner;
        item.OwnerUserId = owner;
        var outcome = await Saving.CommitAsync(db, item, cancellationToken);
        if (outcome.Succeeded && changed)
        {
            await NotifyOwnerAsync(db.Actor, item, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Adds an item to the end of a visit's checklist (a visit without one gets its first item).</summary>
    public Task<SaveOutcome> AddItemAsync(ClaimsPrincipal user, int visitId, ChecklistItemInput input, CancellationToken cancellationToken = default) =>
        ChecklistOwners.SaveAsync(contexts, user, validator, input, (db, owner) => AddItemAsync(db, visitId, input, owner, cancellationToken), cancellationToken);

    private async Task<SaveOutcome> AddItemAsync(PortalDbContext db, int visitId, ChecklistItemInput input, string? owner, CancellationToken cancellationToken)
    {
        var visit = await db.Visits.SingleOrDefaultAsync(v => v.Id == visitId, cancellationToken);
        if (visit is null)
        {
            return SaveOutcome.NotFound;
        }

        var order = await db.ChecklistItems.Where(i => i.VisitId == visitId).MaxAsync(i => (int?)i.Order, cancellationToken) ?? -1;
        var item = new VisitChecklistItem { Visit = visit, VisitId = visitId, Title = input.Title.Trim(), OffsetDays = input.OffsetDays, OwnerUserId = owner, Order = order + 1 };
        db.ChecklistItems.Add(item);
        var outcome = await Saving.CommitAsync(db, item, cancellationToken);
        if (outcome.Succeeded && owner is not null)
        {
            await NotifyOwnerAsync(db.Actor, item, cancellationToken);
        }

        return outcome;
    }

    private async Task NotifyOwnerAsync(ChangeActor actor, VisitChecklistItem item, CancellationToken cancellationToken)
    {
        if (item.OwnerUserId is { } owner && owner != actor.UserId)
        {
            await notifications.NotifyAsync(
                NotificationMessages.ChecklistAssigned(owner, item.Id, item.Version, item.Title, item.Visit!.Title, item.VisitId), cancellationToken);
        }
    }
}

public enum ChecklistCreationStatus
{
    Created,
    AlreadyMade,
    NotPlanned,
    TemplateEmpty,
    NotFound,
    Forbidden,
}

/// <summary>What <see cref="ChecklistService.CreateForVisitAsync"/> did, and how many items it made.</summary>
public sealed record ChecklistCreation(ChecklistCreationStatus Status, int Items);

/// <summary>A visit's checklist as its page shows it.</summary>
public sealed record VisitChecklist(int VisitId, string VisitTitle, VisitStatus Status, DateOnly StartDate, IReadOnlyList<ChecklistItemView> Items)
{
    public int DoneCount => Items.Count(i => i.DoneAt is not null);

    /// <summary>Whether the "Create checklist" action applies: a planned or confirmed visit with no items yet.</summary>
    public bool CanBeCreated => Items.Count == 0 && ChecklistService.IsPlanned(Status);
}

/// <summary>One item with its computed due date; overdue means open, not cancelled, and due before today.</summary>
public sealed record ChecklistItemView(
    int Id, Guid Version, string Title, int OffsetDays, DateOnly DueOn, string? OwnerUserId, string? OwnerName,
    DateTimeOffset? DoneAt, string? DoneByName, bool IsOverdue);
