using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Reference;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>Reads visits: the list and a visit's page with every fact recorded about it.</summary>
public sealed class VisitService(IDbContextFactory<PortalDbContext> contexts)
{
    public static readonly SortMap<Visit> Sorts = new SortMap<Visit>(v => v.Id)
        .Add("start", v => v.StartDate, isDefault: true)
        .Add("title", v => v.Title)
        .Add("direction", v => v.Direction)
        .Add("host", v => v.HostInstitution!.Name)
        .Add("status", v => v.Status);

    public Task<Page<VisitRow>> ListAsync(ListRequest request, CancellationToken cancellationToken = default) =>
        ListAsync(request, VisitFilter.None, cancellationToken);

    public async Task<Page<VisitRow>> ListAsync(ListRequest request, VisitFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = filter.Apply(db.Visits.AsNoTracking());
        var text = request.FoldedText;
        if (text.Length > 0)
        {
            query = query.Where(v => v.SearchText.Contains(text)
                || v.HostInstitution!.SearchText.Contains(text)
                || v.Delegation!.Institutions.Any(i => i.Institution!.SearchText.Contains(text)));
        }

        return await query.ToPageAsync(Sorts, request, v => new VisitRow(
            v.Id, v.Title, v.Direction, v.StartDate, v.EndDate, v.Status, v.HostInstitutionId, v.HostInstitution!.Name,
            v.HostInstitution.CountryCode, v.Delegation!.DeclaredSize), cancellationToken);
    }

    public async Task<VisitDetails?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visit = await db.Visits.AsNoTracking()
            .Where(v => v.Id == id)
            .Select(v => new
            {
                v.Id, v.Title, v.Direction, v.StartDate, v.EndDate, v.TimeZoneId, v.Place, v.Status, v.Summary,
                Host = new InstitutionLink(v.HostInstitutionId, v.HostInstitution!.Name),
                HostCountry = v.HostInstitution.CountryCode,
                v.DelegationId,
                Hosts = v.Hosts.OrderBy(h => h.Order).Select(h => new VisitHostView(
                    h.PersonId, h.Person!.FullName, h.Person.Position, h.RoleDescription, h.Unit!.Name, h.LeadsTalks)).ToList(),
                Agenda = v.AgendaItems.OrderBy(a => a.Date).ThenBy(a => a.Order).Select(a => new AgendaItemView(
                    a.Date, a.StartTime, a.EndTime, a.Kind, a.Title, a.Notes, a.Facility!.Name, a.Facility.Unit!.Name)).ToList(),
                Fields = v.FieldsOfInterest.OrderBy(f => f.Order).Select(f => new { f.IscedCode, f.Wording }).ToList(),
                Interests = v.CooperationInterests.OrderBy(c => c.Order).Select(c => new CooperationInterestView(c.Kind, c.Wording)).ToList(),
                Frameworks = v.Frameworks.Select(f => new FrameworkView(f.FrameworkId, f.Framework!.Name, f.Framework.Acronym, f.Framework.Kind, f.Framework.Description)).ToList(),
                Outcomes = v.Outcomes.OrderBy(o => o.Order).Select(o => o.Text).ToList(),
                Quotations = v.Quotations.OrderBy(q => q.Order).Select(q => new QuotationView(q.Text, q.SpeakerPersonId, q.Speaker!.FullName ?? q.SpeakerDescription)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (visit is null)
        {
            return null;
        }

        var delegation = visit.DelegationId is null ? null : await ReadDelegationAsync(db, visit.DelegationId.Value, cancellationToken);
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.Visits.Any(v => v.VisitId == id))
            .OrderBy(a => a.Title)
            .Select(a => new AgreementLink(a.Id, a.Title, a.Kind, a.Status, a.ExpiresOn))
            .ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.VisitId == id)
            .OrderBy(f => f.DueOn == null).ThenBy(f => f.DueOn).ThenBy(f => f.Id)
            .Select(f => new FollowUpView(f.Id, f.Title, f.Owner!.FullName, f.DueOn, f.Status))
            .ToListAsync(cancellationToken);

        return new VisitDetails(
            visit.Id, visit.Title, visit.Direction, visit.StartDate, visit.EndDate, visit.TimeZoneId, visit.Place, visit.Status, visit.Summary,
            visit.Host, visit.HostCountry, delegation, visit.Hosts, visit.Agenda,
            visit.Fields.Select(f => new FieldView(f.IscedCode, IscedCatalog.NameOf(f.IscedCode), f.Wording)).ToList(),
            visit.Interests,
            visit.Frameworks.OrderBy(f => f.Kind).ThenBy(f => f.Name, StringComparer.Ordinal).ToList(),
            visit.Outcomes, visit.Quotations, agreements, followUps);
    }

