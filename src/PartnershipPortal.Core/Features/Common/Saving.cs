using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Common;

/// <summary>The last step every editor shares: one save, and a newer version turned into an explained conflict.</summary>
public static class Saving
{
    /// <summary>
    /// The first step every editor shares: the user may edit, and the input passes the same validator the
    /// form uses. Null when the save may go on; otherwise the refusal to return.
    /// </summary>
    public static async Task<SaveOutcome?> RefusalAsync<TInput>(
        System.Security.Claims.ClaimsPrincipal user, IValidator<TInput> validator, TInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(input);
        if (!Accounts.PortalAccess.CanEdit(user))
        {
            return SaveOutcome.Forbidden;
        }

        var validation = await validator.ValidateAsync(input, cancellationToken);
        return validation.IsValid ? null : SaveOutcome.Invalid(validation.Errors);
    }

    public static async Task<SaveOutcome> CommitAsync(PortalDbContext db, Entity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveOutcome.Saved(entity.Id, entity.Version);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            return SaveOutcome.Conflicted(await SaveConflict.DescribeAsync(db, conflict, cancellationToken));
        }
    }

    /// <summary>Archives a record or restores it, against the version the user saw.</summary>
    public static async Task<SaveOutcome> SetArchivedAsync<T>(
        IDbContextFactory<PortalDbContext> contexts, System.Security.Claims.ClaimsPrincipal user, int id, Guid version, bool archived, CancellationToken cancellationToken)
        where T : Entity, IArchivable
    {
        ArgumentNullException.ThrowIfNull(contexts);
        if (!Accounts.PortalAccess.CanEdit(user))
        {
            return SaveOutcome.Forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = Accounts.PortalAccess.ActorOf(user);
        var record = await db.Set<T>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return SaveOutcome.NotFound;
        }

        db.Entry(record).Property(r => r.Version).OriginalValue = version;
        record.IsArchived = archived;
        return await CommitAsync(db, record, cancellationToken);
    }

    /// <summary>
    /// The record a save writes: a new one added to the context, or the stored one (read through
    /// <paramref name="stored"/>) whose version the save must match, as the user's form saw it. Null when
    /// the stored record no longer exists.
    /// </summary>
    public static async Task<T?> NewOrStoredAsync<T>(PortalDbContext db, IQueryable<T> stored, int? id, Guid version, CancellationToken cancellationToken)
        where T : Entity, new()
    {
        ArgumentNullException.ThrowIfNull(db);
        if (id is null)
        {
            var created = new T();
            db.Add(created);
            return created;
        }

        var existing = await stored.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (existing is not null)
        {
            // The form's version, not the one just read, decides whether someone saved in between.
            db.Entry(existing).Property(e => e.Version).OriginalValue = version;
        }

        return existing;
    }

    /// <summary>Optional text as stored: trimmed, and empty when only spaces were typed.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
