using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Reference;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>
/// What the partner activity report covers: per partner institution or per country, the visits each way in a
/// period, the active agreements, the last contact and the latest review. Partners are every institution but
/// the home one; an archived institution appears only when it has activity (a visit in the period or an
/// active agreement), as if <see cref="ActiveOnly"/> held for it.
/// </summary>
public sealed record PartnerActivityDefinition
{
    /// <summary><see cref="PartnerActivityGroupings.Institution"/> (the default) or <see cref="PartnerActivityGroupings.Country"/>.</summary>
    public string? By { get; init; }

    /// <summary>A visit counts when it overlaps the period.</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Only institutions of this country.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Only institutions of this kind, as named in <see cref="InstitutionKind"/>.</summary>
    public string? Kind { get; init; }

    /// <summary>Leaves out partners with no visit in the period and no active agreement.</summary>
    public bool ActiveOnly { get; init; }

    /// <summary>One of <see cref="PartnerActivitySorts.All"/>; the name when empty.</summary>
    public string? Sort { get; init; }

    public bool ByCountry => By == PartnerActivityGroupings.Country;
}

/// <summary>What a row of the partner activity report stands for.</summary>
public static class PartnerActivityGroupings
{
    public const string Institution = "institution";
    public const string Country = "country";

    public static readonly IReadOnlyList<string> All = [Institution, Country];
}

/// <summary>The orders of the partner activity report's rows.</summary>
public static class PartnerActivitySorts
{
    /// <summary>By name (an institution's, or a country's in English).</summary>
    public const string Name = "name";

    /// <summary>Most visits (both ways) first.</summary>
    public const string Visits = "visits";

    /// <summary>Longest since the last contact first; never contacted before everything.</summary>
    public const string Contact = "contact";

    public static readonly IReadOnlyList<string> All = [Name, Visits, Contact];
}

/// <summary>A partner's latest review: its average rating to one decimal, the recommendation, the day, and the institution reviewed.</summary>
public sealed record PartnerLatestReview(decimal Rating, ReviewRecommendation Recommendation, DateOnly ReviewedOn, string Institution);

/// <summary>
/// One partner institution, or one country (then <see cref="Institution"/> and <see cref="Kind"/> are null and
/// <see cref="Partners"/> counts its institutions). Last contact is the last day of the latest visit either way
/// that has started, or today when that visit is still under way; it is not limited by the period.
/// </summary>
public sealed record PartnerActivityRow(
    string? Institution,
    string CountryCode,
    InstitutionKind? Kind,
    int Partners,
    int VisitsToUs,
    int VisitsByUs,
    int ActiveAgreements,
    DateOnly? LastContact,
    int Reviews,
    PartnerLatestReview? LatestReview);

public sealed record PartnerActivityPreview(IReadOnlyList<PartnerActivityRow> Rows, int TotalCount);

public sealed class PartnerActivityValidator : AbstractValidator<PartnerActivityDefinition>
{
    public PartnerActivityValidator()
    {
        OneOf(d => d.By, PartnerActivityGroupings.All, "By", "made per");
        RuleFor(d => d.To).NotBefore(d => d.From, "PartnerReport.To.BeforeStart", "period");
        RuleFor(d => d.CountryCode).ValidCountryCode("PartnerReport.CountryCode.Invalid");
        RuleFor(d => d.Kind)
            .Must(ReportRules.IsNameOrEmpty<InstitutionKind>)
            .WithErrorCode("PartnerReport.Kind.Unknown")
            .WithMessage(ReportRules.UnknownName<InstitutionKind>("kind of institution"));
        OneOf(d => d.Sort, PartnerActivitySorts.All, "Sort", "sorted by");
    }

    /// <summary>A word of <paramref name="words"/> or nothing: "The report cannot be sorted by 'size'. Choose from: name, visits, contact."</summary>
    private void OneOf(Expression<Func<PartnerActivityDefinition, string?>> property, IReadOnlyList<string> words, string name, string verb) =>
        RuleFor(property)
            .Must(word => string.IsNullOrEmpty(word) || words.Contains(word, StringComparer.Ordinal))
            .WithErrorCode($"PartnerReport.{name}.Unknown")
            .WithMessage($"The report cannot be {verb} '{{PropertyValue}}'. Choose from: {string.Join(", ", words)}.");
}

