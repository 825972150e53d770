using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Agreements;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features;

/// <summary>The read models behind the record pages, on each store, from the reference visit.</summary>
public abstract class RecordServiceTests(TestStore store)
{
    private Task<(ReferenceVisit Graph, CooperationAgreement Agreement)> SeedAsync() =>
        store.SeedOnceAsync("records", db =>
        {
            var (graph, agreement, followUp) = Build();
            db.Visits.Add(graph.Visit);
            db.Agreements.Add(agreement);
            db.FollowUps.Add(followUp);
            return Task.FromResult((graph, agreement));
        });

    private static (ReferenceVisit Graph, CooperationAgreement Agreement, FollowUpAction FollowUp) Build()
    {
        var graph = ReferenceVisit.Create();
        var agreement = new CooperationAgreement
        {
            Title = "Memorandum on the Qinling Workshop",
            Kind = AgreementKind.TrainingOrOverseasWorkshop,
            Status = AgreementStatus.Active,
            SignedOn = new DateOnly(2025, 9, 1),
            ResponsibleUnit = graph.InternationalOffice,
            ResponsiblePerson = graph.WuXujin,
        };
        agreement.SetTerm(new DateOnly(2025, 9, 1), new DateOnly(2028, 8, 31));
        agreement.AddParty(graph.Xypi);
        agreement.AddParty(graph.Erg);
        agreement.AddParty(graph.AktobeCollege);
        agreement.AddField("0716");
        agreement.AddFramework(graph.QinlingWorkshop);
        agreement.LinkVisit(graph.Visit);
        var followUp = FollowUpAction.ForAgreement(agreement, "Agree the workshop's first intake");
        followUp.DueOn = new DateOnly(2025, 10, 1);
        followUp.Owner = graph.WuXujin;

        return (graph, agreement, followUp);
    }

    [Fact]
    public async Task Visit_Details_HoldEveryFactOfTheReferenceVisit()
    {
        var (graph, agreement) = await SeedAsync();

        var visit = await new VisitService(store.Contexts).GetAsync(graph.Visit.Id);

        Assert.NotNull(visit);
        Assert.Equal("Xianyang Polytechnic Institute", visit.Host.Name);
        Assert.Equal("CN", visit.HostCountryCode);
        Assert.Equal(15, visit.Delegation!.DeclaredSize);
        Assert.Equal([1, 1, 1, 1, 0], visit.Delegation.Institutions.Select(i => i.NamedMembers));
        Assert.Equal("Shaanxi ShangpinShuren Education Technology Co., Ltd.", visit.Delegation.Institutions[4].Name);
        Assert.Equal(["Ruslan Ismukhambetov", "Mashekenova Assiya", "Irgebayev Yernar", "Erlan Nursultanovich Safin"], visit.Delegation.Members.Select(m => m.FullName));
        Assert.Equal(["Project Head", "Vice President", "President", "Vice President"], visit.Delegation.Members.Select(m => m.Position));
        Assert.Equal(
            ["Wu Xujin|||True", "|Dean of the Automotive School|Automotive School|False", "|Dean of the Medical School|Medical School|False",
             "|Officials of the Office of International Exchange and Cooperation|Office of International Exchange and Cooperation|False"],
            visit.Hosts.Select(h => $"{h.FullName}|{h.RoleDescription}|{h.Unit}|{h.LeadsTalks}"));
        Assert.Equal(
            ["|", "CNC machining center|Technician School", "New energy vehicle lab|Automotive School", "Human Science Museum|Medical School"],
            visit.Agenda.Select(a => $"{a.Facility}|{a.FacilityUnit}"));
        Assert.Equal(
            ["0715|Mechanics and metal trades|advanced manufacturing", "0716|Motor vehicles, ships and aircraft|new energy vehicles",
             "0914|Medical diagnostic and treatment technology|medical technology"],
            visit.Fields.Select(f => $"{f.Code}|{f.Name}|{f.Wording}"));
        Assert.Equal(
            ["Belt and Road Initiative", "Qinling Workshop", "Globally recognised vocational standards"],
            visit.Frameworks.Select(f => f.Name));
        Assert.Equal(2, visit.Outcomes.Count);
        Assert.Equal("Wu Xujin", Assert.Single(visit.Quotations).Speaker);
        Assert.Equal([agreement.Title], visit.Agreements.Select(a => a.Title));
        Assert.Empty(visit.FollowUps);
    }

