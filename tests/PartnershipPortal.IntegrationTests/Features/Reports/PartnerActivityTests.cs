using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.IntegrationTests.Infrastructure;
using static PartnershipPortal.IntegrationTests.Features.Reports.PartnerActivityTestData;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>The partner activity report counted in the store, per institution and per country, on both stores.</summary>
public abstract class PartnerActivityTests(TestStore store)
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private async Task<List<PartnerActivityRow>> RowsAsync(PartnerActivityDefinition definition)
    {
        await SeedAsync(store);
        var service = Service(store);
        var rows = await service.RowsAsync(definition).ToListAsync();
        var preview = await service.PreviewAsync(definition);
        Assert.Equal(rows, preview.Rows);
        Assert.Equal(rows.Count, preview.TotalCount);
        Assert.Equal(rows.Count, await service.CountAsync(definition));
        return rows;
    }

    private static PartnerLatestReview Review(decimal rating, ReviewRecommendation recommendation, DateOnly on, string institution) =>
        new(rating, recommendation, on, institution);

    private static readonly PartnerLatestReview EktuLatest = Review(4.3m, ReviewRecommendation.Maintain, new(2025, 4, 10), Ektu);
    private static readonly PartnerLatestReview AktobeLatest = Review(2.8m, ReviewRecommendation.Review, new(2025, 1, 15), Aktobe);

    [Fact]
    public async Task PerInstitution_InTheQuarter_CountsEachWayAndLeavesOutTheHomeCancelledAndIdleArchived()
    {
        var rows = await RowsAsync(Quarter);

        Assert.Equal(
        [
            new(Aktobe, "KZ", InstitutionKind.College, 1, 1, 0, 1, new DateOnly(2025, 2, 12), 2, AktobeLatest),
            new(ArchivedWithAgreement, "DE", InstitutionKind.Company, 1, 0, 0, 1, null, 0, null),
            new(Dormant, "KZ", InstitutionKind.Company, 1, 0, 0, 0, null, 0, null),
            new(Ektu, "KZ", InstitutionKind.University, 1, 1, 1, 2, new DateOnly(2025, 4, 2), 2, EktuLatest),
            new(Normal, "CN", InstitutionKind.University, 1, 0, 0, 1, Today, 0, null),
        ], rows);
    }

    [Fact]
    public async Task PerInstitution_WithoutAPeriod_CountsEveryVisitButTheCancelled()
    {
        var rows = await RowsAsync(new());

        Assert.Equal(
            [(Aktobe, 2, 0), (ArchivedWithAgreement, 0, 0), (Dormant, 0, 0), (Ektu, 2, 1), (Normal, 1, 1)],
            rows.Select(r => (r.Institution!, r.VisitsToUs, r.VisitsByUs)));
    }

    [Fact]
    public async Task ActiveOnly_LeavesOutPartnersWithoutAVisitInThePeriodOrAnActiveAgreement()
    {
        Assert.Equal([Aktobe, ArchivedWithAgreement, Ektu, Normal], (await RowsAsync(Quarter with { ActiveOnly = true })).Select(r => r.Institution));
        Assert.Equal([Aktobe], (await RowsAsync(new() { From = new(2025, 7, 1), ActiveOnly = true, Kind = "College" })).Select(r => r.Institution));
    }

    [Fact]
    public async Task Filters_NarrowByCountryAndKind()
    {
        Assert.Equal([Normal], (await RowsAsync(new() { CountryCode = "CN" })).Select(r => r.Institution));
        Assert.Equal([Aktobe], (await RowsAsync(new() { Kind = "College" })).Select(r => r.Institution));
        Assert.Empty(await RowsAsync(new() { CountryCode = "RU" }));
    }

    [Fact]
    public async Task Sorts_ByVisitsMostFirst_AndByContactNeverContactedFirst()
    {
        Assert.Equal([Ektu, Aktobe, Normal, ArchivedWithAgreement, Dormant], (await RowsAsync(new() { Sort = "visits" })).Select(r => r.Institution));
        Assert.Equal([ArchivedWithAgreement, Dormant, Aktobe, Ektu, Normal], (await RowsAsync(new() { Sort = "contact" })).Select(r => r.Institution));
    }

    [Fact]
    public async Task PerCountry_CountsAVisitOrAgreementOnceHoweverManyOfItsInstitutionsComeFromThere()
    {
        var rows = await RowsAsync(new() { By = "country" });

        Assert.Equal(
        [
            new(null, "CN", null, 1, 1, 1, 1, Today, 0, null),
            new(null, "DE", null, 1, 0, 0, 1, null, 0, null),
            new(null, "KZ", null, 3, 3, 1, 2, new DateOnly(2025, 4, 2), 4, EktuLatest),
        ], rows);
    }

    [Fact]
    public async Task PerCountry_FollowsThePeriodFiltersAndSorts()
    {
        Assert.Equal(
            [("KZ", 2, 1, 1, 2), ("CN", 1, 0, 0, 1), ("DE", 1, 0, 0, 1)],
            (await RowsAsync(Quarter with { By = "country", ActiveOnly = true, Sort = "visits" })).Select(r => (r.CountryCode, r.Partners, r.VisitsToUs, r.VisitsByUs, r.ActiveAgreements)));
        Assert.Equal(["DE", "KZ", "CN"], (await RowsAsync(new() { By = "country", Sort = "contact" })).Select(r => r.CountryCode));
        Assert.Equal(
            [("KZ", 1, 2, AktobeLatest)],
            (await RowsAsync(new() { By = "country", Kind = "College" })).Select(r => (r.CountryCode, r.Partners, r.VisitsToUs, r.LatestReview)));
    }

    [Fact]
    public async Task ABadDefinition_IsRefusedBeforeAnythingIsRead()
    {
        await SeedAsync(store);

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => Service(store).PreviewAsync(new() { Sort = "size" }));
    }
}

public sealed class SqlitePartnerActivityTests(SqliteStore store) : PartnerActivityTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresPartnerActivityTests(PostgresStore store) : PartnerActivityTests(store), IClassFixture<PostgresStore>;
