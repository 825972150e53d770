using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reference;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>
/// The partner activity report on the demo data (40 institutions, 60 visits, 30 agreements, plus reviews), against
/// the same report worked out in memory from the loaded records: on data of that size each store plans its own
/// subqueries, and every plan must count the same.
/// </summary>
public abstract class PartnerActivityDemoTests(TestStore store)
{
    private sealed record Records(List<Institution> Institutions, List<Visit> Visits, List<CooperationAgreement> Agreements, List<PartnerReview> Reviews);

    private Task<Records> LoadAsync() => store.SeedOnceAsync("partner-demo", async db =>
    {
        await new DemoDataLoader(store.Contexts, store.Clock, NullLogger<DemoDataLoader>.Instance).LoadAsync(CancellationToken.None);
        var unit = await db.Units.FirstAsync(u => u.Institution!.IsHome);
        var partners = await db.Institutions.Where(i => !i.IsHome).OrderBy(i => i.Id).Take(6).ToListAsync();
        for (var i = 0; i < partners.Count; i++)
        {
            var review = new PartnerReview
            {
                InstitutionId = partners[i % 3].Id, UnitId = unit.Id, AuthorUserId = "dean", AuthorName = "Dean",
                ReviewedOn = new DateOnly(2025, 1, 1).AddDays(i % 4 * 30), Recommendation = (ReviewRecommendation)(i % 4),
            };
            review.Rate(1 + (i % 5), 2 + (i % 4), 3, 1 + (i % 3));
            db.PartnerReviews.Add(review);
            await db.SaveChangesAsync();
        }

        return new Records(
            await db.Institutions.AsNoTracking().ToListAsync(),
            await db.Visits.AsNoTracking().Include(v => v.Delegation!.Institutions).ToListAsync(),
            await db.Agreements.AsNoTracking().Include(a => a.Parties).ToListAsync(),
            await db.PartnerReviews.AsNoTracking().ToListAsync());
    });

    /// <summary>The report as its definition describes it, counted here one record at a time.</summary>
    private static List<PartnerActivityRow> Expected(Records records, PartnerActivityDefinition definition, DateOnly today)
    {
        var visits = records.Visits.Where(v => v.Status != VisitStatus.Cancelled).ToList();
        var inPeriod = visits.Where(v => (definition.From is not { } from || v.EndDate >= from) && (definition.To is not { } to || v.StartDate <= to)).ToList();
        var active = records.Agreements.Where(a => a.Status == AgreementStatus.Active).ToList();
        static bool Involves(Visit v, Func<int, bool> partner) => v.Direction == VisitDirection.Inbound
            ? v.Delegation?.Institutions.Any(d => partner(d.InstitutionId)) == true
            : partner(v.HostInstitutionId);
        var partners = records.Institutions
            .Where(i => !i.IsHome && (definition.CountryCode is null || i.CountryCode == definition.CountryCode)
                && (definition.Kind is null || i.Kind.ToString() == definition.Kind))
            .Where(i => (!definition.ActiveOnly && !i.IsArchived)
                || inPeriod.Any(v => Involves(v, id => id == i.Id)) || active.Any(a => a.Parties.Any(p => p.InstitutionId == i.Id)))
            .ToList();
        var names = records.Institutions.ToDictionary(i => i.Id, i => i.Name);

        PartnerActivityRow Row(string? name, string country, InstitutionKind? kind, ICollection<int> ids)
        {
            var latest = records.Reviews.Where(r => ids.Contains(r.InstitutionId)).OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id).FirstOrDefault();
            var last = visits.Where(v => v.StartDate <= today && Involves(v, ids.Contains)).Select(v => (DateOnly?)(v.EndDate > today ? today : v.EndDate)).Max();
            return new(name, country, kind, ids.Count,
                inPeriod.Count(v => v.Direction == VisitDirection.Inbound && Involves(v, ids.Contains)),
                inPeriod.Count(v => v.Direction == VisitDirection.Outbound && Involves(v, ids.Contains)),
                active.Count(a => a.Parties.Any(p => ids.Contains(p.InstitutionId))), last,
                records.Reviews.Count(r => ids.Contains(r.InstitutionId)),
                latest is null ? null : new(Math.Round(latest.Average, 1, MidpointRounding.AwayFromZero), latest.Recommendation, latest.ReviewedOn, names[latest.InstitutionId]));
        }

        return definition.ByCountry
            ? partners.GroupBy(i => i.CountryCode).Select(g => Row(null, g.Key, null, g.Select(i => i.Id).ToHashSet()))
                .OrderBy(r => Countries.EnglishName(r.CountryCode), StringComparer.Ordinal).ToList()
            : partners.Select(i => Row(i.Name, i.CountryCode, i.Kind, new HashSet<int> { i.Id }))
                .OrderBy(r => r.Institution, StringComparer.Ordinal).ToList();
    }

    public static readonly TheoryData<string?, int, int, bool, string?> Definitions = new()
    {
        { null, 0, 0, false, null },
        { "country", 0, 0, false, null },
        { null, -120, 30, true, null },
        { "country", -120, 30, true, null },
        { "country", -365, 0, false, "University" },
        { null, -60, 60, false, "College" },
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public async Task TheReport_CountsAsTheRecordsDo(string? by, int fromDays, int toDays, bool activeOnly, string? kind)
    {
        var records = await LoadAsync();
        var service = PartnerActivityTestData.Service(store);
        var today = service.Today;
        var definition = new PartnerActivityDefinition
        {
            By = by, From = fromDays == 0 ? null : today.AddDays(fromDays), To = toDays == 0 ? null : today.AddDays(toDays), ActiveOnly = activeOnly, Kind = kind,
        };

        var rows = await service.RowsAsync(definition).ToListAsync();

        var expected = Expected(records, definition, today);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, by == "country" ? rows : rows.OrderBy(r => r.Institution, StringComparer.Ordinal).ToList());
        Assert.Equal(expected.Count, await service.CountAsync(definition));
    }
}

public sealed class SqlitePartnerActivityDemoTests(SqliteStore store) : PartnerActivityDemoTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresPartnerActivityDemoTests(PostgresStore store) : PartnerActivityDemoTests(store), IClassFixture<PostgresStore>;
