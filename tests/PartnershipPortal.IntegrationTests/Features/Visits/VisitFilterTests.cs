using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Tests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Visits;

/// <summary>Each visit filter, alone and combined, run in the database of each store on four known visits.</summary>
public abstract class VisitFilterTests(TestStore store)
{
    private Task<CalendarSeed> SeedAsync() => store.SeedOnceAsync("visit-filters", CalendarSeed.CreateAsync);

    private VisitService Visits => new(store.Contexts);

    private async Task<IReadOnlyList<int>> IdsAsync(VisitFilter filter)
    {
        var page = await Visits.ListAsync(new ListRequest(Sort: "start"), filter);
        Assert.Equal(page.Items.Count, page.TotalCount);
        return page.Items.Select(v => v.Id).ToList();
    }

    [Fact]
    public async Task NoFilter_ListsAllFour()
    {
        var seed = await SeedAsync();

        Assert.Equal([seed.ReferenceId, seed.GermanId, seed.AlmatyId, seed.TashkentId], await IdsAsync(VisitFilter.None));
    }

    [Fact]
    public async Task DateRange_KeepsEveryVisitThatOverlapsIt()
    {
        var seed = await SeedAsync();

        Assert.Equal([seed.ReferenceId, seed.GermanId], await IdsAsync(new VisitFilter(From: new DateOnly(2025, 5, 1), To: new DateOnly(2025, 5, 31))));
        Assert.Equal([seed.GermanId, seed.AlmatyId], await IdsAsync(new VisitFilter(From: new DateOnly(2025, 6, 1), To: new DateOnly(2025, 6, 30))));
        Assert.Equal([seed.AlmatyId, seed.TashkentId], await IdsAsync(new VisitFilter(From: new DateOnly(2025, 6, 12))));
        Assert.Equal([seed.ReferenceId], await IdsAsync(new VisitFilter(To: new DateOnly(2025, 5, 29))));
        Assert.Equal([seed.ReferenceId], await IdsAsync(new VisitFilter(From: new DateOnly(2025, 5, 20), To: new DateOnly(2025, 5, 20))));
    }

    [Fact]
    public async Task Direction_KeepsInboundOrOutbound()
    {
        var seed = await SeedAsync();

        Assert.Equal([seed.ReferenceId, seed.GermanId], await IdsAsync(new VisitFilter(Direction: VisitDirection.Inbound)));
        Assert.Equal([seed.AlmatyId, seed.TashkentId], await IdsAsync(new VisitFilter(Direction: VisitDirection.Outbound)));
    }

    [Fact]
    public async Task Status_KeepsThatStatusOnly()
    {
        var seed = await SeedAsync();

        Assert.Equal([seed.AlmatyId], await IdsAsync(new VisitFilter(Status: VisitStatus.Planned)));
        Assert.Equal([seed.GermanId], await IdsAsync(new VisitFilter(Status: VisitStatus.Confirmed)));
        Assert.Equal([seed.ReferenceId], await IdsAsync(new VisitFilter(Status: VisitStatus.Completed)));
        Assert.Equal([seed.TashkentId], await IdsAsync(new VisitFilter(Status: VisitStatus.Cancelled)));
    }

    [Fact]
    public async Task Country_MatchesTheHostOrAnyRepresentedInstitution()
    {
        var seed = await SeedAsync();

        Assert.Equal([seed.ReferenceId, seed.AlmatyId], await IdsAsync(new VisitFilter(CountryCode: "KZ")));
        Assert.Equal([seed.ReferenceId, seed.GermanId, seed.AlmatyId], await IdsAsync(new VisitFilter(CountryCode: "CN")));
        Assert.Equal([seed.GermanId], await IdsAsync(new VisitFilter(CountryCode: "DE")));
        Assert.Equal([seed.TashkentId], await IdsAsync(new VisitFilter(CountryCode: "UZ")));
        Assert.Empty(await IdsAsync(new VisitFilter(CountryCode: "FR")));
    }

    [Fact]
    public async Task Institution_MatchesTheHostOrARepresentedInstitution()
    {
        var seed = await SeedAsync();

        Assert.Equal([seed.ReferenceId, seed.AlmatyId], await IdsAsync(new VisitFilter(InstitutionId: seed.EktuId)));
        Assert.Equal([seed.ReferenceId, seed.GermanId, seed.AlmatyId], await IdsAsync(new VisitFilter(InstitutionId: seed.XypiId)));
        Assert.Empty(await IdsAsync(new VisitFilter(InstitutionId: 999_999)));
    }

    [Fact]
    public async Task Unit_MatchesAHostsUnit()
    {
        var seed = await SeedAsync();

        Assert.Equal([seed.ReferenceId, seed.GermanId], await IdsAsync(new VisitFilter(UnitId: seed.MedicalSchoolId)));
        Assert.Equal([seed.ReferenceId], await IdsAsync(new VisitFilter(UnitId: seed.AutomotiveSchoolId)));
        Assert.Equal([seed.AlmatyId], await IdsAsync(new VisitFilter(UnitId: seed.EngineeringFacultyId)));
    }