/// <summary>
/// Runs the partner activity report in the store: every count, the last contact and the latest review are
/// correlated subqueries of one query. Institutions are sorted and streamed by the store; a country report
/// has at most one row per country, so its rows are read at once and ordered by their English names here.
/// </summary>
public sealed class PartnerActivityService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IValidator<PartnerActivityDefinition> validator)
    : ReportService<PartnerActivityDefinition>(validator, clock)
{
    public async Task<PartnerActivityPreview> PreviewAsync(PartnerActivityDefinition definition, CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = new PartnerQuery(db, definition, Today);
        if (definition.ByCountry)
        {
            var countries = await CountriesAsync(db, query, definition, cancellationToken);
            return new PartnerActivityPreview(countries.Take(PreviewSize).ToList(), countries.Count);
        }

        var first = await query.Ordered(query.Institutions()).Take(PreviewSize).ToListAsync(cancellationToken);
        return new PartnerActivityPreview(await CompleteAsync(db, first, cancellationToken), await query.Partners.CountAsync(cancellationToken));
    }

    public async Task<int> CountAsync(PartnerActivityDefinition definition, CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partners = new PartnerQuery(db, definition, Today).Partners;
        return definition.ByCountry
            ? await partners.Select(i => i.CountryCode).Distinct().CountAsync(cancellationToken)
            : await partners.CountAsync(cancellationToken);
    }

    public async IAsyncEnumerable<PartnerActivityRow> RowsAsync(PartnerActivityDefinition definition, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        var today = Today;
        if (definition.ByCountry)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            foreach (var row in await CountriesAsync(db, new PartnerQuery(db, definition, today), definition, cancellationToken))
            {
                yield return row;
            }

            yield break;
        }

        var rows = ReportStream.ReadAsync(contexts, db => { var query = new PartnerQuery(db, definition, today); return query.Ordered(query.Institutions()); }, CompleteAsync, cancellationToken);
        await foreach (var row in rows)
        {
            yield return row;
        }
    }

    private static async Task<List<PartnerActivityRow>> CountriesAsync(
        PortalDbContext db, PartnerQuery query, PartnerActivityDefinition definition, CancellationToken cancellationToken)
    {
        var rows = await CompleteAsync(db, await query.Countries().ToListAsync(cancellationToken), cancellationToken);
        Func<PartnerActivityRow, string> name = r => Countries.EnglishName(r.CountryCode);
        return (definition.Sort switch
        {
            PartnerActivitySorts.Visits => rows.OrderByDescending(r => r.VisitsToUs + r.VisitsByUs).ThenBy(name, StringComparer.Ordinal),
            PartnerActivitySorts.Contact => rows.OrderBy(r => r.LastContact is not null).ThenBy(r => r.LastContact).ThenBy(name, StringComparer.Ordinal),
            _ => rows.OrderBy(name, StringComparer.Ordinal),
        }).ThenBy(r => r.CountryCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>Reads the latest reviews the batch names, in one round trip.</summary>
    private static async Task<List<PartnerActivityRow>> CompleteAsync(PortalDbContext db, List<PartnerCore> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Where(r => r.LatestReviewId is not null).Select(r => r.LatestReviewId!.Value).Distinct().ToList();
        var reviews = ids.Count == 0
            ? []
            : await db.PartnerReviews.AsNoTracking()
                .Where(r => ids.Contains(r.Id))
                .Select(r => new { r.Id, Sum = r.StrategicFit + r.AcademicQuality + r.Activity + r.Reliability, r.Recommendation, r.ReviewedOn, r.Institution!.Name })
                .ToDictionaryAsync(r => r.Id, r => new PartnerLatestReview(
                    Math.Round(r.Sum / 4m, 1, MidpointRounding.AwayFromZero), r.Recommendation, r.ReviewedOn, r.Name), cancellationToken);
        return batch.Select(r => new PartnerActivityRow(
                r.Name, r.CountryCode, r.Kind, r.Partners, r.VisitsToUs, r.VisitsByUs, r.ActiveAgreements, r.LastContact, r.Reviews,
                r.LatestReviewId is { } id ? reviews[id] : null))
            .ToList();
    }

    /// <summary>The report's queries for one definition and day, built on one context.</summary>
    private sealed class PartnerQuery
    {
        private readonly PortalDbContext _db;
        private readonly PartnerActivityDefinition _definition;
        private readonly DateOnly _today;
        private readonly IQueryable<Visit> _inPeriod;
        private readonly IQueryable<Visit> _started;
        private readonly IQueryable<CooperationAgreement> _active;

        public PartnerQuery(PortalDbContext db, PartnerActivityDefinition definition, DateOnly today)
        {
            (_db, _definition, _today) = (db, definition, today);
            var visits = db.Visits.AsNoTracking().Where(v => v.Status != VisitStatus.Cancelled);
            _started = visits.Where(v => v.StartDate <= today);
            _inPeriod = visits;
            if (definition.From is { } from)
            {
                _inPeriod = _inPeriod.Where(v => v.EndDate >= from);
            }

            if (definition.To is { } to)
            {
                _inPeriod = _inPeriod.Where(v => v.StartDate <= to);
            }

            _active = db.Agreements.AsNoTracking().Where(a => a.Status == AgreementStatus.Active);
            Partners = Filter(db.Institutions.AsNoTracking().Where(i => !i.IsHome));
        }

        /// <summary>The institutions the report covers: not the home one, filtered, archived ones only when active.</summary>
        public IQueryable<Institution> Partners { get; }

        private IQueryable<Institution> Filter(IQueryable<Institution> query)
        {
            if (_definition.CountryCode is { Length: > 0 } country)
            {
                query = query.Where(i => i.CountryCode == country);
            }

            if (_definition.Kind is { Length: > 0 } text)
            {
                var kind = Enum.Parse<InstitutionKind>(text);
                query = query.Where(i => i.Kind == kind);
            }

            var (visits, agreements) = (_inPeriod, _active);
            var everyCurrent = !_definition.ActiveOnly;
            return query.Where(i => (everyCurrent && !i.IsArchived)
                || visits.Any(v => (v.Direction == VisitDirection.Inbound && v.Delegation!.Institutions.Any(d => d.InstitutionId == i.Id))
                    || (v.Direction == VisitDirection.Outbound && v.HostInstitutionId == i.Id))
                || agreements.Any(a => a.Parties.Any(p => p.InstitutionId == i.Id)));
        }

        public IQueryable<PartnerCore> Institutions()
        {
            var (visits, started, agreements, reviews, today) = (_inPeriod, _started, _active, _db.PartnerReviews.AsNoTracking(), _today);
            return Partners.Select(i => new PartnerCore
            {
                InstitutionId = i.Id,
                Name = i.Name,
                CountryCode = i.CountryCode,
                Kind = i.Kind,
                Partners = 1,
                VisitsToUs = visits.Count(v => v.Direction == VisitDirection.Inbound && v.Delegation!.Institutions.Any(d => d.InstitutionId == i.Id)),
                VisitsByUs = visits.Count(v => v.Direction == VisitDirection.Outbound && v.HostInstitutionId == i.Id),
                ActiveAgreements = agreements.Count(a => a.Parties.Any(p => p.InstitutionId == i.Id)),
                LastContact = started
                    .Where(v => (v.Direction == VisitDirection.Inbound && v.Delegation!.Institutions.Any(d => d.InstitutionId == i.Id))
                        || (v.Direction == VisitDirection.Outbound && v.HostInstitutionId == i.Id))
                    .Max(v => (DateOnly?)(v.EndDate > today ? today : v.EndDate)),
                Reviews = reviews.Count(r => r.InstitutionId == i.Id),
                LatestReviewId = reviews.Where(r => r.InstitutionId == i.Id)
                    .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefault(),
            });
        }

        /// <summary>
        /// One row per country of the partners; a visit, an agreement or a review counts once per country however many
        /// of its institutions are from there. Each subquery matches the country on the institution itself and asks
        /// the partner set only for ids: PostgreSQL 15 may hash a subquery inside an OR once, so it must not depend
        /// on the country of the outer row.
        /// </summary>
        public IQueryable<PartnerCore> Countries()
        {
            var (partners, visits, started, agreements, reviews, today) = (Partners, _inPeriod, _started, _active, _db.PartnerReviews.AsNoTracking(), _today);
            var ids = partners.Select(p => p.Id);
            return partners.Select(i => i.CountryCode).Distinct().Select(c => new PartnerCore
            {
                CountryCode = c,
                Partners = partners.Count(p => p.CountryCode == c),
                VisitsToUs = visits.Count(v => v.Direction == VisitDirection.Inbound
                    && v.Delegation!.Institutions.Any(d => d.Institution!.CountryCode == c && ids.Contains(d.InstitutionId))),
                VisitsByUs = visits.Count(v => v.Direction == VisitDirection.Outbound && v.HostInstitution!.CountryCode == c && ids.Contains(v.HostInstitutionId)),
                ActiveAgreements = agreements.Count(a => a.Parties.Any(p => p.Institution!.CountryCode == c && ids.Contains(p.InstitutionId))),
                LastContact = started
                    .Where(v => (v.Direction == VisitDirection.Inbound
                            && v.Delegation!.Institutions.Any(d => d.Institution!.CountryCode == c && ids.Contains(d.InstitutionId)))
                        || (v.Direction == VisitDirection.Outbound && v.HostInstitution!.CountryCode == c && ids.Contains(v.HostInstitutionId)))
                    .Max(v => (DateOnly?)(v.EndDate > today ? today : v.EndDate)),
                Reviews = reviews.Count(r => r.Institution!.CountryCode == c && ids.Contains(r.InstitutionId)),
                LatestReviewId = reviews.Where(r => r.Institution!.CountryCode == c && ids.Contains(r.InstitutionId))
                    .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefault(),
            });
        }

        public IOrderedQueryable<PartnerCore> Ordered(IQueryable<PartnerCore> query) => (_definition.Sort switch
        {
            PartnerActivitySorts.Visits => query.OrderByDescending(r => r.VisitsToUs + r.VisitsByUs).ThenBy(r => r.Name),
            PartnerActivitySorts.Contact => query.OrderBy(r => r.LastContact != null).ThenBy(r => r.LastContact).ThenBy(r => r.Name),
            _ => query.OrderBy(r => r.Name),
        }).ThenBy(r => r.InstitutionId);
    }

    /// <summary>A row as the store computes it, before its latest review is read.</summary>
    private sealed class PartnerCore
    {
        public int? InstitutionId { get; init; }

        public string? Name { get; init; }

        public string CountryCode { get; init; } = string.Empty;

        public InstitutionKind? Kind { get; init; }

        public int Partners { get; init; }

        public int VisitsToUs { get; init; }

        public int VisitsByUs { get; init; }

        public int ActiveAgreements { get; init; }

        public DateOnly? LastContact { get; init; }

        public int Reviews { get; init; }

        public int? LatestReviewId { get; init; }
    }
}
