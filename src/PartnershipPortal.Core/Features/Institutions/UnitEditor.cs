using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Institutions;

/// <summary>Adds units to institutions and facilities to units; names are unique within their parent.</summary>
public sealed class UnitEditor(IDbContextFactory<PortalDbContext> contexts, IValidator<UnitInput> units, IValidator<FacilityInput> facilities)
{
    public async Task<SaveOutcome> AddUnitAsync(ClaimsPrincipal user, UnitInput input, CancellationToken cancellationToken = default)
    {
        if (await Saving.RefusalAsync(user, units, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var institution = await db.Institutions.Include(i => i.Units).SingleOrDefaultAsync(i => i.Id == input.InstitutionId, cancellationToken);
        if (institution is null)
        {
            return SaveOutcome.NotFound;
        }

        var name = input.Name.Trim();
        if (institution.Units.Any(u => SearchFolding.Key(u.Name) == SearchFolding.Key(name)))
        {
            return SaveOutcome.Invalid(nameof(UnitInput.Name), $"{institution.Name} already has a unit called {name}.");
        }

        var unit = institution.AddUnit(name, input.Kind);
        unit.OriginalName = Saving.Clean(input.OriginalName);
        return await Saving.CommitAsync(db, unit, cancellationToken);
    }

    public async Task<SaveOutcome> AddFacilityAsync(ClaimsPrincipal user, FacilityInput input, CancellationToken cancellationToken = default)
    {
        if (await Saving.RefusalAsync(user, facilities, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var unit = await db.Units.Include(u => u.Facilities).SingleOrDefaultAsync(u => u.Id == input.UnitId, cancellationToken);
        if (unit is null)
        {
            return SaveOutcome.NotFound;
        }

        var name = input.Name.Trim();
        if (unit.Facilities.Any(f => SearchFolding.Key(f.Name) == SearchFolding.Key(name)))
        {
            return SaveOutcome.Invalid(nameof(FacilityInput.Name), $"{unit.Name} already has a facility called {name}.");
        }

        var facility = unit.AddFacility(name, Saving.Clean(input.Description));
        return await Saving.CommitAsync(db, facility, cancellationToken);
    }
}
