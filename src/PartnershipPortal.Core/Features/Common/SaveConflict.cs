using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Common;

/// <summary>
/// What a user needs when their save met a newer version: who changed the record and when, and each field
/// where their value and the stored one differ, so they can reload or keep their values and save again.
/// </summary>
public sealed record SaveConflict(string RecordType, string RecordId, string? ChangedBy, DateTimeOffset? ChangedAt, IReadOnlyList<FieldConflict> Fields, bool Deleted)
{
    /// <summary>The version now stored: saving again against it keeps the user's values.</summary>
    public Guid? StoredVersion { get; init; }

    /// <summary>Describes the first conflicting entry of a failed save, reading the stored values and the history.</summary>
    public static async Task<SaveConflict> DescribeAsync(PortalDbContext db, DbUpdateConcurrencyException exception, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(exception);
        var entry = exception.Entries[0];
        var type = entry.Metadata.ClrType.Name;
        var id = string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => AuditingInterceptor.Text(entry.Property(p.Name).CurrentValue)));
        var stored = await entry.GetDatabaseValuesAsync(cancellationToken);
        var latest = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.EntityType == type && c.EntityId == id)
            .OrderByDescending(c => c.Id)
            .Select(c => new { c.Actor, c.At })
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return new SaveConflict(type, id, latest?.Actor, latest?.At, [], Deleted: true);
        }

        var fields = entry.Properties
            .Where(p => p.IsModified && p.Metadata.Name is not nameof(Entity.Version) and not nameof(Entity.UpdatedAt) and not nameof(ISearchable.SearchText))
            .Select(p => new FieldConflict(p.Metadata.Name, AuditingInterceptor.Text(p.CurrentValue), AuditingInterceptor.Text(stored[p.Metadata])))
            .Where(f => f.Yours != f.Stored)
            .ToList();
        var version = entry.Metadata.FindProperty(nameof(Entity.Version)) is { } versionProperty ? stored[versionProperty] as Guid? : null;
        return new SaveConflict(type, id, latest?.Actor, latest?.At, fields, Deleted: false) { StoredVersion = version };
    }

    public string Describe()
    {
        var when = ChangedAt?.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "meanwhile";
        var who = ChangedBy ?? "someone else";
        return Deleted
            ? $"{who} deleted this record ({when}) while you were editing it."
            : $"{who} changed this record ({when}) while you were editing it. Fields that differ: {string.Join(", ", Fields.Select(f => f.Field))}.";
    }
}

/// <summary>A field whose value in the user's form differs from the one stored by the other save.</summary>
public sealed record FieldConflict(string Field, string? Yours, string? Stored);
