using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>
/// Between a stored visit and the form's input. Applying goes through the entities' own methods, so their
/// invariants hold; rows that stores keep unique (members, represented institutions, fields, frameworks) are
/// matched and kept rather than removed and added again.
/// </summary>
internal static class VisitInputMapping
{
    public static VisitInput From(Visit visit) => new()
    {
        Title = visit.Title,
        Direction = visit.Direction,
        StartDate = visit.StartDate,
        EndDate = visit.EndDate,
        TimeZoneId = visit.TimeZoneId,
        HostInstitutionId = visit.HostInstitutionId,
        Place = visit.Place,
        Status = visit.Status,
        Summary = visit.Summary,
        Delegation = visit.Delegation is { } delegation ? From(delegation) : null,
        Hosts = visit.Hosts.OrderBy(h => h.Order)
            .Select(h => new VisitHostInput { PersonId = h.PersonId, RoleDescription = h.RoleDescription, UnitId = h.UnitId, LeadsTalks = h.LeadsTalks })
            .ToList(),
        AgendaItems = visit.AgendaItems.OrderBy(a => a.Date).ThenBy(a => a.Order)
            .Select(a => new AgendaItemInput
            {
                Date = a.Date, StartTime = a.StartTime, EndTime = a.EndTime, Kind = a.Kind, Title = a.Title, Notes = a.Notes, FacilityId = a.FacilityId,
            })
            .ToList(),
        FieldsOfInterest = visit.FieldsOfInterest.OrderBy(f => f.Order)
            .Select(f => new FieldOfInterestInput { IscedCode = f.IscedCode, Wording = f.Wording })
            .ToList(),
        CooperationInterests = visit.CooperationInterests.OrderBy(c => c.Order)
            .Select(c => new CooperationInterestInput { Kind = c.Kind, Wording = c.Wording })
            .ToList(),
        FrameworkIds = visit.Frameworks.Select(f => f.FrameworkId).Order().ToList(),
        Outcomes = visit.Outcomes.OrderBy(o => o.Order).Select(o => o.Text).ToList(),
        Quotations = visit.Quotations.OrderBy(q => q.Order)
            .Select(q => new QuotationInput { Text = q.Text, SpeakerPersonId = q.SpeakerPersonId, SpeakerDescription = q.SpeakerDescription })
            .ToList(),
    };

    private static DelegationInput From(Delegation delegation) => new()
    {
        Title = delegation.Title,
        DeclaredSize = delegation.DeclaredSize,
        HeadPersonId = delegation.HeadPersonId,
        InstitutionIds = delegation.Institutions.OrderBy(i => i.Order).Select(i => i.InstitutionId).ToList(),
        Members = delegation.Members.OrderBy(m => m.Order)
            .Select(m => new DelegationMemberInput { PersonId = m.PersonId, RoleInDelegation = m.RoleInDelegation })
            .ToList(),
    };

    /// <summary>Writes the input onto the visit; throws <see cref="DomainException"/> when an entity refuses.</summary>
    public static void Apply(VisitInput input, Visit visit, VisitReferences references, PortalDbContext db)
    {
        visit.Title = input.Title.Trim();
        visit.Direction = input.Direction;
        visit.TimeZoneId = input.TimeZoneId;
        visit.HostInstitution = references.Host;
        visit.HostInstitutionId = references.Host!.Id;
        visit.Place = Saving.Clean(input.Place);
        visit.Status = input.Status;
        visit.Summary = Saving.Clean(input.Summary);

        // The agenda goes first, so that moving the dates never meets an item of the old dates.
        visit.AgendaItems.Clear();
        visit.Schedule(input.StartDate!.Value, input.EndDate!.Value);
        ApplyDelegation(input.Delegation, visit, references, db);

        visit.Hosts.Clear();
        foreach (var host in input.Hosts)
        {
            var unit = host.UnitId is int unitId ? references.Units[unitId] : null;
            var role = Saving.Clean(host.RoleDescription);
            if (host.PersonId is int personId)
            {
                visit.AddHost(references.People[personId], unit, host.LeadsTalks).RoleDescription = role;
            }
            else
            {
                visit.AddHostByRole(role!, unit).LeadsTalks = host.LeadsTalks;
            }
        }

        foreach (var item in input.AgendaItems)
        {
            var facility = item.FacilityId is int facilityId ? references.Facilities[facilityId] : null;
            visit.AddAgendaItem(item.Date, item.Kind, item.Title.Trim(), facility, item.StartTime, item.EndTime, Saving.Clean(item.Notes));
        }

        ApplyInterests(input, visit, references);

        visit.Outcomes.Clear();
        foreach (var outcome in input.Outcomes)
        {
            visit.AddOutcome(outcome.Trim());
        }

        visit.Quotations.Clear();
        foreach (var quotation in input.Quotations)
        {
            var speaker = quotation.SpeakerPersonId is int speakerId ? references.People[speakerId] : null;
            visit.AddQuotation(quotation.Text.Trim(), speaker, Saving.Clean(quotation.SpeakerDescription));
        }
    }

