using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Institutions;

/// <summary>
/// Adds, renames, archives and deletes the units of institutions and the facilities of units; names are unique
/// within their parent. A unit stays with its institution; a facility may move between units of one institution.
/// </summary>
public sealed class UnitEditor(IDbContextFactory<PortalDbContext> contexts, IValidator<UnitInput> units, IValidator<FacilityInput> facilities)
{
    private const string KeepOrArchive = "archive it instead";

    public Task<SaveOutcome> AddUnitAsync(ClaimsPrincipal user, UnitInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, units, input, db => db.Institutions.SingleOrDefaultAsync(i => i.Id == input.InstitutionId, cancellationToken), async (db, institution) =>
        {
            if (await UnitNameRefusalAsync(db, institution, null, input.Name, cancellationToken) is { } taken)
            {
                return taken;
            }

            var unit = institution.AddUnit(input.Name.Trim(), input.Kind);
            unit.OriginalName = Saving.Clean(input.OriginalName);
            return await Saving.CommitAsync(db, unit, cancellationToken);
        }, cancellationToken);

    /// <summary>Renames a unit or changes its kind, against the version the user saw.</summary>
    public Task<SaveOutcome> UpdateUnitAsync(ClaimsPrincipal user, int id, Guid version, UnitInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, units, input, db => db.Units.Include(u => u.Institution).SingleOrDefaultAsync(u => u.Id == id, cancellationToken), async (db, unit) =>
        {
            if (unit.InstitutionId != input.InstitutionId)
            {
                return SaveOutcome.Invalid(nameof(UnitInput.InstitutionId), "A unit stays with its institution; merge the institutions to bring their units together.");
            }

            if (await UnitNameRefusalAsync(db, unit.Institution!, id, input.Name, cancellationToken) is { } taken)
            {
                return taken;
            }

            db.Entry(unit).Property(u => u.Version).OriginalValue = version;
            unit.Name = input.Name.Trim();
            unit.OriginalName = Saving.Clean(input.OriginalName);
            unit.Kind = input.Kind;
            return await Saving.CommitAsync(db, unit, cancellationToken);
        }, cancellationToken);

    /// <summary>Archives a unit (kept and shown as archived, but no longer offered for new records), or restores it.</summary>
    public Task<SaveOutcome> SetUnitArchivedAsync(ClaimsPrincipal user, int id, Guid version, bool archived, CancellationToken cancellationToken = default) =>
        Saving.SetArchivedAsync<OrganisationalUnit>(contexts, user, id, version, archived, cancellationToken);

    /// <summary>Deletes a unit with its facilities (administrators only) when nothing refers to either.</summary>
    public Task<SaveOutcome> DeleteUnitAsync(ClaimsPrincipal user, int id, Guid version, CancellationToken cancellationToken = default) =>
        Deleting.RunAsync<OrganisationalUnit>(
            contexts,
            user,
            id,
            version,
            async (db, _) => Deleting.Refusal(await DirectoryReferences.OfUnitAsync(db, id, cancellationToken), "this unit", KeepOrArchive),
            cancellationToken,
            (db, _) => db.Facilities.Where(f => f.UnitId == id).LoadAsync(cancellationToken));

    public Task<SaveOutcome> AddFacilityAsync(ClaimsPrincipal user, FacilityInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, facilities, input, db => db.Units.SingleOrDefaultAsync(u => u.Id == input.UnitId, cancellationToken), async (db, unit) =>
        {
            if (await FacilityPlaceRefusalAsync(db, unit, null, input.Name, cancellationToken) is { } refused)
            {
                return refused;
            }

            var facility = unit.AddFacility(input.Name.Trim(), Saving.Clean(input.Description));
            return await Saving.CommitAsync(db, facility, cancellationToken);
        }, cancellationToken);

