using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Demo;

/// <summary>
/// The demo data as the store holds it after loading: the reference visit with every fact of the
/// scenario, the spread's variety, and a second load that adds nothing. The demo is loaded once per
/// store by whichever test comes first; the tests only read afterwards, so their order does not matter.
/// </summary>
public abstract partial class DemoDataLoaderTests(TestStore store)
{
    private static readonly ConditionalWeakTable<TestStore, Lazy<Task<DemoLoadResult>>> FirstLoads = new();

    private DemoDataLoader NewLoader() => new(store.Contexts, store.Clock, NullLogger<DemoDataLoader>.Instance);

    private Task<DemoLoadResult> LoadOnceAsync() =>
        FirstLoads.GetValue(store, _ => new Lazy<Task<DemoLoadResult>>(() => NewLoader().LoadAsync(CancellationToken.None))).Value;

    private async Task<Visit> ReadReferenceVisitAsync()
    {
        await LoadOnceAsync();
        await using var db = store.NewContext();
        return await db.Visits.AsNoTracking()
            .Include(v => v.HostInstitution)
            .Include(v => v.Delegation!).ThenInclude(d => d.Members).ThenInclude(m => m.Person!).ThenInclude(p => p.Institution)
            .Include(v => v.Delegation!).ThenInclude(d => d.Institutions).ThenInclude(i => i.Institution)
            .Include(v => v.Hosts).ThenInclude(h => h.Person)
            .Include(v => v.Hosts).ThenInclude(h => h.Unit)
            .Include(v => v.AgendaItems).ThenInclude(a => a.Facility!).ThenInclude(f => f.Unit)
            .Include(v => v.FieldsOfInterest)
            .Include(v => v.CooperationInterests)
            .Include(v => v.Frameworks).ThenInclude(f => f.Framework!).ThenInclude(f => f.OwnerInstitution)
            .Include(v => v.Outcomes)
            .Include(v => v.Quotations).ThenInclude(q => q.Speaker)
            .AsSplitQuery()
            .SingleAsync(v => v.Title == ReferenceVisit.VisitTitle);
    }

    [Fact]
    public async Task ReferenceVisit_IsHostedByXypi_TheHomeInstitutionInXianyangShaanxiChina()
    {
        var host = (await ReadReferenceVisitAsync()).HostInstitution!;

        Assert.Equal("Xianyang Polytechnic Institute", host.Name);
        Assert.Equal("XYPI", host.Acronym);
        Assert.True(host.IsHome);
        Assert.Equal("Xianyang", host.City);
        Assert.Equal("Shaanxi", host.Region);
        Assert.Equal("CN", host.CountryCode);
    }

    [Fact]
    public async Task ReferenceVisit_IsInboundAndCompleted_On20May2025()
    {
        var visit = await ReadReferenceVisitAsync();

        Assert.Equal(VisitDirection.Inbound, visit.Direction);
        Assert.Equal(new DateOnly(2025, 5, 20), visit.StartDate);
        Assert.Equal(new DateOnly(2025, 5, 20), visit.EndDate);
        Assert.Equal(VisitStatus.Completed, visit.Status);
        Assert.Equal("Asia/Shanghai", visit.TimeZoneId);
    }

    [Fact]
    public async Task ReferenceVisit_DelegationDeclares15_AndRepresentsFiveOrganisations()
    {
        var delegation = (await ReadReferenceVisitAsync()).Delegation!;

        Assert.Equal(15, delegation.DeclaredSize);
        Assert.Equal(
            ["Eurasian Resources Group|Company|KZ", "East Kazakhstan Technical University|University|KZ",
             "Oriental Technical-Humanities College|College|KZ", "Aktobe Automobile and Highway College|College|KZ",
             "Shaanxi ShangpinShuren Education Technology Co., Ltd.|Company|CN"],
            delegation.Institutions.OrderBy(i => i.Order).Select(i => $"{i.Institution!.Name}|{i.Institution.Kind}|{i.Institution.CountryCode}"));
        var shangpin = delegation.Institutions.Single(i => i.Institution!.Name.StartsWith("Shaanxi ShangpinShuren", StringComparison.Ordinal));
        Assert.DoesNotContain(delegation.Members, m => m.Person!.InstitutionId == shangpin.InstitutionId);
    }

