using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;

namespace PartnershipPortal.Core.Features.Common;

/// <summary>
/// What merging a duplicate record into the one to keep always does: only administrators, never into
/// itself, both records loaded, the references moved, the duplicate deleted, all in one transaction (and so
/// in the change history).
/// </summary>
public static class Merging
{
    public static async Task<SaveOutcome> RunAsync<T>(
        IDbContextFactory<PortalDbContext> contexts,
        ClaimsPrincipal user,
        int duplicateId,
        int keepId,
        string mergeIntoItselfMessage,
        Func<PortalDbContext, T, T, Task<SaveOutcome?>> moveReferences,
        CancellationToken cancellationToken)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(moveReferences);
        if (!PortalAccess.CanAdminister(user))
        {
            return SaveOutcome.Forbidden;
        }

        if (duplicateId == keepId)
        {
            return SaveOutcome.Invalid("KeepId", mergeIntoItselfMessage);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var duplicate = await db.Set<T>().SingleOrDefaultAsync(r => r.Id == duplicateId, cancellationToken);
        var keep = await db.Set<T>().SingleOrDefaultAsync(r => r.Id == keepId, cancellationToken);
        if (duplicate is null || keep is null)
        {
            return SaveOutcome.NotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await moveReferences(db, duplicate, keep) is { } refusal)
        {
            return refusal;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Remove(duplicate);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveOutcome.Saved(keep.Id, keep.Version);
    }

    /// <summary>
    /// Moves the duplicate's links (rows of a many-to-many) onto the kept record; where the kept record
    /// already has the same link, the duplicate's copy is removed instead, so each link stays once.
    /// </summary>
    public static void MoveLinks<TLink>(PortalDbContext db, IReadOnlyList<TLink> links, Func<TLink, bool> ofDuplicate, Func<TLink, object> otherSide, Action<TLink> moveToKeep)
        where TLink : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(links);
        var kept = links.Where(l => !ofDuplicate(l)).Select(otherSide).ToHashSet();
        foreach (var link in links.Where(ofDuplicate).ToList())
        {
            if (kept.Contains(otherSide(link)))
            {
                db.Remove(link);
            }
            else
            {
                moveToKeep(link);
            }
        }
    }
}
