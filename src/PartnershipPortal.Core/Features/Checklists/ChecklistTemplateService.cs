using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Checklists;

/// <summary>
/// The office's reception checklist template: its lines in order, each with an offset from the visit's first
/// day and a default owner. Visits copy it when their checklist is made; later edits change no visit.
/// </summary>
public sealed class ChecklistTemplateService(IDbContextFactory<PortalDbContext> contexts, IValidator<ChecklistItemInput> validator)
{
    /// <summary>Every line: the ones in use in their order, then the archived ones.</summary>
    public async Task<IReadOnlyList<TemplateItemView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChecklistTemplate.AsNoTracking()
            .OrderBy(i => i.IsArchived).ThenBy(i => i.Order).ThenBy(i => i.Id)
            .Select(i => new TemplateItemView(i.Id, i.Version, i.Title, i.OffsetDays, i.DefaultOwnerUserId, i.DefaultOwner!.DisplayName, i.IsArchived))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OwnerChoice>> OwnerChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ChecklistOwners.ChoicesAsync(db, cancellationToken);
    }

    /// <summary>Adds a line at the end of the template.</summary>
    public Task<SaveOutcome> AddAsync(ClaimsPrincipal user, ChecklistItemInput input, CancellationToken cancellationToken = default) =>
        ChecklistOwners.SaveAsync(contexts, user, validator, input, async (db, owner) =>
        {
            var order = await db.ChecklistTemplate.MaxAsync(i => (int?)i.Order, cancellationToken) ?? -1;
            var item = new ChecklistTemplateItem { Title = input.Title.Trim(), OffsetDays = input.OffsetDays, DefaultOwnerUserId = owner, Order = order + 1 };
            db.ChecklistTemplate.Add(item);
            return await Saving.CommitAsync(db, item, cancellationToken);
        }, cancellationToken);

    /// <summary>Changes a line, against the version the user saw.</summary>
    public Task<SaveOutcome> UpdateAsync(ClaimsPrincipal user, int id, Guid version, ChecklistItemInput input, CancellationToken cancellationToken = default) =>
        ChecklistOwners.SaveAsync(contexts, user, validator, input, async (db, owner) =>
        {
            var item = await db.ChecklistTemplate.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (item is null)
            {
                return SaveOutcome.NotFound;
            }

            db.Entry(item).Property(i => i.Version).OriginalValue = version;
            item.Title = input.Title.Trim();
            item.OffsetDays = input.OffsetDays;
            item.DefaultOwnerUserId = owner;
            return await Saving.CommitAsync(db, item, cancellationToken);
        }, cancellationToken);

    /// <summary>Moves a line one place up (-1) or down (+1) among the lines in use, swapping it with its neighbour.</summary>
    public async Task<SaveOutcome> MoveAsync(ClaimsPrincipal user, int id, int direction, CancellationToken cancellationToken = default)
    {
        if (!PortalAccess.CanEdit(user))
        {
            return SaveOutcome.Forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var lines = await db.ChecklistTemplate.Where(i => !i.IsArchived).OrderBy(i => i.Order).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var index = lines.FindIndex(i => i.Id == id);
        if (index < 0)
        {
            return SaveOutcome.NotFound;
        }

        var other = index + Math.Sign(direction);
        if (other < 0 || other >= lines.Count || other == index)
        {
            return SaveOutcome.Saved(lines[index].Id, lines[index].Version);
        }

        (lines[index], lines[other]) = (lines[other], lines[index]);

        // Orders are renumbered from the list so that equal or missing ones do not keep two lines in one place.
        for (var i = 0; i < lines.Count; i++)
        {
            lines[i].Order = i;
        }

        return await Saving.CommitAsync(db, lines[other], cancellationToken);
    }

    /// <summary>Archives a line (new visits no longer get it) or restores it to its former place.</summary>
    public Task<SaveOutcome> SetArchivedAsync(ClaimsPrincipal user, int id, Guid version, bool archived, CancellationToken cancellationToken = default) =>
        Saving.SetArchivedAsync<ChecklistTemplateItem>(contexts, user, id, version, archived, cancellationToken);

    /// <summary>Fills an empty template with the suggested list; a template that holds any line is left alone.</summary>
    public async Task<int> StartFromSuggestionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!PortalAccess.CanEdit(user))
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        if (await db.ChecklistTemplate.AnyAsync(cancellationToken))
        {
            return 0;
        }

        db.ChecklistTemplate.AddRange(Suggested());
        await db.SaveChangesAsync(cancellationToken);
        return SuggestedChecklist.Items.Count;
    }

    /// <summary>The suggested list as template lines, without owners.</summary>
    public static IEnumerable<ChecklistTemplateItem> Suggested() =>
        SuggestedChecklist.Items.Select((s, order) => new ChecklistTemplateItem { Title = s.Title, OffsetDays = s.OffsetDays, Order = order });
}

/// <summary>A line of the template as its page shows it.</summary>
public sealed record TemplateItemView(int Id, Guid Version, string Title, int OffsetDays, string? DefaultOwnerUserId, string? DefaultOwnerName, bool IsArchived);
