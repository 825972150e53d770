using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Agreements;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Agreements;

/// <summary>The filters of /agreements, applied in the database, alone and together, with exact counts.</summary>
public abstract class AgreementListFilterTests(TestStore store)
{
    private AgreementService Agreements => new(store.Contexts, store.Clock);

    private DateOnly Today => DateOnly.FromDateTime(store.Clock.GetUtcNow().UtcDateTime);

    /// <summary>What the filters choose by: institutions, the home institution's units and frameworks.</summary>
    private sealed record Seeded(Institution Home, Institution Ektu, Institution Erg, Institution Hamburg, OrganisationalUnit Automotive, OrganisationalUnit Medical, FrameworkProgramme Bri, FrameworkProgramme Qinling);

    /// <summary>
    /// Six agreements titled "Filterset …", with expiry dates far from the clock's today, so that a test that
    /// moves the clock a day or two changes none of these counts:
    /// <list type="number">
    /// <item>active memorandum, home + EKTU, expires in 100 days, Automotive School, 0715, BRI</item>
    /// <item>active student exchange, home + ERG, expires in 400 days, Medical School, 0716, Qinling</item>
    /// <item>draft memorandum, home + EKTU + ERG, no expiry, Automotive School, 0914, BRI and Qinling</item>
    /// <item>signed joint research, home + Hamburg, expires in 20 days, 0715 and 0716</item>
    /// <item>expired memorandum, home + Hamburg, expired 30 days ago, Medical School</item>
    /// <item>terminated framework agreement, EKTU + Hamburg, expires in 200 days, 0311</item>
    /// </list>
    /// </summary>
    private Task<Seeded> SeedAsync() =>
        store.SeedOnceAsync("filterset", db =>
        {
            var home = new Institution { Name = "Xianyang Polytechnic Institute", Kind = InstitutionKind.VocationalSchool, CountryCode = "CN", IsHome = true };
            var automotive = home.AddUnit("Automotive School", UnitKind.School);
            var medical = home.AddUnit("Medical School", UnitKind.School);
            var ektu = new Institution { Name = "East Kazakhstan Technical University", Kind = InstitutionKind.University, CountryCode = "KZ" };
            var erg = new Institution { Name = "Eurasian Resources Group", Kind = InstitutionKind.Company, CountryCode = "KZ" };
            var hamburg = new Institution { Name = "Hamburg University of Applied Sciences", Kind = InstitutionKind.University, CountryCode = "DE" };
            var bri = new FrameworkProgramme { Name = "Belt and Road Initiative", Kind = FrameworkKind.Framework };
            var qinling = new FrameworkProgramme { Name = "Qinling Workshop", Kind = FrameworkKind.Project };
            var today = Today;

            CooperationAgreement Agreement(int n, AgreementStatus status, AgreementKind kind, int? expiresIn, OrganisationalUnit? unit, Institution[] parties, string[] fields, FrameworkProgramme[] frameworks)
            {
                var agreement = new CooperationAgreement { Title = $"Filterset agreement {n}", Status = status, Kind = kind, ResponsibleUnit = unit };
                agreement.SetTerm(today.AddYears(-3), expiresIn is int days ? today.AddDays(days) : null);
                foreach (var party in parties)
                {
                    agreement.AddParty(party);
                }

                foreach (var field in fields)
                {
                    agreement.AddField(field);
                }

                foreach (var framework in frameworks)
                {
                    agreement.AddFramework(framework);
                }

                return agreement;
            }

            db.Agreements.AddRange(
                Agreement(1, AgreementStatus.Active, AgreementKind.MemorandumOfUnderstanding, 100, automotive, [home, ektu], ["0715"], [bri]),
                Agreement(2, AgreementStatus.Active, AgreementKind.StudentExchange, 400, medical, [home, erg], ["0716"], [qinling]),
                Agreement(3, AgreementStatus.Draft, AgreementKind.MemorandumOfUnderstanding, null, automotive, [home, ektu, erg], ["0914"], [bri, qinling]),
                Agreement(4, AgreementStatus.Signed, AgreementKind.JointResearch, 20, null, [home, hamburg], ["0715", "0716"], []),
                Agreement(5, AgreementStatus.Expired, AgreementKind.MemorandumOfUnderstanding, -30, medical, [home, hamburg], [], []),
                Agreement(6, AgreementStatus.Terminated, AgreementKind.FrameworkAgreement, 200, null, [ektu, hamburg], ["0311"], []));
            return Task.FromResult(new Seeded(home, ektu, erg, hamburg, automotive, medical, bri, qinling));
        });