    [Fact]
    public async Task ReferenceVisit_NamesFourMembers_WithTheirExactPositionsAndInstitutions()
    {
        var members = (await ReadReferenceVisitAsync()).Delegation!.Members.OrderBy(m => m.Order).ToList();

        Assert.Equal(4, members.Count);
        Assert.Equal("Ruslan Ismukhambetov", members[0].Person!.FullName);
        Assert.Equal("Project Head", members[0].Person!.Position);
        Assert.Equal("Eurasian Resources Group", members[0].Person!.Institution!.Name);
        Assert.Equal("Mashekenova Assiya", members[1].Person!.FullName);
        Assert.Equal("Vice President", members[1].Person!.Position);
        Assert.Equal("East Kazakhstan Technical University", members[1].Person!.Institution!.Name);
        Assert.Equal("Irgebayev Yernar", members[2].Person!.FullName);
        Assert.Equal("President", members[2].Person!.Position);
        Assert.Equal("Oriental Technical-Humanities College", members[2].Person!.Institution!.Name);
        Assert.Equal("Erlan Nursultanovich Safin", members[3].Person!.FullName);
        Assert.Equal("Vice President", members[3].Person!.Position);
        Assert.Equal("Aktobe Automobile and Highway College", members[3].Person!.Institution!.Name);
    }

    [Fact]
    public async Task ReferenceVisit_HostsAreWuXujinLeadingTheTalks_AndThreeHostsByRoleWithTheirUnits()
    {
        var hosts = (await ReadReferenceVisitAsync()).Hosts.OrderBy(h => h.Order).ToList();

        Assert.Equal(4, hosts.Count);
        Assert.Equal("Wu Xujin", hosts[0].Person!.FullName);
        Assert.Equal("Vice President", hosts[0].Person!.Position);
        Assert.True(hosts[0].LeadsTalks);
        Assert.Equal("Dean of the Automotive School", hosts[1].RoleDescription);
        Assert.Equal("Automotive School", hosts[1].Unit!.Name);
        Assert.Equal("Dean of the Medical School", hosts[2].RoleDescription);
        Assert.Equal("Medical School", hosts[2].Unit!.Name);
        Assert.Equal("Officials of the Office of International Exchange and Cooperation", hosts[3].RoleDescription);
        Assert.Equal("Office of International Exchange and Cooperation", hosts[3].Unit!.Name);
        Assert.All(hosts.Skip(1), h => Assert.Null(h.PersonId));
        Assert.All(hosts.Skip(1), h => Assert.False(h.LeadsTalks));
    }

    [Fact]
    public async Task ReferenceVisit_AgendaIsTheTalksThenToursOfTheThreeFacilities()
    {
        var agenda = (await ReadReferenceVisitAsync()).AgendaItems.OrderBy(a => a.Order).ToList();

        Assert.Equal(4, agenda.Count);
        Assert.All(agenda, a => Assert.Equal(new DateOnly(2025, 5, 20), a.Date));
        Assert.Equal(AgendaItemKind.Talks, agenda[0].Kind);
        Assert.Contains("history, location, majors and international cooperation", agenda[0].Title, StringComparison.Ordinal);
        Assert.Equal(AgendaItemKind.FacilityTour, agenda[1].Kind);
        Assert.Equal("CNC machining center", agenda[1].Facility!.Name);
        Assert.Equal("Technician School", agenda[1].Facility!.Unit!.Name);
        Assert.Equal(AgendaItemKind.FacilityTour, agenda[2].Kind);
        Assert.Equal("New energy vehicle lab", agenda[2].Facility!.Name);
        Assert.Equal("Automotive School", agenda[2].Facility!.Unit!.Name);
        Assert.Equal(AgendaItemKind.FacilityTour, agenda[3].Kind);
        Assert.Equal("Human Science Museum", agenda[3].Facility!.Name);
        Assert.Equal("Medical School", agenda[3].Facility!.Unit!.Name);
    }

    [Fact]
    public async Task ReferenceVisit_FieldsAreIsced0715_0716_0914_WithTheArticlesOwnWords()
    {
        var fields = (await ReadReferenceVisitAsync()).FieldsOfInterest.OrderBy(f => f.Order).ToList();

        Assert.Equal(3, fields.Count);
        Assert.Equal("0715", fields[0].IscedCode);
        Assert.Equal("advanced manufacturing", fields[0].Wording);
        Assert.Equal("0716", fields[1].IscedCode);
        Assert.Equal("new energy vehicles", fields[1].Wording);
        Assert.Equal("0914", fields[2].IscedCode);
        Assert.Equal("medical technology", fields[2].Wording);

        await using var db = store.NewContext();
        Assert.Equal("Mechanics and metal trades", (await db.IscedFields.SingleAsync(f => f.Code == "0715")).Name);
        Assert.Equal("Motor vehicles, ships and aircraft", (await db.IscedFields.SingleAsync(f => f.Code == "0716")).Name);
        Assert.Equal("Medical diagnostic and treatment technology", (await db.IscedFields.SingleAsync(f => f.Code == "0914")).Name);
    }