    [Fact]
    public async Task Field_MatchesAFieldOfInterest_ABroaderCodeTakingInTheDetailedOnes()
    {
        var seed = await SeedAsync();

        Assert.Equal([seed.ReferenceId], await IdsAsync(new VisitFilter(FieldCode: "0716")));
        Assert.Equal([seed.ReferenceId, seed.AlmatyId], await IdsAsync(new VisitFilter(FieldCode: "071")));
        Assert.Equal([seed.ReferenceId, seed.AlmatyId], await IdsAsync(new VisitFilter(FieldCode: "07")));
        Assert.Equal([seed.ReferenceId, seed.GermanId], await IdsAsync(new VisitFilter(FieldCode: "091")));
        Assert.Empty(await IdsAsync(new VisitFilter(FieldCode: "08")));
    }

    [Fact]
    public async Task Filters_Combine()
    {
        var seed = await SeedAsync();

        Assert.Equal([seed.ReferenceId], await IdsAsync(new VisitFilter(CountryCode: "KZ", Direction: VisitDirection.Inbound)));
        Assert.Equal([seed.GermanId], await IdsAsync(new VisitFilter(From: new DateOnly(2025, 6, 1), UnitId: seed.MedicalSchoolId)));
        Assert.Empty(await IdsAsync(new VisitFilter(Status: VisitStatus.Planned, FieldCode: "09")));
    }

    [Fact]
    public async Task Filter_RunsInTheDatabase()
    {
        await SeedAsync();
        using var capture = new SqlCapture(store.DatabaseName);

        await Visits.ListAsync(new ListRequest(), new VisitFilter(CountryCode: "KZ", FieldCode: "07", UnitId: 1));

        var count = Assert.Single(capture.Commands, c => c.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("\"CountryCode\"", count, StringComparison.Ordinal);
        Assert.Contains("\"IscedCode\"", count, StringComparison.Ordinal);
        Assert.Contains("\"UnitId\"", count, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Month_HoldsEveryVisitThatTouchesIt_LaidOutFromMonday()
    {
        var seed = await SeedAsync();
        var calendar = new VisitCalendar(store.Contexts);

        var may = await calendar.MonthAsync(new DateOnly(2025, 5, 14), VisitFilter.None);
        var june = await calendar.MonthAsync(new DateOnly(2025, 6, 1), VisitFilter.None);
        var juneOutbound = await calendar.MonthAsync(new DateOnly(2025, 6, 1), new VisitFilter(Direction: VisitDirection.Outbound));

        Assert.Equal(new DateOnly(2025, 5, 1), may.FirstDay);
        Assert.Equal([seed.ReferenceId, seed.GermanId], may.Visits.Select(v => v.Id));
        Assert.Equal(2, may.TotalCount);
        Assert.Equal([seed.GermanId, seed.AlmatyId], june.Visits.Select(v => v.Id));
        Assert.Equal([seed.AlmatyId], juneOutbound.Visits.Select(v => v.Id));
        var weeks = may.Weeks();
        Assert.Equal(5, weeks.Count);
        Assert.Equal(new DateOnly(2025, 4, 28), weeks[0][0]);
        Assert.Equal(new DateOnly(2025, 6, 1), weeks[^1][^1]);
        Assert.Equal([seed.GermanId], may.On(new DateOnly(2025, 5, 31)).Select(v => v.Id));
        Assert.Equal([seed.ReferenceId], may.On(new DateOnly(2025, 5, 20)).Select(v => v.Id));
        Assert.Equal("Xianyang Polytechnic Institute", may.Visits[0].HostInstitution);
    }

    [Fact]
    public async Task Choices_NameTheInstitutionAndOfferItsUnits()
    {
        var seed = await SeedAsync();
        var calendar = new VisitCalendar(store.Contexts);

        var ektu = await calendar.ChoicesAsync(seed.EktuId, null);
        var byUnit = await calendar.ChoicesAsync(null, seed.MedicalSchoolId);
        var unknown = await calendar.ChoicesAsync(999_999, null);

        Assert.Equal("East Kazakhstan Technical University", ektu.Institution!.Name);
        Assert.Equal(["Faculty of Engineering"], ektu.Units.Select(u => u.Name));
        Assert.Null(byUnit.Institution);
        Assert.Equal(["Automotive School", "Medical School", "Office of International Exchange and Cooperation", "Technician School"], byUnit.Units.Select(u => u.Name));
        Assert.Null(unknown.Institution);
        Assert.Empty(unknown.Units);
    }
}

public sealed class SqliteVisitFilterTests(SqliteStore store) : VisitFilterTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresVisitFilterTests(PostgresStore store) : VisitFilterTests(store), IClassFixture<PostgresStore>;