    private static async Task<DelegationView?> ReadDelegationAsync(PortalDbContext db, int delegationId, CancellationToken cancellationToken)
    {
        var delegation = await db.Delegations.AsNoTracking()
            .Where(d => d.Id == delegationId)
            .Select(d => new
            {
                d.Title,
                d.DeclaredSize,
                d.HeadPersonId,
                Institutions = d.Institutions.OrderBy(i => i.Order)
                    .Select(i => new { i.InstitutionId, i.Institution!.Name, i.Institution.CountryCode, i.Institution.Kind }).ToList(),
                Members = d.Members.OrderBy(m => m.Order).Select(m => new DelegationMemberView(
                    m.PersonId, m.Person!.FullName, m.Person.OriginalScriptName, m.Person.Position, m.Person.InstitutionId,
                    m.Person.Institution!.Name, m.RoleInDelegation)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (delegation is null)
        {
            return null;
        }

        // Counted here rather than in SQL: a count correlated to both collections needs APPLY, which SQLite lacks.
        var institutions = delegation.Institutions
            .Select(i => new RepresentedInstitution(i.InstitutionId, i.Name, i.CountryCode, i.Kind,
                delegation.Members.Count(m => m.InstitutionId == i.InstitutionId)))
            .ToList();
        return new DelegationView(delegation.Title, delegation.DeclaredSize, delegation.HeadPersonId, institutions, delegation.Members);
    }
}

public sealed record VisitRow(
    int Id, string Title, VisitDirection Direction, DateOnly StartDate, DateOnly EndDate, VisitStatus Status,
    int HostInstitutionId, string HostInstitution, string HostCountryCode, int? DelegationSize);

public sealed record VisitDetails(
    int Id, string Title, VisitDirection Direction, DateOnly StartDate, DateOnly EndDate, string TimeZoneId, string? Place,
    VisitStatus Status, string? Summary, InstitutionLink Host, string HostCountryCode, DelegationView? Delegation,
    IReadOnlyList<VisitHostView> Hosts, IReadOnlyList<AgendaItemView> Agenda, IReadOnlyList<FieldView> Fields,
    IReadOnlyList<CooperationInterestView> CooperationInterests, IReadOnlyList<FrameworkView> Frameworks,
    IReadOnlyList<string> Outcomes, IReadOnlyList<QuotationView> Quotations, IReadOnlyList<AgreementLink> Agreements,
    IReadOnlyList<FollowUpView> FollowUps);

public sealed record DelegationView(
    string Title, int? DeclaredSize, int? HeadPersonId, IReadOnlyList<RepresentedInstitution> Institutions, IReadOnlyList<DelegationMemberView> Members);

public sealed record RepresentedInstitution(int Id, string Name, string CountryCode, InstitutionKind Kind, int NamedMembers);

public sealed record DelegationMemberView(
    int PersonId, string FullName, string? OriginalScriptName, string? Position, int? InstitutionId, string? Institution, string? RoleInDelegation);

/// <summary>A host by name, or by role when the name is not known (PersonId is then empty).</summary>
public sealed record VisitHostView(int? PersonId, string? FullName, string? Position, string? RoleDescription, string? Unit, bool LeadsTalks);

public sealed record AgendaItemView(
    DateOnly Date, TimeOnly? StartTime, TimeOnly? EndTime, AgendaItemKind Kind, string Title, string? Notes, string? Facility, string? FacilityUnit);

public sealed record CooperationInterestView(CooperationKind Kind, string? Wording);

public sealed record FrameworkView(int Id, string Name, string? Acronym, FrameworkKind Kind, string? Description);

public sealed record QuotationView(string Text, int? SpeakerPersonId, string? Speaker);
