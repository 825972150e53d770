using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Visits.Brief;

/// <summary>
/// What a leader reads before the meeting: who is coming (with positions and institutions), the agenda,
/// the hosts, and each partner's history with us — earlier visits, agreements and the latest review.
/// </summary>
public sealed class VisitBriefService(IDbContextFactory<PortalDbContext> contexts, VisitService visits, TimeProvider clock)
{
    /// <summary>How many earlier visits of each partner the brief lists, newest first.</summary>
    public const int EarlierVisitsShown = 5;

    public async Task<VisitBrief?> BuildAsync(int visitId, CancellationToken cancellationToken = default)
    {
        var visit = await visits.GetAsync(visitId, cancellationToken);
        if (visit is null)
        {
            return null;
        }

        // The partners are the institutions on the other side: those the delegation represents, and the
        // host when the host is not our own institution (a visit we make abroad).
        var partnerIds = (visit.Delegation?.Institutions.Select(i => i.Id) ?? [])
            .Append(visit.Host.Id)
            .Distinct()
            .ToList();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var institutions = await db.Institutions.AsNoTracking()
            .Where(i => partnerIds.Contains(i.Id) && !i.IsHome)
            .Select(i => new { i.Id, i.Name, i.OriginalName, i.Acronym, i.CountryCode, i.Kind, i.RelationshipStatus })
            .ToListAsync(cancellationToken);

        var partners = new List<PartnerHistory>();
        foreach (var id in partnerIds)
        {
            var institution = institutions.SingleOrDefault(i => i.Id == id);
            if (institution is null)
            {
                continue;
            }

            partners.Add(new PartnerHistory(
                institution.Id, institution.Name, institution.OriginalName, institution.Acronym, institution.CountryCode,
                institution.Kind, institution.RelationshipStatus,
                await EarlierVisitsAsync(db, id, visit, cancellationToken),
                await AgreementsAsync(db, id, cancellationToken),
                await LatestReviewAsync(db, id, cancellationToken)));
        }

        return new VisitBrief(visit, partners, clock.GetUtcNow());
    }

    private static Task<List<VisitLink>> EarlierVisitsAsync(PortalDbContext db, int institutionId, VisitDetails visit, CancellationToken cancellationToken) =>
        db.Visits.AsNoTracking()
            .Where(v => v.Id != visit.Id && v.StartDate < visit.StartDate && v.Status != VisitStatus.Cancelled)
            .Where(v => v.HostInstitutionId == institutionId || v.Delegation!.Institutions.Any(i => i.InstitutionId == institutionId))
            .OrderByDescending(v => v.StartDate).ThenByDescending(v => v.Id)
            .Take(EarlierVisitsShown)
            .Select(v => new VisitLink(v.Id, v.Title, v.Direction, v.StartDate, v.EndDate, v.Status, v.HostInstitutionId == institutionId))
            .ToListAsync(cancellationToken);

    private static Task<List<AgreementLink>> AgreementsAsync(PortalDbContext db, int institutionId, CancellationToken cancellationToken) =>
        db.Agreements.AsNoTracking()
            .Where(a => a.Parties.Any(p => p.InstitutionId == institutionId))
            .OrderBy(a => a.Status).ThenBy(a => a.Title)
            .Select(a => new AgreementLink(a.Id, a.Title, a.Kind, a.Status, a.ExpiresOn))
            .ToListAsync(cancellationToken);

    private static async Task<PartnerReviewSummary?> LatestReviewAsync(PortalDbContext db, int institutionId, CancellationToken cancellationToken)
    {
        var review = await db.PartnerReviews.AsNoTracking()
            .Where(r => r.InstitutionId == institutionId)
            .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id)
            .Select(r => new { r.ReviewedOn, Unit = r.Unit!.Name, r.StrategicFit, r.AcademicQuality, r.Activity, r.Reliability, r.Recommendation })
            .FirstOrDefaultAsync(cancellationToken);
        return review is null
            ? null
            : new PartnerReviewSummary(review.ReviewedOn, review.Unit,
                (review.StrategicFit + review.AcademicQuality + review.Activity + review.Reliability) / 4m, review.Recommendation);
    }
}

public sealed record VisitBrief(VisitDetails Visit, IReadOnlyList<PartnerHistory> Partners, DateTimeOffset PreparedAt);

public sealed record PartnerHistory(
    int InstitutionId, string Name, string? OriginalName, string? Acronym, string CountryCode, InstitutionKind Kind,
    RelationshipStatus RelationshipStatus, IReadOnlyList<VisitLink> EarlierVisits, IReadOnlyList<AgreementLink> Agreements,
    PartnerReviewSummary? LatestReview);

public sealed record PartnerReviewSummary(DateOnly ReviewedOn, string Unit, decimal Average, ReviewRecommendation Recommendation);
