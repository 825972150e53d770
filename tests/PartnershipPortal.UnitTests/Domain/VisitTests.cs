using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;

namespace PartnershipPortal.UnitTests.Domain;

public sealed class VisitTests
{
    private static readonly DateOnly May20 = ReferenceVisit.Date;
    private static readonly DateOnly May21 = May20.AddDays(1);
    private static readonly DateOnly May22 = May20.AddDays(2);

    private static Visit OneDayVisit()
    {
        var visit = new Visit { Title = ReferenceVisit.VisitTitle, TimeZoneId = "Asia/Shanghai" };
        visit.Schedule(May20, May20);
        return visit;
    }

    private static Facility CncCenter() => new OrganisationalUnit { Name = "Technician School" }.AddFacility("CNC machining center");

    [Fact]
    public void ReferenceVisit_BuildsThroughEveryInvariant()
    {
        var reference = ReferenceVisit.Create();

        Assert.Equal((May20, May20), (reference.Visit.StartDate, reference.Visit.EndDate));
        Assert.Equal(4, reference.Visit.AgendaItems.Count);
        Assert.Equal(["0715", "0716", "0914"], reference.Visit.FieldsOfInterest.Select(f => f.IscedCode));
        Assert.Same(reference.WuXujin, reference.Visit.Quotations.Single().Speaker);
    }

    [Fact]
    public void Schedule_WhenEndIsOnOrAfterStart_SetsTheDates()
    {
        var visit = OneDayVisit();

        visit.Schedule(May20, May22);

        Assert.Equal((May20, May22), (visit.StartDate, visit.EndDate));
    }

    [Fact]
    public void Schedule_WhenEndIsBeforeStart_RefusesAndKeepsTheDates()
    {
        var visit = OneDayVisit();

        var error = Assert.Throws<DomainException>(() => visit.Schedule(May21, May20));

        Assert.Equal("A visit cannot end before it starts.", error.Message);
        Assert.Equal((May20, May20), (visit.StartDate, visit.EndDate));
    }

    [Fact]
    public void Schedule_WhenTheNewDatesStillHoldEveryAgendaItem_Reschedules()
    {
        var visit = OneDayVisit();
        visit.AddAgendaItem(May20, AgendaItemKind.Talks, "Talks");

        visit.Schedule(May20, May21);

        Assert.Equal(May21, visit.EndDate);
    }

    [Fact]
    public void Schedule_WhenAnAgendaItemWouldFallOutside_Refuses()
    {
        var visit = OneDayVisit();
        visit.AddAgendaItem(May20, AgendaItemKind.Talks, "Talks");

        var error = Assert.Throws<DomainException>(() => visit.Schedule(May21, May22));

        Assert.Equal("Every agenda item must fall within the visit's dates.", error.Message);
    }

    [Fact]
    public void AddAgendaItem_WhenOnTheDayOfTheVisit_AddsItInOrder()
    {
        var visit = OneDayVisit();

        visit.AddAgendaItem(May20, AgendaItemKind.Talks, "Talks");
        var tour = visit.AddAgendaItem(May20, AgendaItemKind.FacilityTour, "Tour of the CNC machining center", CncCenter(),
            new TimeOnly(10, 0), new TimeOnly(10, 0));

        Assert.Equal(1, tour.Order);
        Assert.Equal("CNC machining center", tour.Facility?.Name);
    }

    [Fact]
    public void AddAgendaItem_WhenOutsideTheVisitsDates_Refuses()
    {
        var visit = OneDayVisit();

        var error = Assert.Throws<DomainException>(() => visit.AddAgendaItem(May21, AgendaItemKind.Talks, "Talks"));

        Assert.Equal("An agenda item must fall within the visit's dates.", error.Message);
        Assert.Empty(visit.AgendaItems);
    }