    private async Task<List<int>> NumbersAsync(AgreementFilter filter, string text = "filterset")
    {
        var page = await Agreements.ListAsync(new ListRequest(Text: text, PageSize: 100), filter);
        Assert.Equal(page.Items.Count, page.TotalCount);
        return page.Items.Select(r => int.Parse(r.Title[^1..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
    }

    public static TheoryData<string, int[]> Filters => new()
    {
        { "none", [1, 2, 3, 4, 5, 6] },
        { "expiring within 25", [4] },
        { "expiring within 10", [] },
        { "expiring within 365", [1, 4, 6] },
        { "expiring within 3650", [1, 2, 4, 6] },
        { "status active", [1, 2] },
        { "status draft", [3] },
        { "kind memorandum", [1, 3, 5] },
        { "party EKTU", [1, 3, 6] },
        { "party Hamburg", [4, 5, 6] },
        { "country KZ", [1, 2, 3, 6] },
        { "country DE", [4, 5, 6] },
        { "country CN", [1, 2, 3, 4, 5] },
        { "country FR", [] },
        { "unit Automotive", [1, 3] },
        { "unit Medical", [2, 5] },
        { "field 0715", [1, 4] },
        { "field 07 (broad)", [1, 2, 4] },
        { "field 031 (narrow)", [6] },
        { "framework Qinling", [2, 3] },
        { "active in Kazakhstan", [1, 2] },
        { "memoranda with Hamburg", [5] },
        { "active, expiring within 365", [1] },
        { "drafts by the Medical School", [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task List_Filtered_HoldsExactlyTheMatchingAgreements(string filter, int[] expected)
    {
        var s = await SeedAsync();
        var chosen = filter switch
        {
            "none" => AgreementFilter.None,
            "expiring within 25" => new AgreementFilter(ExpiringWithinDays: 25),
            "expiring within 10" => new AgreementFilter(ExpiringWithinDays: 10),
            "expiring within 365" => new AgreementFilter(ExpiringWithinDays: 365),
            "expiring within 3650" => new AgreementFilter(ExpiringWithinDays: 3650),
            "status active" => new AgreementFilter(Status: AgreementStatus.Active),
            "status draft" => new AgreementFilter(Status: AgreementStatus.Draft),
            "kind memorandum" => new AgreementFilter(Kind: AgreementKind.MemorandumOfUnderstanding),
            "party EKTU" => new AgreementFilter(PartyId: s.Ektu.Id),
            "party Hamburg" => new AgreementFilter(PartyId: s.Hamburg.Id),
            "country KZ" => new AgreementFilter(CountryCode: "KZ"),
            "country DE" => new AgreementFilter(CountryCode: "DE"),
            "country CN" => new AgreementFilter(CountryCode: "CN"),
            "country FR" => new AgreementFilter(CountryCode: "FR"),
            "unit Automotive" => new AgreementFilter(UnitId: s.Automotive.Id),
            "unit Medical" => new AgreementFilter(UnitId: s.Medical.Id),
            "field 0715" => new AgreementFilter(FieldCode: "0715"),
            "field 07 (broad)" => new AgreementFilter(FieldCode: "07"),
            "field 031 (narrow)" => new AgreementFilter(FieldCode: "031"),
            "framework Qinling" => new AgreementFilter(FrameworkId: s.Qinling.Id),
            "active in Kazakhstan" => new AgreementFilter(Status: AgreementStatus.Active, CountryCode: "KZ"),
            "memoranda with Hamburg" => new AgreementFilter(Kind: AgreementKind.MemorandumOfUnderstanding, PartyId: s.Hamburg.Id),
            "active, expiring within 365" => new AgreementFilter(ExpiringWithinDays: 365, Status: AgreementStatus.Active),
            "drafts by the Medical School" => new AgreementFilter(Status: AgreementStatus.Draft, UnitId: s.Medical.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(filter)),
        };

        Assert.Equal(expected, await NumbersAsync(chosen));
    }

    [Fact]
    public async Task ExpiringWithin_CountsTodayAndTheNthDay_NotYesterdayNorTheDayAfter_AndFollowsTheClock()
    {
        var today = Today;
        await using (var db = store.NewContext())
        {
            var home = new Institution { Name = "Boundary College", Kind = InstitutionKind.College, CountryCode = "CN" };
            var partner = new Institution { Name = "Boundary Partner", Kind = InstitutionKind.Company, CountryCode = "KZ" };
            foreach (var (n, days) in new[] { (1, -1), (2, 0), (3, 30), (4, 31) })
            {
                var agreement = new CooperationAgreement { Title = $"Boundary agreement {n}", Status = AgreementStatus.Active };
                agreement.SetTerm(today.AddYears(-1), today.AddDays(days));
                agreement.AddParty(home);
                agreement.AddParty(partner);
                db.Agreements.Add(agreement);
            }

            await db.SaveChangesAsync();
        }

        var within30 = new AgreementFilter(ExpiringWithinDays: 30);
        Assert.Equal([2, 3], await NumbersAsync(within30, "boundary agreement"));
        Assert.Equal([2], await NumbersAsync(new AgreementFilter(ExpiringWithinDays: 1), "boundary agreement"));

        store.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal([3, 4], await NumbersAsync(within30, "boundary agreement"));
        Assert.Equal([1, 2, 3, 4], await NumbersAsync(AgreementFilter.None, "boundary agreement"));
    }
}

public sealed class SqliteAgreementListFilterTests(SqliteStore store) : AgreementListFilterTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresAgreementListFilterTests(PostgresStore store) : AgreementListFilterTests(store), IClassFixture<PostgresStore>;
