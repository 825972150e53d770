using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.People;

/// <summary>Reads the people the office deals with: the list and a person's page.</summary>
public sealed class PersonService(IDbContextFactory<PortalDbContext> contexts)
{
    public static readonly SortMap<Person> Sorts = new SortMap<Person>(p => p.Id)
        .Add("name", p => p.FullName, isDefault: true)
        .Add("position", p => p.Position)
        .Add("institution", p => p.Institution!.Name)
        .Add("email", p => p.Email);

    public async Task<Page<PersonRow>> ListAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.People.AsNoTracking();
        var text = request.FoldedText;
        if (text.Length > 0)
        {
            query = query.Where(p => p.SearchText.Contains(text) || p.Institution!.SearchText.Contains(text));
        }

        return await query.ToPageAsync(Sorts, request, p => new PersonRow(
            p.Id, p.FullName, p.OriginalScriptName, p.Position, p.InstitutionId, p.Institution!.Name, p.Email, p.IsArchived), cancellationToken);
    }

    /// <summary>People whose names match, for pickers; archived people are left out.</summary>
    public async Task<IReadOnlyList<PersonLink>> PickAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var folded = SearchFolding.Fold(text);
        return await db.People.AsNoTracking()
            .Where(p => !p.IsArchived && (folded.Length == 0 || p.SearchText.Contains(folded)))
            .OrderBy(p => p.FullName).ThenBy(p => p.Id)
            .Take(20)
            .Select(p => new PersonLink(p.Id, p.FullName, p.Position))
            .ToListAsync(cancellationToken);
    }

    public async Task<PersonProfile?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var person = await db.People.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.FullName, p.OriginalScriptName, p.Position, p.InstitutionId, InstitutionName = p.Institution!.Name,
                p.UnitId, UnitName = p.Unit!.Name, p.Email, p.Phone, p.IsArchived,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var asMember = await db.Visits.AsNoTracking()
            .Where(v => v.Delegation!.Members.Any(m => m.PersonId == id))
            .Select(v => new PersonVisit(v.Id, v.Title, v.StartDate, v.EndDate, v.Status,
                v.Delegation!.Members.Where(m => m.PersonId == id).Select(m => m.RoleInDelegation).FirstOrDefault() ?? "Delegation member", false))
            .ToListAsync(cancellationToken);
        var asHost = await db.Visits.AsNoTracking()
            .Where(v => v.Hosts.Any(h => h.PersonId == id))
            .Select(v => new PersonVisit(v.Id, v.Title, v.StartDate, v.EndDate, v.Status, "Host", true))
            .ToListAsync(cancellationToken);
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.ResponsiblePersonId == id)
            .OrderBy(a => a.Title)
            .Select(a => new AgreementLink(a.Id, a.Title, a.Kind, a.Status, a.ExpiresOn))
            .ToListAsync(cancellationToken);

        return new PersonProfile(
            person.Id, person.FullName, person.OriginalScriptName, person.Position,
            person.InstitutionId is null ? null : new InstitutionLink(person.InstitutionId.Value, person.InstitutionName),
            person.UnitName, person.Email, person.Phone, person.IsArchived,
            asMember.Concat(asHost).OrderByDescending(v => v.StartDate).ThenByDescending(v => v.Id).ToList(),
            agreements);
    }
}

public sealed record PersonRow(
    int Id, string FullName, string? OriginalScriptName, string? Position, int? InstitutionId, string? InstitutionName, string? Email, bool IsArchived);

public sealed record PersonProfile(
    int Id, string FullName, string? OriginalScriptName, string? Position, InstitutionLink? Institution, string? Unit,
    string? Email, string? Phone, bool IsArchived, IReadOnlyList<PersonVisit> Visits, IReadOnlyList<AgreementLink> ResponsibleFor);

/// <summary>A visit a person took part in, and in what capacity.</summary>
public sealed record PersonVisit(int Id, string Title, DateOnly StartDate, DateOnly EndDate, VisitStatus Status, string Capacity, bool AsHost);
