using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>
/// What the visit form shows beside the ids it holds: names of the institutions, people, units and
/// facilities chosen, the people to choose from with their institutions, and the facilities that can be
/// toured (those of the host and of the institutions in the delegation).
/// </summary>
public sealed class VisitFormLookup(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>Names for every record the input refers to; records since deleted are simply missing.</summary>
    public async Task<VisitFormNames> NamesAsync(VisitInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var delegation = input.Delegation ?? new DelegationInput();
        var institutionIds = delegation.InstitutionIds.Append(input.HostInstitutionId).Distinct().ToList();
        var personIds = delegation.Members.Select(m => (int?)m.PersonId)
            .Concat(input.Hosts.Select(h => h.PersonId))
            .Concat(input.Quotations.Select(q => q.SpeakerPersonId))
            .OfType<int>().Distinct().ToList();
        var unitIds = input.Hosts.Select(h => h.UnitId).OfType<int>().Distinct().ToList();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var institutions = await db.Institutions.AsNoTracking()
            .Where(i => institutionIds.Contains(i.Id))
            .Select(i => new InstitutionOption(i.Id, i.Name, i.CountryCode, i.Kind))
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var people = await PeopleQuery(db.People.Where(p => personIds.Contains(p.Id))).ToDictionaryAsync(p => p.Id, cancellationToken);
        var units = await db.Units.AsNoTracking()
            .Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return new VisitFormNames(institutions, people, units);
    }

    public async Task<InstitutionOption?> InstitutionAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Institutions.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new InstitutionOption(i.Id, i.Name, i.CountryCode, i.Kind))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>People whose names, positions or institutions match, with their institution, for pickers.</summary>
    public async Task<IReadOnlyList<PersonOption>> PickPeopleAsync(string? text, CancellationToken cancellationToken = default)
    {
        var folded = SearchFolding.Fold(text);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PeopleQuery(db.People.Where(p => !p.IsArchived && (folded.Length == 0 || p.SearchText.Contains(folded) || p.Institution!.SearchText.Contains(folded)))
                .OrderBy(p => p.FullName).ThenBy(p => p.Id)
                .Take(20))
            .ToListAsync(cancellationToken);
    }

    public async Task<PersonOption?> PersonAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PeopleQuery(db.People.Where(p => p.Id == id)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The facilities of these institutions that are not archived, by institution, unit and name.</summary>
    public async Task<IReadOnlyList<FacilityOption>> FacilitiesAsync(IReadOnlyCollection<int> institutionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(institutionIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Facilities.AsNoTracking()
            .Where(f => !f.IsArchived && institutionIds.Contains(f.Unit!.InstitutionId))
            .OrderBy(f => f.Unit!.Institution!.Name).ThenBy(f => f.Unit!.Name).ThenBy(f => f.Name)
            .Select(f => new FacilityOption(f.Id, f.Name, f.Unit!.Name, f.Unit.InstitutionId, f.Unit.Institution!.Name))
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<PersonOption> PeopleQuery(IQueryable<Person> people) => people.AsNoTracking()
        .Select(p => new PersonOption(p.Id, p.FullName, p.Position, p.InstitutionId, p.Institution!.Name));
}

public sealed record InstitutionOption(int Id, string Name, string CountryCode, InstitutionKind Kind);

/// <summary>Someone to choose, shown as "Mashekenova Assiya — Vice President, East Kazakhstan Technical University".</summary>
public sealed record PersonOption(int Id, string FullName, string? Position, int? InstitutionId, string? Institution)
{
    public string Describe() =>
        string.Join(", ", new[] { Position, Institution }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } details ? $"{FullName} — {details}" : FullName;
}

public sealed record FacilityOption(int Id, string Name, string Unit, int InstitutionId, string Institution);

public sealed record VisitFormNames(
    IReadOnlyDictionary<int, InstitutionOption> Institutions, IReadOnlyDictionary<int, PersonOption> People, IReadOnlyDictionary<int, string> Units);
