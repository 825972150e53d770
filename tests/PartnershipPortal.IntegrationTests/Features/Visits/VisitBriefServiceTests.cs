using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.Core.Features.Visits.Brief;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Visits;

public abstract class VisitBriefServiceTests(TestStore store)
{
    private VisitBriefService Service => new(store.Contexts, new VisitService(store.Contexts), store.Clock);

    /// <summary>The reference visit, an earlier visit of EKTU and ERG, a later one, an agreement with EKTU and two reviews of it.</summary>
    private async Task<(ReferenceVisit Graph, Visit Earlier, Visit Later)> SeedAsync()
    {
        var graph = ReferenceVisit.Create();
        var earlier = new Visit { Title = "EKTU rector at XYPI", Direction = VisitDirection.Inbound, HostInstitution = graph.Xypi, Status = VisitStatus.Completed };
        earlier.Schedule(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 9));
        earlier.Delegation = new Delegation { Title = "EKTU and ERG" };
        earlier.Delegation.Represent(graph.Ektu);
        earlier.Delegation.Represent(graph.Erg);
        var cancelled = new Visit { Title = "Cancelled trip to ERG", Direction = VisitDirection.Outbound, HostInstitution = graph.Erg, Status = VisitStatus.Cancelled };
        cancelled.Schedule(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 2));
        var later = new Visit { Title = "Return visit to EKTU", Direction = VisitDirection.Outbound, HostInstitution = graph.Ektu, Status = VisitStatus.Planned };
        later.Schedule(new DateOnly(2025, 11, 3), new DateOnly(2025, 11, 5));

        var agreement = new CooperationAgreement { Title = "Memorandum with EKTU", Kind = AgreementKind.MemorandumOfUnderstanding, Status = AgreementStatus.Active };
        agreement.SetTerm(new DateOnly(2024, 11, 1), new DateOnly(2029, 10, 31));
        agreement.AddParty(graph.Xypi);
        agreement.AddParty(graph.Ektu);

        var older = new PartnerReview { Institution = graph.Ektu, Unit = graph.TechnicianSchool, AuthorUserId = "dean", AuthorName = "Dean", ReviewedOn = new DateOnly(2023, 5, 1), Recommendation = ReviewRecommendation.Review };
        older.Rate(2, 2, 2, 2);
        var latest = new PartnerReview { Institution = graph.Ektu, Unit = graph.AutomotiveSchool, AuthorUserId = "dean", AuthorName = "Dean", ReviewedOn = new DateOnly(2025, 1, 15), Recommendation = ReviewRecommendation.Expand };
        latest.Rate(5, 4, 4, 3);

        await using var db = store.NewContext();
        db.AddRange(graph.Visit, earlier, cancelled, later, agreement, older, latest);
        await db.SaveChangesAsync();
        return (graph, earlier, later);
    }

    [Fact]
    public async Task TheBrief_GivesEachPartnerItsHistoryWithUs_AndLeavesOutOurOwnInstitution()
    {
        var (graph, earlier, _) = await SeedAsync();

        var brief = await Service.BuildAsync(graph.Visit.Id);

        Assert.NotNull(brief);
        Assert.Equal(TestStore.Start, brief.PreparedAt);
        Assert.Equal(ReferenceVisit.VisitTitle, brief.Visit.Title);
        Assert.Equal(
            ["Eurasian Resources Group", "East Kazakhstan Technical University", "Oriental Technical-Humanities College",
             "Aktobe Automobile and Highway College", "Shaanxi ShangpinShuren Education Technology Co., Ltd."],
            brief.Partners.Select(p => p.Name));

        var ektu = brief.Partners[1];
        Assert.Equal("Восточно-Казахстанский технический университет имени Д. Серикбаева", ektu.OriginalName);
        Assert.Equal([(earlier.Id, "EKTU rector at XYPI", false)], ektu.EarlierVisits.Select(v => (v.Id, v.Title, v.AsHost)));
        Assert.Equal([("Memorandum with EKTU", AgreementStatus.Active, (DateOnly?)new DateOnly(2029, 10, 31))], ektu.Agreements.Select(a => (a.Title, a.Status, a.ExpiresOn)));
        Assert.Equal(new PartnerReviewSummary(new DateOnly(2025, 1, 15), "Automotive School", 4m, ReviewRecommendation.Expand), ektu.LatestReview);

        // The cancelled trip does not count as history; the later visit is not "earlier".
        var erg = brief.Partners[0];
        Assert.Equal(["EKTU rector at XYPI"], erg.EarlierVisits.Select(v => v.Title));
        Assert.Empty(erg.Agreements);
        Assert.Null(erg.LatestReview);
    }

    [Fact]
    public async Task AnOutboundVisit_TreatsItsHostAsThePartner()
    {
        var (_, earlier, later) = await SeedAsync();

        var brief = await Service.BuildAsync(later.Id);

        var partner = Assert.Single(brief!.Partners);
        Assert.Equal("East Kazakhstan Technical University", partner.Name);
        Assert.Equal(["Kazakh delegation at Xianyang Polytechnic Institute", "EKTU rector at XYPI"], partner.EarlierVisits.Select(v => v.Title));
        Assert.Equal(earlier.Id, partner.EarlierVisits[1].Id);
    }

    [Fact]
    public async Task AVisitThatDoesNotExist_HasNoBrief() => Assert.Null(await Service.BuildAsync(int.MaxValue));
}

public sealed class SqliteVisitBriefServiceTests(SqliteStore store) : VisitBriefServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresVisitBriefServiceTests(PostgresStore store) : VisitBriefServiceTests(store), IClassFixture<PostgresStore>;
