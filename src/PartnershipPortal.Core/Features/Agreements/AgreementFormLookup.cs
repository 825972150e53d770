using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Institutions;

namespace PartnershipPortal.Core.Features.Agreements;

/// <summary>
/// What the agreement form and the list's filters offer to choose from, and the names of what an input
/// already names, so that a form loaded for editing shows records rather than ids.
/// </summary>
public sealed class AgreementFormLookup(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>The units of the home institution: one of them is responsible for an agreement.</summary>
    public async Task<IReadOnlyList<UnitSummary>> HomeUnitsAsync(int? keepId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Units.AsNoTracking()
            .Where(u => u.Institution!.IsHome && (!u.IsArchived || u.Id == keepId))
            .OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Select(u => new UnitSummary(u.Id, u.Name, u.Kind, Array.Empty<string>()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The people of one institution, who may sign for it; archived people are left out.</summary>
    public async Task<IReadOnlyList<PersonLink>> PeopleOfAsync(int institutionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.People.AsNoTracking()
            .Where(p => p.InstitutionId == institutionId && !p.IsArchived)
            .OrderBy(p => p.FullName).ThenBy(p => p.Id)
            .Select(p => new PersonLink(p.Id, p.FullName, p.Position))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FrameworkChoice>> FrameworksAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Frameworks.AsNoTracking()
            .OrderBy(f => f.Name).ThenBy(f => f.Id)
            .Select(f => new FrameworkChoice(f.Id, f.Name, f.Acronym))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The enabled accounts, one of which receives an agreement's expiry reminders.</summary>
    public async Task<IReadOnlyList<AccountChoice>> AccountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled)
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new AccountChoice(u.Id, u.DisplayName, u.Email))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Visits whose titles match, newest first, for linking an agreement to the visits that led to it.</summary>
    public async Task<IReadOnlyList<VisitChoice>> PickVisitsAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var folded = SearchFolding.Fold(text);
        return await db.Visits.AsNoTracking()
            .Where(v => folded.Length == 0 || v.SearchText.Contains(folded) || v.HostInstitution!.SearchText.Contains(folded))
            .OrderByDescending(v => v.StartDate).ThenByDescending(v => v.Id)
            .Take(20)
            .Select(v => new VisitChoice(v.Id, v.Title, v.StartDate))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The names of the institutions, people and visits an input names; a form adds those the user picks.</summary>
    public async Task<AgreementFormNames> NamesAsync(AgreementInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var institutionIds = input.Parties.Select(p => p.InstitutionId).ToList();
        var personIds = input.Parties.SelectMany(p => p.Signatories).Select(s => s.PersonId)
            .Append(input.ResponsiblePersonId).OfType<int>().Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var institutions = await db.Institutions.AsNoTracking()
            .Where(i => institutionIds.Contains(i.Id))
            .Select(i => new InstitutionLink(i.Id, i.Name))
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var people = await db.People.AsNoTracking()
            .Where(p => personIds.Contains(p.Id))
            .Select(p => new PersonLink(p.Id, p.FullName, p.Position))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var visits = await db.Visits.AsNoTracking()
            .Where(v => input.VisitIds.Contains(v.Id))
            .Select(v => new VisitChoice(v.Id, v.Title, v.StartDate))
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        return new AgreementFormNames(institutions, people, visits);
    }

    /// <summary>The name of one institution, for a filter that names it in the address.</summary>
    public async Task<InstitutionLink?> InstitutionAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Institutions.AsNoTracking().Where(i => i.Id == id).Select(i => new InstitutionLink(i.Id, i.Name)).SingleOrDefaultAsync(cancellationToken);
    }
}

public sealed record FrameworkChoice(int Id, string Name, string? Acronym);

public sealed record AccountChoice(string Id, string DisplayName, string? Email);

public sealed record VisitChoice(int Id, string Title, DateOnly StartDate);

public sealed record AgreementFormNames(
    Dictionary<int, InstitutionLink> Institutions, Dictionary<int, PersonLink> People, Dictionary<int, VisitChoice> Visits)
{
    public static AgreementFormNames Empty() => new([], [], []);
}
