using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.People;

/// <summary>Creates, changes and archives people; warns of likely duplicates before a new one is saved.</summary>
public sealed class PersonEditor(IDbContextFactory<PortalDbContext> contexts, IValidator<PersonInput> validator)
{
    public async Task<(PersonInput Input, Guid Version, InstitutionLink? Institution)?> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => new
        {
            Input = new PersonInput
            {
                FullName = p.FullName,
                OriginalScriptName = p.OriginalScriptName,
                Position = p.Position,
                InstitutionId = p.InstitutionId,
                UnitId = p.UnitId,
                Email = p.Email,
                Phone = p.Phone,
            },
            p.Version,
            InstitutionName = p.Institution!.Name,
        }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var institution = found.Input.InstitutionId is int institutionId ? new InstitutionLink(institutionId, found.InstitutionName) : null;
        return (found.Input, found.Version, institution);
    }

    /// <summary>
    /// People who are probably the same as the one being entered: the same name (ignoring case, accents,
    /// spacing and punctuation) at the same institution, or the same e-mail address.
    /// </summary>
    public async Task<IReadOnlyList<PersonLink>> FindDuplicatesAsync(PersonInput input, int? exceptId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = SearchFolding.Key(input.FullName);
        var email = Saving.Clean(input.Email)?.ToLowerInvariant();
        var candidates = await db.People.AsNoTracking()
            .Where(p => p.Id != exceptId && ((input.InstitutionId != null && p.InstitutionId == input.InstitutionId) || (email != null && p.Email != null && p.Email.ToLower() == email)))
            .Select(p => new { p.Id, p.FullName, p.Position, p.Email, p.InstitutionId })
            .ToListAsync(cancellationToken);
        return candidates
            .Where(p => (p.InstitutionId == input.InstitutionId && SearchFolding.Key(p.FullName) == key)
                || (email is not null && string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase)))
            .Select(p => new PersonLink(p.Id, p.FullName, p.Position))
            .ToList();
    }

    /// <summary>Archives a person (kept, readable and in history, but left out of pickers), or restores them.</summary>
    public Task<SaveOutcome> SetArchivedAsync(ClaimsPrincipal user, int id, Guid version, bool archived, CancellationToken cancellationToken = default) =>
        Saving.SetArchivedAsync<Person>(contexts, user, id, version, archived, cancellationToken);

    /// <summary>
    /// Deletes a person outright (administrators only) when no visit, delegation, agreement or follow-up names
    /// them; otherwise says what does, so the administrator can merge or archive instead.
    /// </summary>
    public Task<SaveOutcome> DeleteAsync(ClaimsPrincipal user, int id, Guid version, CancellationToken cancellationToken = default) =>
        Deleting.RunAsync<Person>(
            contexts,
            user,
            id,
            version,
            async (db, _) => Deleting.Refusal(await ReferencesAsync(db, id, cancellationToken), "this person", "merge the record into another or archive it instead"),
            cancellationToken);

    private static async Task<IReadOnlyList<RecordReference>> ReferencesAsync(PortalDbContext db, int id, CancellationToken cancellationToken)
    {
        var visits = await db.Visits.CountAsync(
            v => v.Hosts.Any(h => h.PersonId == id)
                || v.Quotations.Any(q => q.SpeakerPersonId == id)
                || v.Delegation!.HeadPersonId == id
                || v.Delegation!.Members.Any(m => m.PersonId == id),
            cancellationToken);

        // Delegations on a visit are counted with the visit.
        var delegations = await db.Delegations.CountAsync(
            d => (d.HeadPersonId == id || d.Members.Any(m => m.PersonId == id)) && !db.Visits.Any(v => v.DelegationId == d.Id),
            cancellationToken);
        var agreements = await db.Agreements.CountAsync(
            a => a.ResponsiblePersonId == id || a.Parties.Any(p => p.Signatories.Any(s => s.PersonId == id)), cancellationToken);
        var followUps = await db.FollowUps.CountAsync(f => f.OwnerPersonId == id, cancellationToken);
        return
        [
            new(visits, "visit", "visits"),
            new(delegations, "delegation", "delegations"),
            new(agreements, "agreement", "agreements"),
            new(followUps, "follow-up", "follow-ups"),
        ];
    }

    public Task<SaveOutcome> CreateAsync(ClaimsPrincipal user, PersonInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(user, null, default, input, cancellationToken);

    public Task<SaveOutcome> UpdateAsync(ClaimsPrincipal user, int id, Guid version, PersonInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(user, id, version, input, cancellationToken);

    private async Task<SaveOutcome> SaveAsync(ClaimsPrincipal user, int? id, Guid version, PersonInput input, CancellationToken cancellationToken)
    {
        if (await Saving.RefusalAsync(user, validator, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        if (input.InstitutionId is int institutionId && !await db.Institutions.AnyAsync(i => i.Id == institutionId, cancellationToken))
        {
            return SaveOutcome.Invalid(nameof(PersonInput.InstitutionId), "The institution no longer exists; choose another.");
        }

        if (input.UnitId is int unitId && !await db.Units.AnyAsync(u => u.Id == unitId && u.InstitutionId == input.InstitutionId, cancellationToken))
        {
            return SaveOutcome.Invalid(nameof(PersonInput.UnitId), "Choose a unit of the person's institution.");
        }

        var person = await Saving.NewOrStoredAsync(db, db.People, id, version, cancellationToken);
        if (person is null)
        {
            return SaveOutcome.NotFound;
        }

        person.FullName = input.FullName.Trim();
        person.OriginalScriptName = Saving.Clean(input.OriginalScriptName);
        person.Position = Saving.Clean(input.Position);
        person.InstitutionId = input.InstitutionId;
        person.UnitId = input.UnitId;
        person.Email = Saving.Clean(input.Email);
        person.Phone = Saving.Clean(input.Phone);
        return await Saving.CommitAsync(db, person, cancellationToken);
    }
}