    /// <summary>Renames a facility, changes its description or moves it to another unit of the same institution.</summary>
    public Task<SaveOutcome> UpdateFacilityAsync(ClaimsPrincipal user, int id, Guid version, FacilityInput input, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, facilities, input, db => db.Facilities.Include(f => f.Unit).SingleOrDefaultAsync(f => f.Id == id, cancellationToken), async (db, facility) =>
        {
            var unit = input.UnitId == facility.UnitId ? facility.Unit! : await db.Units.SingleOrDefaultAsync(u => u.Id == input.UnitId, cancellationToken);
            if (unit is null || unit.InstitutionId != facility.Unit!.InstitutionId)
            {
                return SaveOutcome.Invalid(nameof(FacilityInput.UnitId), "Choose a unit of the same institution.");
            }

            if (await FacilityPlaceRefusalAsync(db, unit, facility, input.Name, cancellationToken) is { } refused)
            {
                return refused;
            }

            db.Entry(facility).Property(f => f.Version).OriginalValue = version;
            facility.Unit = unit;
            facility.Name = input.Name.Trim();
            facility.Description = Saving.Clean(input.Description);
            return await Saving.CommitAsync(db, facility, cancellationToken);
        }, cancellationToken);

    /// <summary>Archives a facility (kept and shown as archived, but no longer offered for new records), or restores it.</summary>
    public Task<SaveOutcome> SetFacilityArchivedAsync(ClaimsPrincipal user, int id, Guid version, bool archived, CancellationToken cancellationToken = default) =>
        Saving.SetArchivedAsync<Facility>(contexts, user, id, version, archived, cancellationToken);

    /// <summary>Deletes a facility (administrators only) when no visit's agenda names it.</summary>
    public Task<SaveOutcome> DeleteFacilityAsync(ClaimsPrincipal user, int id, Guid version, CancellationToken cancellationToken = default) =>
        Deleting.RunAsync<Facility>(
            contexts,
            user,
            id,
            version,
            async (db, _) => Deleting.Refusal(await DirectoryReferences.OfFacilityAsync(db, id, cancellationToken), "this facility", KeepOrArchive),
            cancellationToken);

    /// <summary>
    /// The steps every change here shares: the user may edit and the input passes the form's validator; the
    /// record the change starts from still exists; then the change, which saves or says why it will not.
    /// </summary>
    private async Task<SaveOutcome> ChangeAsync<TInput, TRecord>(
        ClaimsPrincipal user,
        IValidator<TInput> validator,
        TInput input,
        Func<PortalDbContext, Task<TRecord?>> load,
        Func<PortalDbContext, TRecord, Task<SaveOutcome>> change,
        CancellationToken cancellationToken)
        where TRecord : Entity
    {
        if (await Saving.RefusalAsync(user, validator, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        return await load(db) is { } record ? await change(db, record) : SaveOutcome.NotFound;
    }

    /// <summary>Refuses a unit name that another unit of the institution already has (ignoring case, accents, spacing, punctuation).</summary>
    private static async Task<SaveOutcome?> UnitNameRefusalAsync(PortalDbContext db, Institution institution, int? exceptId, string name, CancellationToken cancellationToken)
    {
        var key = SearchFolding.Key(name);
        var names = await db.Units.AsNoTracking().Where(u => u.InstitutionId == institution.Id && u.Id != exceptId).Select(u => u.Name).ToListAsync(cancellationToken);
        return names.Any(n => SearchFolding.Key(n) == key)
            ? SaveOutcome.Invalid(nameof(UnitInput.Name), $"{institution.Name} already has a unit called {name.Trim()}.")
            : null;
    }

    /// <summary>
    /// Refuses a facility name another facility of the unit already has, and a new place in an archived unit
    /// (archived units take no new facilities; the facility already there may stay).
    /// </summary>
    private static async Task<SaveOutcome?> FacilityPlaceRefusalAsync(PortalDbContext db, OrganisationalUnit unit, Facility? facility, string name, CancellationToken cancellationToken)
    {
        if (unit.IsArchived && facility?.UnitId != unit.Id)
        {
            return SaveOutcome.Invalid(nameof(FacilityInput.UnitId), $"{unit.Name} is archived; restore it before adding facilities to it.");
        }

        var key = SearchFolding.Key(name);
        var exceptId = facility?.Id;
        var names = await db.Facilities.AsNoTracking().Where(f => f.UnitId == unit.Id && f.Id != exceptId).Select(f => f.Name).ToListAsync(cancellationToken);
        return names.Any(n => SearchFolding.Key(n) == key)
            ? SaveOutcome.Invalid(nameof(FacilityInput.Name), $"{unit.Name} already has a facility called {name.Trim()}.")
            : null;
    }
}