    private static void ApplyInterests(VisitInput input, Visit visit, VisitReferences references)
    {
        var codes = input.FieldsOfInterest.Select(f => f.IscedCode).ToList();
        visit.FieldsOfInterest.RemoveAll(f => !codes.Contains(f.IscedCode));
        for (var i = 0; i < input.FieldsOfInterest.Count; i++)
        {
            var field = input.FieldsOfInterest[i];
            if (!visit.FieldsOfInterest.Exists(f => f.IscedCode == field.IscedCode))
            {
                visit.AddFieldOfInterest(field.IscedCode);
            }

            var stored = visit.FieldsOfInterest.Single(f => f.IscedCode == field.IscedCode);
            stored.Wording = Saving.Clean(field.Wording);
            stored.Order = i;
        }

        visit.CooperationInterests.Clear();
        foreach (var interest in input.CooperationInterests)
        {
            visit.AddCooperationInterest(interest.Kind, Saving.Clean(interest.Wording));
        }

        visit.Frameworks.RemoveAll(f => !input.FrameworkIds.Contains(f.FrameworkId));
        foreach (var id in input.FrameworkIds)
        {
            visit.AddFramework(references.Frameworks[id]);
        }
    }

    private static void ApplyDelegation(DelegationInput? input, Visit visit, VisitReferences references, PortalDbContext db)
    {
        if (input is null)
        {
            if (visit.Delegation is { } former)
            {
                db.Delegations.Remove(former);
                visit.Delegation = null;
            }

            return;
        }

        var delegation = visit.Delegation ??= new Delegation();
        delegation.Title = input.Title.Trim();
        delegation.SetHead(null);
        var personIds = input.Members.Select(m => m.PersonId).ToList();
        delegation.Members.RemoveAll(m => !personIds.Contains(m.PersonId));
        delegation.SetDeclaredSize(null);

        var people = input.Members.Select(m => references.People[m.PersonId]).ToList();
        var institutionIds = input.InstitutionIds.Concat(people.Select(p => p.InstitutionId).OfType<int>()).Distinct().ToList();
        delegation.Institutions.RemoveAll(i => !institutionIds.Contains(i.InstitutionId));
        foreach (var id in institutionIds)
        {
            delegation.Represent(references.Institutions.TryGetValue(id, out var institution) ? institution : people.First(p => p.InstitutionId == id).Institution!);
        }

        for (var i = 0; i < institutionIds.Count; i++)
        {
            delegation.Institutions.Single(r => r.InstitutionId == institutionIds[i]).Order = i;
        }

        for (var i = 0; i < input.Members.Count; i++)
        {
            var person = people[i];
            var member = delegation.Members.Find(m => m.PersonId == person.Id) ?? delegation.AddMember(person);
            member.RoleInDelegation = Saving.Clean(input.Members[i].RoleInDelegation);
            member.Order = i;
        }

        delegation.SetDeclaredSize(input.DeclaredSize);
        delegation.SetHead(input.HeadPersonId is int head ? references.People[head] : null);
    }
}