    [Fact]
    public async Task Visit_Details_OfAnUnknownId_IsNull()
    {
        await SeedAsync();

        Assert.Null(await new VisitService(store.Contexts).GetAsync(int.MaxValue));
    }

    [Fact]
    public async Task Institution_Profile_ListsUnitsPeopleVisitsAndAgreements()
    {
        var (graph, agreement) = await SeedAsync();

        var profile = await new InstitutionService(store.Contexts).GetAsync(graph.Xypi.Id);

        Assert.NotNull(profile);
        Assert.True(profile.IsHome);
        Assert.Equal("Shaanxi", profile.Region);
        Assert.Equal(
            ["Automotive School:New energy vehicle lab", "Medical School:Human Science Museum", "Office of International Exchange and Cooperation:", "Technician School:CNC machining center"],
            profile.Units.Select(u => $"{u.Name}:{string.Join(",", u.Facilities.Select(f => f.Name))}"));
        Assert.Equal(["Wu Xujin"], profile.People.Select(p => p.FullName));
        var visit = Assert.Single(profile.Visits);
        Assert.True(visit.AsHost);
        Assert.Equal([agreement.Title], profile.Agreements.Select(a => a.Title));
        Assert.Equal(["Agree the workshop's first intake"], profile.OpenFollowUps.Select(f => f.Title));
    }

    [Fact]
    public async Task Institution_Profile_OfARepresentedGuest_ShowsTheVisitAsGuest()
    {
        var (graph, _) = await SeedAsync();

        var profile = await new InstitutionService(store.Contexts).GetAsync(graph.ShangpinShuren.Id);

        var visit = Assert.Single(profile!.Visits);
        Assert.Equal(ReferenceVisit.VisitTitle, visit.Title);
        Assert.False(visit.AsHost);
        Assert.Empty(profile.People);
        Assert.Empty(profile.OpenFollowUps);
    }

    [Fact]
    public async Task Person_Profile_ShowsVisitsAsMemberOrHostAndAgreementsResponsibleFor()
    {
        var (graph, agreement) = await SeedAsync();
        var people = new PersonService(store.Contexts);

        var assiya = await people.GetAsync(graph.NamedMembers[1].Id);
        var wu = await people.GetAsync(graph.WuXujin.Id);

        Assert.Equal("East Kazakhstan Technical University", assiya!.Institution!.Name);
        Assert.Equal(["Delegation member|False"], assiya.Visits.Select(v => $"{v.Capacity}|{v.AsHost}"));
        Assert.Equal(["Host|True"], wu!.Visits.Select(v => $"{v.Capacity}|{v.AsHost}"));
        Assert.Equal([agreement.Title], wu.ResponsibleFor.Select(a => a.Title));
    }

    [Fact]
    public async Task Agreement_Details_ListPartiesFieldsFrameworksVisitsAndFollowUps()
    {
        var (graph, agreement) = await SeedAsync();

        var details = await new AgreementService(store.Contexts, store.Clock).GetAsync(agreement.Id);

        Assert.NotNull(details);
        Assert.Equal(AgreementKind.TrainingOrOverseasWorkshop, details.Kind);
        Assert.Equal(new DateOnly(2028, 8, 31), details.ExpiresOn);
        Assert.Equal(["Xianyang Polytechnic Institute|CN", "Eurasian Resources Group|KZ", "Aktobe Automobile and Highway College|KZ"],
            details.Parties.Select(p => $"{p.Name}|{p.CountryCode}"));
        Assert.Equal("Office of International Exchange and Cooperation", details.ResponsibleUnit);
        Assert.Equal("Wu Xujin", details.ResponsiblePerson!.FullName);
        Assert.Equal(["0716|Motor vehicles, ships and aircraft"], details.Fields.Select(f => $"{f.Code}|{f.Name}"));
        Assert.Equal(["Qinling Workshop"], details.Frameworks);
        Assert.Equal([graph.Visit.Id], details.Visits.Select(v => v.Id));
        var followUp = Assert.Single(details.FollowUps);
        Assert.Equal("Agree the workshop's first intake|Wu Xujin|2025-10-01|Open", $"{followUp.Title}|{followUp.Owner}|{followUp.DueOn:yyyy-MM-dd}|{followUp.Status}");
    }
}

public sealed class SqliteRecordServiceTests(SqliteStore store) : RecordServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresRecordServiceTests(PostgresStore store) : RecordServiceTests(store), IClassFixture<PostgresStore>;
