using System.Globalization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Data;

/// <summary>
/// Runs around every save: stamps creation and change moments from the <see cref="TimeProvider"/>, renews
/// each changed record's concurrency token, refreshes search text, and writes a <see cref="ChangeRecord"/>
/// for every created, updated or deleted row in the same transaction, whoever saves (a page, the API, an
/// import or a background job). New rows get their keys only when saved, so the records are completed
/// after the save and written before the transaction commits.
/// </summary>
public sealed class AuditingInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Fields that say nothing to a reader of the history, or must never be shown there.</summary>
    private static readonly HashSet<string> HiddenFields = new(StringComparer.Ordinal)
    {
        nameof(Entity.Version), nameof(Entity.CreatedAt), nameof(Entity.UpdatedAt), nameof(ISearchable.SearchText),
        nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.ConcurrencyStamp),
        nameof(IdentityUser.NormalizedEmail), nameof(IdentityUser.NormalizedUserName), nameof(IdentityRole.NormalizedName),
        nameof(IdentityUser.AccessFailedCount), nameof(PortalUser.LastSignInAt),
    };

    /// <summary>Rows whose changes are bookkeeping, not the office's records.</summary>
    private static readonly HashSet<Type> Unaudited =
    [
        typeof(ChangeRecord), typeof(DataProtectionKey), typeof(IdentityUserToken<string>), typeof(IdentityUserLogin<string>),
        typeof(IdentityUserClaim<string>), typeof(IdentityRoleClaim<string>), typeof(IdentityUserPasskey<string>),
        typeof(AttachmentContent), typeof(Notification), typeof(VisitDraft), typeof(SavedReport),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is PortalDbContext context && Prepare(context))
        {
            context.AuditTransaction = context.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is PortalDbContext context && Prepare(context))
        {
            context.AuditTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is PortalDbContext context && Complete(context))
        {
            context.SaveChanges();
            Finish(context, commit: true);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is PortalDbContext context && Complete(context))
        {
            await context.SaveChangesAsync(cancellationToken);
            if (context.AuditTransaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            Finish(context, commit: false);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is PortalDbContext context)
        {
            Abandon(context);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is PortalDbContext context)
        {
            Abandon(context);
        }

        return Task.CompletedTask;
    }

    /// <summary>Stamps the entities and notes their changes; true when a transaction must be opened for them.</summary>
    private bool Prepare(PortalDbContext context)
    {
        if (context.PendingChanges is not null)
        {
            // The second save, which writes the change records themselves.
            return false;
        }

        var now = clock.GetUtcNow();
        var pending = new List<PendingChange>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is Entity entity)
            {
                Stamp(entry, entity, now);
            }

            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !Unaudited.Contains(entry.Metadata.ClrType))
            {
                var fields = Describe(entry);

                // An update that only touched hidden fields (a sign-in time, a stamp) says nothing to a reader.
                if (entry.State != EntityState.Modified || fields.Count > 0)
                {
                    pending.Add(new PendingChange(entry, Kind(entry.State), fields));
                }
            }
        }

        if (pending.Count == 0)
        {
            return false;
        }

        context.PendingChanges = pending;
        return context.Database.CurrentTransaction is null;
    }

    private static void Stamp(EntityEntry entry, Entity entity, DateTimeOffset now)
    {
        if (entry.State == EntityState.Added)
        {
            entity.CreatedAt = now;
            entity.UpdatedAt = now;
            entity.Version = Guid.NewGuid();
        }
        else if (entry.State == EntityState.Modified)
        {
            entity.UpdatedAt = now;
            entity.Version = Guid.NewGuid();
        }

        if (entry.State is EntityState.Added or EntityState.Modified && entity is ISearchable searchable)
        {
            searchable.RefreshSearchText();
        }
    }

    /// <summary>Turns the noted changes into records now that new rows have keys; true when there are any.</summary>
    private bool Complete(PortalDbContext context)
    {
        if (context.PendingChanges is not { Count: > 0 } pending || pending[0].Written)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        foreach (var change in pending)
        {
            context.ChangeRecords.Add(new ChangeRecord
            {
                At = now,
                UserId = context.Actor.UserId,
                Actor = context.Actor.Name,
                EntityType = change.Entry.Metadata.ClrType.Name,
                EntityId = KeyOf(change.Entry),
                Kind = change.Kind,
                Fields = change.Kind == ChangeKind.Created ? FieldsAfterInsert(change) : change.Fields,
            });
        }

        pending[0].Written = true;
        return true;
    }

    private static void Finish(PortalDbContext context, bool commit)
    {
        if (commit)
        {
            context.AuditTransaction?.Commit();
        }

        context.AuditTransaction?.Dispose();
        context.AuditTransaction = null;
        context.PendingChanges = null;
    }

    private static void Abandon(PortalDbContext context)
    {
        context.AuditTransaction?.Rollback();
        context.AuditTransaction?.Dispose();
        context.AuditTransaction = null;

        // Records queued by a failed second save must not linger for the caller's next attempt.
        foreach (var record in context.ChangeTracker.Entries<ChangeRecord>().Where(e => e.State == EntityState.Added).ToList())
        {
            record.State = EntityState.Detached;
        }

        context.PendingChanges = null;
    }

    private static ChangeKind Kind(EntityState state) => state switch
    {
        EntityState.Added => ChangeKind.Created,
        EntityState.Deleted => ChangeKind.Deleted,
        _ => ChangeKind.Updated,
    };

    private static List<FieldChange> Describe(EntityEntry entry)
    {
        var fields = new List<FieldChange>();
        foreach (var property in entry.Properties)
        {
            if (HiddenFields.Contains(property.Metadata.Name) || property.Metadata.IsShadowProperty() && property.Metadata.IsForeignKey() is false)
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    fields.Add(new FieldChange(property.Metadata.Name, Text(property.OriginalValue), Text(property.CurrentValue)));
                    break;
                case EntityState.Deleted:
                    fields.Add(new FieldChange(property.Metadata.Name, Text(property.OriginalValue), null));
                    break;
            }
        }

        return fields;
    }

    /// <summary>A new row's values, read after the save so that generated keys and foreign keys are filled in.</summary>
    private static List<FieldChange> FieldsAfterInsert(PendingChange change) =>
        change.Entry.Properties
            .Where(p => !HiddenFields.Contains(p.Metadata.Name) && !p.Metadata.IsPrimaryKey() && p.CurrentValue is not null)
            .Select(p => new FieldChange(p.Metadata.Name, null, Text(p.CurrentValue)))
            .Where(f => f.New is { Length: > 0 })
            .ToList();

    private static string KeyOf(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));

    internal static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

internal sealed class PendingChange(EntityEntry entry, ChangeKind kind, List<FieldChange> fields)
{
    public EntityEntry Entry { get; } = entry;

    public ChangeKind Kind { get; } = kind;

    public List<FieldChange> Fields { get; } = fields;

    public bool Written { get; set; }
}
