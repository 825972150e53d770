using System.Globalization;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Agreements;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Tests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features;

/// <summary>Paging, sorting and filtering of the four lists, run in the database of each store.</summary>
public abstract class ListServiceTests(TestStore store)
{
    private const string Country = "UZ";

    /// <summary>The reference visit, 30 numbered institutions in Uzbekistan with one visit each, and one agreement.</summary>
    private Task SeedAsync() => store.SeedOnceAsync("lists", db =>
    {
        var reference = ReferenceVisit.Create();
        db.Visits.Add(reference.Visit);
        for (var n = 1; n <= 30; n++)
        {
            var institution = new Institution
            {
                Name = string.Create(CultureInfo.InvariantCulture, $"Tashkent Institute {n:00}"),
                Kind = n % 2 == 0 ? InstitutionKind.University : InstitutionKind.College,
                CountryCode = Country,
                City = "Tashkent",
            };
            var visit = new Visit
            {
                Title = string.Create(CultureInfo.InvariantCulture, $"Study visit {n:00}"),
                Direction = VisitDirection.Outbound,
                HostInstitution = institution,
                Status = VisitStatus.Planned,
            };
            visit.Schedule(new DateOnly(2026, 1, 1).AddDays(n), new DateOnly(2026, 1, 1).AddDays(n + 1));
            db.Visits.Add(visit);
        }

        var agreement = new CooperationAgreement { Title = "Memorandum with ERG and EKTU", Kind = AgreementKind.MemorandumOfUnderstanding };
        agreement.AddParty(reference.Xypi);
        agreement.AddParty(reference.Erg);
        agreement.AddParty(reference.Ektu);
        agreement.LinkVisit(reference.Visit);
        db.Agreements.Add(agreement);
        return Task.CompletedTask;
    });

    private InstitutionService Institutions => new(store.Contexts);

    private VisitService Visits => new(store.Contexts);

