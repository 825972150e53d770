using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Institutions;

namespace PartnershipPortal.Core.Features.Reviews;

/// <summary>
/// Deans' partner reviews: writing one for a unit of theirs, staff requesting one, what is due, and what a
/// partner's profile shows (the latest per unit and the trend).
/// </summary>
public sealed class ReviewService(IDbContextFactory<PortalDbContext> contexts, IValidator<ReviewInput> validator, TimeProvider clock)
{
    /// <summary>A review is due this long before an agreement the unit is responsible for expires.</summary>
    public static readonly int ExpiryWindowMonths = 12;

    /// <summary>A unit's review of a partner is due again after this long.</summary>
    public static readonly int ReviewAgeMonths = 24;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The units the user reviews for: a dean's assigned units; an administrator's, every unit of the home institution.</summary>
    public async Task<IReadOnlyList<int>> ReviewUnitsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (PortalAccess.CanAdminister(user))
        {
            return await db.Units.Where(u => u.Institution!.IsHome).Select(u => u.Id).ToListAsync(cancellationToken);
        }

        if (!user.IsInRole(PortalRoles.Dean))
        {
            return [];
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return await db.DeanUnits.Where(d => d.UserId == id).Select(d => d.UnitId).ToListAsync(cancellationToken);
    }

    /// <summary>The user's review units with their names, for the form's choice; archived units take no new reviews.</summary>
    public async Task<IReadOnlyList<UnitSummary>> ReviewUnitChoicesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var ids = await ReviewUnitsAsync(user, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id) && !u.IsArchived).OrderBy(u => u.Name)
            .Select(u => new UnitSummary(u.Id, u.Name, u.Kind, Array.Empty<string>())).ToListAsync(cancellationToken);
    }

    public async Task<SaveOutcome> WriteAsync(ClaimsPrincipal user, ReviewInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var units = await ReviewUnitsAsync(user, cancellationToken);
        if (units.Count == 0)
        {
            return SaveOutcome.Forbidden;
        }

        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return SaveOutcome.Invalid(validation.Errors);
        }

        if (!units.Contains(input.UnitId))
        {
            return SaveOutcome.Invalid(nameof(ReviewInput.UnitId), "You review for your own units only; choose one of them.");
        }

        if (input.ReviewedOn > Today)
        {
            return SaveOutcome.Invalid(nameof(ReviewInput.ReviewedOn), "A review cannot be dated in the future.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = PortalAccess.ActorOf(user);
        db.Actor = actor;
        if (!await db.Institutions.AnyAsync(i => i.Id == input.InstitutionId && !i.IsHome, cancellationToken))
        {
            return SaveOutcome.Invalid(nameof(ReviewInput.InstitutionId), "Choose a partner institution (not the home institution).");
        }

        var review = new PartnerReview
        {
            InstitutionId = input.InstitutionId,
            UnitId = input.UnitId,
            AuthorUserId = actor.UserId ?? string.Empty,
            AuthorName = actor.Name,
            ReviewedOn = input.ReviewedOn!.Value,
            Recommendation = input.Recommendation,
            Strengths = Saving.Clean(input.Strengths),
            Concerns = Saving.Clean(input.Concerns),
        };
        review.Rate(input.StrategicFit, input.AcademicQuality, input.Activity, input.Reliability);
        db.PartnerReviews.Add(review);

        // Open requests for this partner and unit are answered by this review, in the same save.
        var open = await db.ReviewRequests
            .Where(r => r.InstitutionId == input.InstitutionId && r.UnitId == input.UnitId && r.FulfilledByReviewId == null)
            .ToListAsync(cancellationToken);
        foreach (var request in open)
        {
            request.FulfilledBy = review;
        }

        return await Saving.CommitAsync(db, review, cancellationToken);
    }

    /// <summary>Staff ask the dean of a unit for a review of a partner.</summary>
    public async Task<SaveOutcome> RequestAsync(ClaimsPrincipal user, int institutionId, int unitId, string? reason, CancellationToken cancellationToken = default)
    {
        if (!PortalAccess.CanEdit(user))
        {
            return SaveOutcome.Forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = PortalAccess.ActorOf(user);
        db.Actor = actor;
        if (!await db.Units.AnyAsync(u => u.Id == unitId && u.Institution!.IsHome, cancellationToken))
        {
            return SaveOutcome.Invalid("UnitId", "Choose a unit of the home institution.");
        }

        var request = new ReviewRequest { InstitutionId = institutionId, UnitId = unitId, RequestedBy = actor.Name, RequestedOn = Today, Reason = Saving.Clean(reason) };
        db.ReviewRequests.Add(request);
        return await Saving.CommitAsync(db, request, cancellationToken);
    }

    /// <summary>
    /// Reviews due for the given units: an agreement the unit is responsible for expires within 12 months,
    /// the unit's last review of the partner is older than 24 months, or staff asked for one.
    /// </summary>
    public async Task<IReadOnlyList<DueReview>> DueAsync(IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        var today = Today;
        var expiryHorizon = today.AddMonths(ExpiryWindowMonths);
        var staleBefore = today.AddMonths(-ReviewAgeMonths);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var expiring = await (
                from a in db.Agreements.AsNoTracking()
                where a.ResponsibleUnitId != null && unitIds.Contains(a.ResponsibleUnitId.Value)
                    && (a.Status == AgreementStatus.Active || a.Status == AgreementStatus.Signed)
                    && a.ExpiresOn != null && a.ExpiresOn >= today && a.ExpiresOn <= expiryHorizon
                join p in db.Set<AgreementParty>() on a.Id equals p.AgreementId
                where !p.Institution!.IsHome
                select new { p.InstitutionId, UnitId = a.ResponsibleUnitId!.Value, a.Title, a.ExpiresOn })
            .ToListAsync(cancellationToken);
        var latest = await db.PartnerReviews.AsNoTracking()
            .Where(r => unitIds.Contains(r.UnitId))
            .GroupBy(r => new { r.InstitutionId, r.UnitId })
            .Select(g => new { g.Key.InstitutionId, g.Key.UnitId, Last = g.Max(r => r.ReviewedOn) })
            .ToListAsync(cancellationToken);
        var requested = await db.ReviewRequests.AsNoTracking()
            .Where(r => unitIds.Contains(r.UnitId) && r.FulfilledByReviewId == null)
            .Select(r => new { r.InstitutionId, r.UnitId, r.RequestedBy, r.RequestedOn, r.Reason })
            .ToListAsync(cancellationToken);

        var reasons = new Dictionary<(int Institution, int Unit), List<string>>();
        void Add(int institution, int unit, string reason)
        {
            if (!reasons.TryGetValue((institution, unit), out var list))
            {
                reasons[(institution, unit)] = list = [];
            }

            list.Add(reason);
        }

        var lastByPair = latest.ToDictionary(l => (l.InstitutionId, l.UnitId), l => l.Last);
        foreach (var agreement in expiring)
        {
            if (!lastByPair.TryGetValue((agreement.InstitutionId, agreement.UnitId), out var last) || last < agreement.ExpiresOn!.Value.AddMonths(-ExpiryWindowMonths))
            {
                Add(agreement.InstitutionId, agreement.UnitId, $"“{agreement.Title}” expires on {ValidationRules.DisplayDate(agreement.ExpiresOn!.Value)}.");
            }
        }

        foreach (var review in latest.Where(l => l.Last < staleBefore))
        {
            Add(review.InstitutionId, review.UnitId, $"Last reviewed on {ValidationRules.DisplayDate(review.Last)}, more than {ReviewAgeMonths} months ago.");
        }

        foreach (var request in requested)
        {
            Add(request.InstitutionId, request.UnitId, $"Requested by {request.RequestedBy} on {ValidationRules.DisplayDate(request.RequestedOn)}{(request.Reason is null ? "." : $": {request.Reason}")}");
        }

        var institutionIds = reasons.Keys.Select(k => k.Institution).Distinct().ToList();
        var unitNames = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var institutionNames = await db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return reasons
            .Select(r => new DueReview(r.Key.Institution, institutionNames[r.Key.Institution], r.Key.Unit, unitNames[r.Key.Unit],
                lastByPair.TryGetValue(r.Key, out var last) ? last : null, r.Value))
            .OrderBy(d => d.InstitutionName, StringComparer.Ordinal).ThenBy(d => d.UnitName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What a partner's profile shows: per unit, the latest review and the averages over time.</summary>
    public async Task<IReadOnlyList<UnitReviews>> ForInstitutionAsync(int institutionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reviews = await db.PartnerReviews.AsNoTracking()
            .Where(r => r.InstitutionId == institutionId)
            .OrderBy(r => r.ReviewedOn).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.UnitId, UnitName = r.Unit!.Name, r.ReviewedOn, r.AuthorName, r.StrategicFit, r.AcademicQuality, r.Activity, r.Reliability,
                r.Recommendation, r.Strengths, r.Concerns,
            })
            .ToListAsync(cancellationToken);
        return reviews
            .GroupBy(r => (r.UnitId, r.UnitName))
            .Select(g =>
            {
                var last = g.Last();
                var latest = new ReviewView(last.ReviewedOn, last.AuthorName, last.StrategicFit, last.AcademicQuality, last.Activity, last.Reliability,
                    last.Recommendation, last.Strengths, last.Concerns);
                var trend = g.Select(r => new ReviewPoint(r.ReviewedOn, (r.StrategicFit + r.AcademicQuality + r.Activity + r.Reliability) / 4m)).ToList();
                return new UnitReviews(g.Key.UnitId, g.Key.UnitName, latest, trend);
            })
            .OrderBy(u => u.UnitName, StringComparer.Ordinal)
            .ToList();
    }
}

public sealed record DueReview(int InstitutionId, string InstitutionName, int UnitId, string UnitName, DateOnly? LastReviewedOn, IReadOnlyList<string> Reasons);

public sealed record ReviewView(DateOnly ReviewedOn, string Author, int StrategicFit, int AcademicQuality, int Activity, int Reliability,
    ReviewRecommendation Recommendation, string? Strengths, string? Concerns)
{
    public decimal Average => (StrategicFit + AcademicQuality + Activity + Reliability) / 4m;
}

public sealed record ReviewPoint(DateOnly ReviewedOn, decimal Average);

public sealed record UnitReviews(int UnitId, string UnitName, ReviewView Latest, IReadOnlyList<ReviewPoint> Trend);
