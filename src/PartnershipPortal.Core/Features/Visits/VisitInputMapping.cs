using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>
/// Between a stored visit and the form's input. Applying goes through the entities' own methods, so their
/// invariants hold. Rows that stores keep unique (members, represented institutions, fields, frameworks) are
/// matched by what they name; the other listed rows (hosts, agenda, interests, outcomes, quotations) by position,
/// so that editing a row changes it rather than removing it and adding another.
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

        // The listed rows are first made on a visit of the new dates that is never stored, through the same
        // methods (so their rules hold), then laid over the stored rows position by position.
        var made = new Visit();
        made.Schedule(input.StartDate!.Value, input.EndDate!.Value);
        foreach (var host in input.Hosts)
        {
            var unit = host.UnitId is int unitId ? references.Units[unitId] : null;
            var role = Saving.Clean(host.RoleDescription);
            if (host.PersonId is int personId)
            {
                made.AddHost(references.People[personId], unit, host.LeadsTalks).RoleDescription = role;
            }
            else
            {
                made.AddHostByRole(role!, unit).LeadsTalks = host.LeadsTalks;
            }
        }

        foreach (var item in input.AgendaItems)
        {
            var facility = item.FacilityId is int facilityId ? references.Facilities[facilityId] : null;
            made.AddAgendaItem(item.Date, item.Kind, item.Title.Trim(), facility, item.StartTime, item.EndTime, Saving.Clean(item.Notes));
        }

        foreach (var interest in input.CooperationInterests)
        {
            made.AddCooperationInterest(interest.Kind, Saving.Clean(interest.Wording));
        }

        foreach (var outcome in input.Outcomes)
        {
            made.AddOutcome(outcome.Trim());
        }

        foreach (var quotation in input.Quotations)
        {
            var speaker = quotation.SpeakerPersonId is int speakerId ? references.People[speakerId] : null;
            made.AddQuotation(quotation.Text.Trim(), speaker, Saving.Clean(quotation.SpeakerDescription));
        }

        // The agenda first: once it holds the new items, the new dates fit it.
        LayOver(visit.AgendaItems, [.. visit.AgendaItems.OrderBy(a => a.Date).ThenBy(a => a.Order)], made.AgendaItems, CopyAgendaItem);
        visit.Schedule(made.StartDate, made.EndDate);
        ApplyDelegation(input.Delegation, visit, references, db);
        LayOver(visit.Hosts, [.. visit.Hosts.OrderBy(h => h.Order)], made.Hosts, CopyHost);
        LayOver(visit.CooperationInterests, [.. visit.CooperationInterests.OrderBy(c => c.Order)], made.CooperationInterests, (from, to) =>
        {
            (to.Kind, to.Wording, to.Order) = (from.Kind, from.Wording, from.Order);
        });
        LayOver(visit.Outcomes, [.. visit.Outcomes.OrderBy(o => o.Order)], made.Outcomes, (from, to) => (to.Text, to.Order) = (from.Text, from.Order));
        LayOver(visit.Quotations, [.. visit.Quotations.OrderBy(q => q.Order)], made.Quotations, CopyQuotation);
        ApplyInterests(input, visit, references);
    }

    /// <summary>
    /// Makes <paramref name="rows"/> hold the rows <paramref name="made"/>: the stored row at each position takes the
    /// values of the new one (so the history records what changed, and nothing when nothing did), stored rows
    /// beyond the new ones go, and new rows beyond the stored ones are added.
    /// </summary>
    private static void LayOver<T>(List<T> rows, List<T> stored, List<T> made, Action<T, T> copy)
    {
        for (var i = 0; i < made.Count; i++)
        {
            if (i < stored.Count)
            {
                copy(made[i], stored[i]);
            }
            else
            {
                rows.Add(made[i]);
            }
        }

        foreach (var gone in stored.Skip(made.Count))
        {
            rows.Remove(gone);
        }
    }

    private static void CopyHost(VisitHost from, VisitHost to)
    {
        (to.Person, to.PersonId, to.RoleDescription) = (from.Person, from.Person?.Id, from.RoleDescription);
        (to.Unit, to.UnitId, to.LeadsTalks, to.Order) = (from.Unit, from.Unit?.Id, from.LeadsTalks, from.Order);
    }

    private static void CopyAgendaItem(AgendaItem from, AgendaItem to)
    {
        (to.Date, to.StartTime, to.EndTime, to.Kind) = (from.Date, from.StartTime, from.EndTime, from.Kind);
        (to.Title, to.Notes, to.Facility, to.FacilityId, to.Order) = (from.Title, from.Notes, from.Facility, from.Facility?.Id, from.Order);
    }

    private static void CopyQuotation(Quotation from, Quotation to)
    {
        (to.Text, to.Speaker, to.SpeakerPersonId) = (from.Text, from.Speaker, from.Speaker?.Id);
        (to.SpeakerDescription, to.Order) = (from.SpeakerDescription, from.Order);
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
