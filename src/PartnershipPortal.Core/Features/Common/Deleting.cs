using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;

namespace PartnershipPortal.Core.Features.Common;

/// <summary>
/// Records of one kind that refer to the record about to be deleted ("3 visits"). Counted before a deletion,
/// because deleting a record that others name would orphan them or silently blank the reference.
/// </summary>
public sealed record RecordReference(int Count, string One, string Many)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} {(Count == 1 ? One : Many)}");
}

/// <summary>
/// What deleting a directory record outright always does: only administrators, against the version they saw,
/// refused while other records refer to it (saying which, and what to do instead), and otherwise removed in one
/// save, so the change history records the deletion of the record and of the parts that go with it.
/// </summary>
public static class Deleting
{
    /// <summary>The key under which a refused deletion's message comes back.</summary>
    public const string Field = "Record";

    public static async Task<SaveOutcome> RunAsync<T>(
        IDbContextFactory<PortalDbContext> contexts,
        ClaimsPrincipal user,
        int id,
        Guid version,
        Func<PortalDbContext, T, Task<string?>> refusal,
        CancellationToken cancellationToken,
        Func<PortalDbContext, T, Task>? loadParts = null)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(refusal);
        if (!PortalAccess.CanAdminister(user))
        {
            return SaveOutcome.Forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var record = await db.Set<T>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return SaveOutcome.NotFound;
        }

        if (await refusal(db, record) is { } message)
        {
            return SaveOutcome.Invalid(Field, message);
        }

        // Parts deleted with the record (an institution's units and their facilities) are loaded, so that
        // their deletion is in the history too rather than done unseen by the database's cascade.
        if (loadParts is not null)
        {
            await loadParts(db, record);
        }

        db.Entry(record).Property(r => r.Version).OriginalValue = version;
        db.Remove(record);
        return await Saving.CommitAsync(db, record, cancellationToken);
    }

    /// <summary>
    /// Null when nothing refers to the record; otherwise "3 visits, 1 agreement refer to this institution — merge
    /// it into another record or archive it instead." ("1 visit refers …" when there is just one).
    /// </summary>
    public static string? Refusal(IReadOnlyList<RecordReference> references, string what, string instead)
    {
        ArgumentNullException.ThrowIfNull(references);
        var found = references.Where(r => r.Count > 0).ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var verb = found.Count == 1 && found[0].Count == 1 ? "refers" : "refer";
        return $"{string.Join(", ", found)} {verb} to {what} — {instead}.";
    }
}
