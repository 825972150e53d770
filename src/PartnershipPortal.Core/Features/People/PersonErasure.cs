using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.People;

/// <summary>
/// Erases a person's personal data on request (administrators only): the name, the original-script name
/// and the contact details are replaced by a marker in the record and in every earlier value the history
/// kept, in one transaction. What does not identify them stays (their position, that they were a member
/// of a delegation, that the delegation had 15 members).
/// </summary>
public sealed class PersonErasure(IDbContextFactory<PortalDbContext> contexts)
{
    public const string Marker = "[erased]";

    private static readonly HashSet<string> IdentifyingFields = new(StringComparer.Ordinal)
    {
        nameof(Person.FullName), nameof(Person.OriginalScriptName), nameof(Person.Email), nameof(Person.Phone),
    };

    public async Task<SaveOutcome> EraseAsync(ClaimsPrincipal user, int personId, CancellationToken cancellationToken = default)
    {
        if (!PortalAccess.CanAdminister(user))
        {
            return SaveOutcome.Forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return SaveOutcome.NotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        person.FullName = Marker;
        person.OriginalScriptName = null;
        person.Email = null;
        person.Phone = null;
        await db.SaveChangesAsync(cancellationToken);

        // The save just recorded the old name too: every record of this person is rewritten, that one included.
        var key = personId.ToString(CultureInfo.InvariantCulture);
        var records = await db.ChangeRecords.Where(c => c.EntityType == nameof(Person) && c.EntityId == key).ToListAsync(cancellationToken);
        foreach (var record in records)
        {
            record.Fields = record.Fields
                .Select(f => IdentifyingFields.Contains(f.Field) ? f with { Old = f.Old is null ? null : Marker, New = f.New is null ? null : Marker } : f)
                .ToList();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveOutcome.Saved(person.Id, person.Version);
    }
}
