using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Dashboard;

/// <summary>What the office sees first: how much it holds and what is coming up.</summary>
public sealed class DashboardService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const int UpcomingVisitCount = 5;

    public async Task<DashboardSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        var institutions = await db.Institutions.CountAsync(i => !i.IsArchived, cancellationToken);
        var partners = await db.Institutions.CountAsync(i => !i.IsArchived && i.RelationshipStatus == RelationshipStatus.ActivePartner, cancellationToken);
        var visits = await db.Visits.CountAsync(cancellationToken);
        var activeAgreements = await db.Agreements.CountAsync(a => a.Status == AgreementStatus.Active, cancellationToken);
        var openFollowUps = await db.FollowUps.CountAsync(f => f.Status == FollowUpStatus.Open || f.Status == FollowUpStatus.InProgress, cancellationToken);

        var upcoming = await db.Visits.AsNoTracking()
            .Where(v => v.EndDate >= today && v.Status != VisitStatus.Cancelled)
            .OrderBy(v => v.StartDate).ThenBy(v => v.Id)
            .Take(UpcomingVisitCount)
            .Select(v => new UpcomingVisit(v.Id, v.Title, v.Direction, v.StartDate, v.EndDate, v.Status, v.HostInstitution!.Name))
            .ToListAsync(cancellationToken);

        return new DashboardSummary(institutions, partners, visits, activeAgreements, openFollowUps, upcoming);
    }
}

public sealed record DashboardSummary(
    int Institutions,
    int ActivePartners,
    int Visits,
    int ActiveAgreements,
    int OpenFollowUps,
    IReadOnlyList<UpcomingVisit> UpcomingVisits);

public sealed record UpcomingVisit(
    int Id,
    string Title,
    VisitDirection Direction,
    DateOnly StartDate,
    DateOnly EndDate,
    VisitStatus Status,
    string HostInstitution);