    [Fact]
    public void AddAgendaItem_WhenItEndsBeforeItStarts_Refuses()
    {
        var visit = OneDayVisit();

        var error = Assert.Throws<DomainException>(() =>
            visit.AddAgendaItem(May20, AgendaItemKind.Talks, "Talks", startTime: new TimeOnly(10, 0), endTime: new TimeOnly(9, 30)));

        Assert.Equal("An agenda item cannot end before it starts.", error.Message);
    }

    [Fact]
    public void AddAgendaItem_WhenATourNamesNoFacility_Refuses()
    {
        var visit = OneDayVisit();

        var error = Assert.Throws<DomainException>(() => visit.AddAgendaItem(May20, AgendaItemKind.FacilityTour, "Tour"));

        Assert.Equal("A facility tour names the facility toured.", error.Message);
    }

    [Fact]
    public void AddHostByRole_WhenARoleIsGiven_RecordsItTrimmedAndNotAsAPerson()
    {
        var visit = OneDayVisit();

        var host = visit.AddHostByRole("  Dean of the Medical School ");

        Assert.Equal("Dean of the Medical School", host.RoleDescription);
        Assert.Null(host.Person);
        Assert.Null(host.PersonId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AddHostByRole_WhenTheRoleIsEmpty_Refuses(string role)
    {
        var visit = OneDayVisit();

        var error = Assert.Throws<DomainException>(() => visit.AddHostByRole(role));

        Assert.Equal("A host without a name needs a role description.", error.Message);
        Assert.Empty(visit.Hosts);
    }

    [Fact]
    public void AddHost_WhenAPersonHosts_RecordsThePersonLeadingTheTalks()
    {
        var visit = OneDayVisit();

        var host = visit.AddHost(new Person { FullName = "Wu Xujin", Position = "Vice President" }, leads: true);

        Assert.Equal("Wu Xujin", host.Person?.FullName);
        Assert.True(host.LeadsTalks);
    }

    [Fact]
    public void AddQuotation_WhenTheSpeakerIsAPerson_RecordsTheQuotation()
    {
        var visit = OneDayVisit();
        var speaker = new Person { FullName = "Mashekenova Assiya" };

        var quotation = visit.AddQuotation(ReferenceVisit.Quote, speaker);

        Assert.Same(speaker, quotation.Speaker);
    }

    [Fact]
    public void AddQuotation_WhenTheSpeakerIsOnlyDescribed_RecordsTheQuotation()
    {
        var visit = OneDayVisit();

        var quotation = visit.AddQuotation(ReferenceVisit.Quote, null, "A representative of the delegation");

        Assert.Equal("A representative of the delegation", quotation.SpeakerDescription);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void AddQuotation_WhenNoSpeakerIsNamed_Refuses(string? description)
    {
        var visit = OneDayVisit();

        var error = Assert.Throws<DomainException>(() => visit.AddQuotation(ReferenceVisit.Quote, null, description));

        Assert.Equal("A quotation names its speaker, by person or by description.", error.Message);
        Assert.Empty(visit.Quotations);
    }

    [Fact]
    public void AddFieldOfInterest_WhenTheCodeIsAlreadyListed_Refuses()
    {
        var visit = OneDayVisit();
        visit.AddFieldOfInterest("0715", "advanced manufacturing");
        visit.AddFieldOfInterest("0716", "new energy vehicles");

        var error = Assert.Throws<DomainException>(() => visit.AddFieldOfInterest("0715"));

        Assert.Equal("Field 0715 is already listed.", error.Message);
    }

    [Fact]
    public void AddCooperationInterest_WhenTheKindIsAlreadyListed_RefusesButAllowsOtherTwice()
    {
        var visit = OneDayVisit();
        visit.AddCooperationInterest(CooperationKind.JointResearch);
        visit.AddCooperationInterest(CooperationKind.Other, "equipment donations");
        visit.AddCooperationInterest(CooperationKind.Other, "language courses");

        var error = Assert.Throws<DomainException>(() => visit.AddCooperationInterest(CooperationKind.JointResearch));

        Assert.Equal("JointResearch is already listed.", error.Message);
        Assert.Equal(3, visit.CooperationInterests.Count);
    }
}