    [Fact]
    public async Task ReferenceVisit_GuestsAskForJointResearchExchangesAndSkillsDevelopment()
    {
        var interests = (await ReadReferenceVisitAsync()).CooperationInterests.OrderBy(c => c.Order).ToList();

        Assert.Equal(
            [CooperationKind.JointResearch, CooperationKind.FacultyExchange, CooperationKind.StudentExchange, CooperationKind.SkillsDevelopmentProgramme],
            interests.Select(c => c.Kind));
        Assert.Equal("joint research", interests[0].Wording);
        Assert.Equal("faculty-student exchanges", interests[1].Wording);
        Assert.Equal("faculty-student exchanges", interests[2].Wording);
        Assert.Equal("skills development programs", interests[3].Wording);
    }

    [Fact]
    public async Task ReferenceVisit_FallsUnderTheBeltAndRoad_AndPresentsTheQinlingWorkshopAndVocationalStandards()
    {
        var frameworks = (await ReadReferenceVisitAsync()).Frameworks.Select(f => f.Framework!).ToList();

        Assert.Equal(3, frameworks.Count);
        var bri = Assert.Single(frameworks, f => f.Name == "Belt and Road Initiative");
        Assert.Equal("BRI", bri.Acronym);
        Assert.Equal(FrameworkKind.Framework, bri.Kind);
        Assert.Null(bri.OwnerInstitutionId);
        var qinling = Assert.Single(frameworks, f => f.Name == "Qinling Workshop");
        Assert.Equal(FrameworkKind.Project, qinling.Kind);
        Assert.Equal("XYPI", qinling.OwnerInstitution!.Acronym);
        Assert.Contains("Sino-Kazakh", qinling.Description, StringComparison.Ordinal);
        var standards = Assert.Single(frameworks, f => f.Name == "Globally recognised vocational standards");
        Assert.Equal("XYPI", standards.OwnerInstitution!.Acronym);
    }

    [Fact]
    public async Task ReferenceVisit_KeepsBothOutcomes_AndTheQuotationOfWuXujin()
    {
        var visit = await ReadReferenceVisitAsync();

        Assert.Equal(
            ["Both sides intend to deepen cooperation in vocational education.",
             "XYPI aims to partner with Kazakh institutions and enterprises to establish vocational education benchmarks."],
            visit.Outcomes.OrderBy(o => o.Order).Select(o => o.Text));
        var quotation = Assert.Single(visit.Quotations);
        Assert.StartsWith("We look forward to deepening mutual understanding, ", quotation.Text, StringComparison.Ordinal);
        Assert.Equal(ReferenceVisit.Quote, quotation.Text);
        Assert.Equal("Wu Xujin", quotation.Speaker!.FullName);
    }

    [Fact]
    public async Task Load_ReturnsExactCounts_AndTheStoreHoldsThem()
    {
        var result = await LoadOnceAsync();

        Assert.Equal(new DemoLoadResult(true, 40, 64, 60, 30, 40), result);
        Assert.Equal(new DemoLoadResult(true, result.Institutions, result.People, result.Visits, result.Agreements, result.FollowUps), await CountStoredAsync());
    }

    [Fact]
    public async Task Load_Twice_AddsNothing_AndSaysNothingWasLoaded()
    {
        await LoadOnceAsync();
        var before = await CountStoredAsync();
        await using var counting = store.NewContext();
        var delegationsBefore = await counting.Delegations.CountAsync();
        var frameworksBefore = await counting.Frameworks.CountAsync();

        var second = await NewLoader().LoadAsync(CancellationToken.None);

        Assert.False(second.Loaded);
        Assert.Equal(DemoLoadResult.NothingLoaded, second);
        Assert.Equal(before, await CountStoredAsync());
        await using var db = store.NewContext();
        Assert.Equal(delegationsBefore, await db.Delegations.CountAsync());
        Assert.Equal(frameworksBefore, await db.Frameworks.CountAsync());
        Assert.Equal(1, await db.Institutions.CountAsync(i => i.IsHome));
        Assert.Equal(1, await db.Visits.CountAsync(v => v.Title == ReferenceVisit.VisitTitle));
    }

    private async Task<DemoLoadResult> CountStoredAsync()
    {
        await using var db = store.NewContext();
        return new DemoLoadResult(
            true,
            await db.Institutions.CountAsync(),
            await db.People.CountAsync(),
            await db.Visits.CountAsync(),
            await db.Agreements.CountAsync(),
            await db.FollowUps.CountAsync());
    }
}

public sealed class SqliteDemoDataLoaderTests(SqliteStore store) : DemoDataLoaderTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresDemoDataLoaderTests(PostgresStore store) : DemoDataLoaderTests(store), IClassFixture<PostgresStore>;
