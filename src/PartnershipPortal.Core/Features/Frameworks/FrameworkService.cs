using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Frameworks;

/// <summary>The frameworks, programmes and projects visits and agreements are recorded under; new ones are added from the visit form.</summary>
public sealed class FrameworkService(IDbContextFactory<PortalDbContext> contexts, IValidator<FrameworkInput> validator)
{
    /// <summary>Every framework, by name: there are a few dozen at most, so pickers hold them all.</summary>
    public async Task<IReadOnlyList<FrameworkOption>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Frameworks.AsNoTracking()
            .OrderBy(f => f.Name).ThenBy(f => f.Id)
            .Select(f => new FrameworkOption(f.Id, f.Name, f.Acronym, f.Kind))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Records a framework; a second one of the same name (ignoring case, accents and punctuation) is refused.</summary>
    public async Task<SaveOutcome> CreateAsync(ClaimsPrincipal user, FrameworkInput input, CancellationToken cancellationToken = default)
    {
        if (await Saving.RefusalAsync(user, validator, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var name = input.Name.Trim();
        var key = SearchFolding.Key(name);
        var names = await db.Frameworks.AsNoTracking().Select(f => f.Name).ToListAsync(cancellationToken);
        if (names.Exists(n => SearchFolding.Key(n) == key))
        {
            return SaveOutcome.Invalid(nameof(FrameworkInput.Name), $"{name} is already recorded; choose it from the list.");
        }

        if (input.OwnerInstitutionId is int ownerId && !await db.Institutions.AnyAsync(i => i.Id == ownerId, cancellationToken))
        {
            return SaveOutcome.Invalid(nameof(FrameworkInput.OwnerInstitutionId), "The institution no longer exists; choose another.");
        }

        var framework = new FrameworkProgramme
        {
            Name = name,
            Acronym = Saving.Clean(input.Acronym),
            Kind = input.Kind,
            Description = Saving.Clean(input.Description),
            OwnerInstitutionId = input.OwnerInstitutionId,
        };
        db.Frameworks.Add(framework);
        return await Saving.CommitAsync(db, framework, cancellationToken);
    }
}

public sealed record FrameworkOption(int Id, string Name, string? Acronym, FrameworkKind Kind);
