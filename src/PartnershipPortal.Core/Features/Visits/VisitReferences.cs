using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>
/// The stored records a visit's input names, loaded into the saving context, and the rules only the
/// database can check, each placed beside the row and field it concerns (<c>AgendaItems[2].FacilityId</c>):
/// every chosen record still exists, a host's unit belongs to the host institution, and a toured facility
/// belongs to the host or to an institution the delegation represents.
/// </summary>
internal sealed class VisitReferences
{
    private VisitReferences(Institution? host)
    {
        Host = host;
    }

    public Institution? Host { get; }

    public Dictionary<int, Institution> Institutions { get; } = [];

    public Dictionary<int, Person> People { get; } = [];

    public Dictionary<int, OrganisationalUnit> Units { get; } = [];

    public Dictionary<int, Facility> Facilities { get; } = [];

    public Dictionary<int, FrameworkProgramme> Frameworks { get; } = [];

    public List<ValidationFailure> Failures { get; } = [];

    public static async Task<VisitReferences> LoadAsync(PortalDbContext db, VisitInput input, CancellationToken cancellationToken)
    {
        var host = await db.Institutions.SingleOrDefaultAsync(i => i.Id == input.HostInstitutionId, cancellationToken);
        var references = new VisitReferences(host);
        if (host is null)
        {
            references.Fail(nameof(VisitInput.HostInstitutionId), "The host institution no longer exists; choose another.");
        }

        var delegation = input.Delegation ?? new DelegationInput();
        var institutionIds = delegation.InstitutionIds.Append(input.HostInstitutionId).Distinct().ToList();
        await db.Institutions.Where(i => institutionIds.Contains(i.Id)).ForEachAsync(i => references.Institutions[i.Id] = i, cancellationToken);
        if (delegation.InstitutionIds.Any(id => !references.Institutions.ContainsKey(id)))
        {
            references.Fail($"{nameof(VisitInput.Delegation)}.{nameof(DelegationInput.InstitutionIds)}", "An institution listed no longer exists; choose the institutions again.");
        }

        await references.LoadPeopleAsync(db, input, delegation, cancellationToken);
        await references.LoadUnitsAsync(db, input, cancellationToken);
        await references.LoadFacilitiesAsync(db, input, delegation, cancellationToken);
        await db.Frameworks.Where(f => input.FrameworkIds.Contains(f.Id)).ForEachAsync(f => references.Frameworks[f.Id] = f, cancellationToken);
        if (input.FrameworkIds.Any(id => !references.Frameworks.ContainsKey(id)))
        {
            references.Fail(nameof(VisitInput.FrameworkIds), "A framework or programme listed no longer exists; choose them again.");
        }

        return references;
    }

    private async Task LoadPeopleAsync(PortalDbContext db, VisitInput input, DelegationInput delegation, CancellationToken cancellationToken)
    {
        var ids = delegation.Members.Select(m => (int?)m.PersonId)
            .Concat(input.Hosts.Select(h => h.PersonId))
            .Concat(input.Quotations.Select(q => q.SpeakerPersonId))
            .OfType<int>().Distinct().ToList();
        await db.People.Include(p => p.Institution).Include(p => p.Unit)
            .Where(p => ids.Contains(p.Id))
            .ForEachAsync(p => People[p.Id] = p, cancellationToken);
        const string gone = "This person no longer exists; choose again.";
        var members = $"{nameof(VisitInput.Delegation)}.{nameof(DelegationInput.Members)}";
        FailEach(delegation.Members, m => m.PersonId, members, nameof(DelegationMemberInput.PersonId), gone);
        FailEach(input.Hosts, h => h.PersonId, nameof(VisitInput.Hosts), nameof(VisitHostInput.PersonId), gone);
        FailEach(input.Quotations, q => q.SpeakerPersonId, nameof(VisitInput.Quotations), nameof(QuotationInput.SpeakerPersonId), gone);
    }

    private async Task LoadUnitsAsync(PortalDbContext db, VisitInput input, CancellationToken cancellationToken)
    {
        var ids = input.Hosts.Select(h => h.UnitId).OfType<int>().Distinct().ToList();
        await db.Units.Where(u => ids.Contains(u.Id)).ForEachAsync(u => Units[u.Id] = u, cancellationToken);
        for (var i = 0; i < input.Hosts.Count; i++)
        {
            // A host's own unit is accepted too: it is what a host recorded without a unit is given.
            var own = input.Hosts[i].PersonId is int personId && People.TryGetValue(personId, out var person) ? person.UnitId : null;
            if (input.Hosts[i].UnitId is int unitId && (!Units.TryGetValue(unitId, out var unit) || (unit.InstitutionId != input.HostInstitutionId && unitId != own)))
            {
                Fail(nameof(VisitInput.Hosts), i, nameof(VisitHostInput.UnitId), "Choose a unit of the host institution.");
            }
        }
    }

    private async Task LoadFacilitiesAsync(PortalDbContext db, VisitInput input, DelegationInput delegation, CancellationToken cancellationToken)
    {
        var ids = input.AgendaItems.Select(a => a.FacilityId).OfType<int>().Distinct().ToList();
        await db.Facilities.Include(f => f.Unit!).ThenInclude(u => u.Institution)
            .Where(f => ids.Contains(f.Id))
            .ForEachAsync(f => Facilities[f.Id] = f, cancellationToken);

        // A member's institution is represented by the member, even when the form did not list it.
        var involved = delegation.InstitutionIds
            .Concat(People.Values.Where(p => delegation.Members.Any(m => m.PersonId == p.Id)).Select(p => p.InstitutionId).OfType<int>())
            .Append(input.HostInstitutionId)
            .ToHashSet();
        for (var i = 0; i < input.AgendaItems.Count; i++)
        {
            if (input.AgendaItems[i].FacilityId is not int facilityId)
            {
                continue;
            }

            if (!Facilities.TryGetValue(facilityId, out var facility))
            {
                Fail(nameof(VisitInput.AgendaItems), i, nameof(AgendaItemInput.FacilityId), "This facility no longer exists; choose again.");
            }
            else if (!involved.Contains(facility.Unit!.InstitutionId))
            {
                Fail(nameof(VisitInput.AgendaItems), i, nameof(AgendaItemInput.FacilityId),
                    $"The {facility.Name} belongs to {facility.Unit.Institution!.Name}, which neither hosts the visit nor is represented in the delegation.");
            }
        }
    }

    private void FailEach<TRow>(List<TRow> rows, Func<TRow, int?> personId, string list, string property, string message)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (personId(rows[i]) is int id && !People.ContainsKey(id))
            {
                Fail(list, i, property, message);
            }
        }
    }

    private void Fail(string list, int index, string property, string message) =>
        Failures.Add(ValidationRules.RowFailure(list, index, property, $"{list}.{property}.Refused", message, null));

    private void Fail(string property, string message) => Failures.Add(new ValidationFailure(property, message));
}