    [Fact]
    public async Task Institutions_SecondPageSortedByName_ReturnsRowsElevenToTwenty()
    {
        await SeedAsync();

        var page = await Institutions.ListAsync(new ListRequest(Text: "tashkent institute", Sort: "name", Page: 2, PageSize: 10));

        Assert.Equal(30, page.TotalCount);
        Assert.Equal(2, page.PageNumber);
        Assert.Equal(Enumerable.Range(11, 10).Select(n => $"Tashkent Institute {n}"), page.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task Institutions_SortedDescending_StartsWithTheLastName()
    {
        await SeedAsync();

        var page = await Institutions.ListAsync(new ListRequest(Text: "tashkent", Sort: "name", Descending: true, PageSize: 3));

        Assert.Equal(["Tashkent Institute 30", "Tashkent Institute 29", "Tashkent Institute 28"], page.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task Institutions_PageBeyondTheLast_ReturnsTheLastPage()
    {
        await SeedAsync();

        var page = await Institutions.ListAsync(new ListRequest(Text: "tashkent", Page: 99, PageSize: 25));

        Assert.Equal(2, page.PageNumber);
        Assert.Equal(5, page.Items.Count);
    }

    [Fact]
    public async Task Institutions_UnknownSortAndOversizedPage_FallBackToNameAndTheCap()
    {
        await SeedAsync();

        var page = await Institutions.ListAsync(new ListRequest(Sort: "drop table", PageSize: 10_000));

        Assert.Equal(ListRequest.MaxPageSize, page.PageSize);
        Assert.Equal(page.Items.Select(i => i.Name).Order(StringComparer.Ordinal), page.Items.Select(i => i.Name));
    }

    [Theory]
    [InlineData("xypi", "Xianyang Polytechnic Institute")]
    [InlineData("咸阳", "Xianyang Polytechnic Institute")]
    [InlineData("восточно", "East Kazakhstan Technical University")]
    [InlineData("ＥＲＧ", "Eurasian Resources Group")]
    public async Task Institutions_TextFilter_MatchesAnyScriptAndAcronyms(string text, string expected)
    {
        await SeedAsync();

        var page = await Institutions.ListAsync(new ListRequest(Text: text));

        Assert.Equal([expected], page.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task Institutions_PageQuery_PagesInTheDatabase()
    {
        await SeedAsync();
        using var capture = new SqlCapture(store.DatabaseName);

        await Institutions.ListAsync(new ListRequest(Text: "tashkent", Page: 2, PageSize: 10));

        var select = Assert.Single(capture.Commands, c => c.Contains("\"Name\"", StringComparison.Ordinal) && c.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && !c.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.Contains("LIMIT", select, StringComparison.Ordinal);
        Assert.Contains("OFFSET", select, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Institutions_FilteredByCountryKindStatusAndField_ReturnExactlyTheMatches()
    {
        await SeedAsync();

        var uzbekColleges = await Institutions.ListAsync(new ListRequest(PageSize: 100), new InstitutionFilter(CountryCode: "UZ", Kind: InstitutionKind.College));
        var kazakhCompanies = await Institutions.ListAsync(new ListRequest(), new InstitutionFilter(CountryCode: "KZ", Kind: InstitutionKind.Company));
        var home = await Institutions.ListAsync(new ListRequest(), new InstitutionFilter(Status: RelationshipStatus.ActivePartner));
        var vehicles = await Institutions.ListAsync(new ListRequest(), new InstitutionFilter(FieldCode: "0716"));
        var engineering = await Institutions.ListAsync(new ListRequest(), new InstitutionFilter(FieldCode: "07"));
        var agriculture = await Institutions.ListAsync(new ListRequest(), new InstitutionFilter(FieldCode: "08"));

        Assert.Equal(15, uzbekColleges.TotalCount);
        Assert.All(uzbekColleges.Items, i => Assert.Equal((InstitutionKind.College, "UZ"), (i.Kind, i.CountryCode)));
        Assert.Equal(["Eurasian Resources Group"], kazakhCompanies.Items.Select(i => i.Name));
        Assert.Equal(["Xianyang Polytechnic Institute"], home.Items.Select(i => i.Name));
        Assert.Equal(6, vehicles.TotalCount);
        Assert.Equal(vehicles.Items.Select(i => i.Name), engineering.Items.Select(i => i.Name));
        Assert.Equal(0, agriculture.TotalCount);
    }

    [Fact]
    public async Task Visits_FilteredToKazakh_FindsTheReferenceVisit()
    {
        await SeedAsync();

        var page = await Visits.ListAsync(new ListRequest(Text: "kazakh"));

        var row = Assert.Single(page.Items);
        Assert.Equal(ReferenceVisit.VisitTitle, row.Title);
        Assert.Equal(new DateOnly(2025, 5, 20), row.StartDate);
        Assert.Equal("Xianyang Polytechnic Institute", row.HostInstitution);
        Assert.Equal("CN", row.HostCountryCode);
        Assert.Equal(15, row.DelegationSize);
    }

    [Fact]
    public async Task Visits_FilteredByARepresentedInstitution_FindsTheVisit()
    {
        await SeedAsync();

        var page = await Visits.ListAsync(new ListRequest(Text: "Aktobe Automobile"));

        Assert.Equal([ReferenceVisit.VisitTitle], page.Items.Select(v => v.Title));
    }

    [Fact]
    public async Task Visits_SortedByStartDescending_PutsTheLatestFirst()
    {
        await SeedAsync();

        var page = await Visits.ListAsync(new ListRequest(Sort: "start", Descending: true, PageSize: 2));

        Assert.Equal(31, page.TotalCount);
        Assert.Equal(["Study visit 30", "Study visit 29"], page.Items.Select(v => v.Title));
    }

    [Fact]
    public async Task People_FilteredByNameOrInstitution_FindTheMembers()
    {
        await SeedAsync();
        var people = new PersonService(store.Contexts);

        var byName = await people.ListAsync(new ListRequest(Text: "assiya"));
        var byInstitution = await people.ListAsync(new ListRequest(Text: "eurasian resources"));

        var assiya = Assert.Single(byName.Items);
        Assert.Equal("Mashekenova Assiya", assiya.FullName);
        Assert.Equal("Vice President", assiya.Position);
        Assert.Equal("East Kazakhstan Technical University", assiya.InstitutionName);
        Assert.Equal(["Ruslan Ismukhambetov"], byInstitution.Items.Select(p => p.FullName));
    }

    [Fact]
    public async Task Agreements_ListShowsPartiesInOrder_AndFiltersByParty()
    {
        await SeedAsync();
        var agreements = new AgreementService(store.Contexts, store.Clock);

        var page = await agreements.ListAsync(new ListRequest(Text: "east kazakhstan"));

        var row = Assert.Single(page.Items);
        Assert.Equal("Memorandum with ERG and EKTU", row.Title);
        Assert.Equal(["XYPI", "ERG", "EKTU"], row.Parties);
    }
}

public sealed class SqliteListServiceTests(SqliteStore store) : ListServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresListServiceTests(PostgresStore store) : ListServiceTests(store), IClassFixture<PostgresStore>;
