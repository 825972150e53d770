using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Institutions;

/// <summary>
/// What refers to an institution, a unit or a facility, counted before it is deleted. An institution goes with
/// its units and facilities, so whatever refers to those refers to it too.
/// </summary>
internal static class DirectoryReferences
{
    public static Task<IReadOnlyList<RecordReference>> OfInstitutionAsync(PortalDbContext db, int id, CancellationToken cancellationToken) =>
        CountAsync(db, id, db.Units.Where(u => u.InstitutionId == id).Select(u => u.Id), db.Facilities.Where(f => f.Unit!.InstitutionId == id).Select(f => f.Id), cancellationToken);

    public static Task<IReadOnlyList<RecordReference>> OfUnitAsync(PortalDbContext db, int id, CancellationToken cancellationToken) =>
        CountAsync(db, null, db.Units.Where(u => u.Id == id).Select(u => u.Id), db.Facilities.Where(f => f.UnitId == id).Select(f => f.Id), cancellationToken);

    public static Task<IReadOnlyList<RecordReference>> OfFacilityAsync(PortalDbContext db, int id, CancellationToken cancellationToken) =>
        CountAsync(db, null, db.Units.Where(u => false).Select(u => u.Id), db.Facilities.Where(f => f.Id == id).Select(f => f.Id), cancellationToken);

    /// <summary>The records naming the institution (when given), any of the units or any of the facilities.</summary>
    private static async Task<IReadOnlyList<RecordReference>> CountAsync(
        PortalDbContext db, int? institutionId, IQueryable<int> units, IQueryable<int> facilities, CancellationToken cancellationToken)
    {
        var visits = await db.Visits.CountAsync(
            v => v.HostInstitutionId == institutionId
                || v.Delegation!.Institutions.Any(d => d.InstitutionId == institutionId)
                || v.Hosts.Any(h => h.UnitId != null && units.Contains(h.UnitId.Value))
                || v.AgendaItems.Any(a => a.FacilityId != null && facilities.Contains(a.FacilityId.Value)),
            cancellationToken);

        // Delegations on a visit are counted with the visit.
        var delegations = await db.Set<Domain.DelegationInstitution>()
            .CountAsync(d => d.InstitutionId == institutionId && !db.Visits.Any(v => v.DelegationId == d.DelegationId), cancellationToken);
        var agreements = await db.Agreements.CountAsync(
            a => a.Parties.Any(p => p.InstitutionId == institutionId) || (a.ResponsibleUnitId != null && units.Contains(a.ResponsibleUnitId.Value)),
            cancellationToken);
        var people = await db.People.CountAsync(p => p.InstitutionId == institutionId || (p.UnitId != null && units.Contains(p.UnitId.Value)), cancellationToken);
        var below = await db.Institutions.CountAsync(i => i.ParentId != null && i.ParentId == institutionId, cancellationToken);
        var frameworks = await db.Frameworks.CountAsync(f => f.OwnerInstitutionId != null && f.OwnerInstitutionId == institutionId, cancellationToken);
        var reviews = await db.PartnerReviews.CountAsync(r => r.InstitutionId == institutionId || units.Contains(r.UnitId), cancellationToken);
        var requests = await db.ReviewRequests.CountAsync(r => r.InstitutionId == institutionId || units.Contains(r.UnitId), cancellationToken);
        var deans = await db.DeanUnits.CountAsync(d => units.Contains(d.UnitId), cancellationToken);
        return
        [
            new(visits, "visit", "visits"),
            new(delegations, "delegation", "delegations"),
            new(agreements, "agreement", "agreements"),
            new(people, "person", "people"),
            new(below, "institution placed under it", "institutions placed under it"),
            new(frameworks, "framework or programme", "frameworks and programmes"),
            new(reviews, "partner review", "partner reviews"),
            new(requests, "review request", "review requests"),
            new(deans, "dean account", "dean accounts"),
        ];
    }
}
