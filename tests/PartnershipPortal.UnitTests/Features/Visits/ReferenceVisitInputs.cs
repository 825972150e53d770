using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Visits;

namespace PartnershipPortal.UnitTests.Features.Visits;

/// <summary>
/// The reference visit (20 May 2025, Xianyang) as its form would send it, with ids as stored: XYPI is
/// institution 1, Wu Xujin person 1, the four named members persons 11 to 14.
/// </summary>
internal static class ReferenceVisitInputs
{
    public static DelegationInput Delegation() => new()
    {
        Title = "Delegation from Kazakhstan (ERG, universities and colleges)",
        DeclaredSize = 15,
        Members =
        [
            new() { PersonId = 11 },
            new() { PersonId = 12 },
            new() { PersonId = 13 },
            new() { PersonId = 14 },
        ],
        InstitutionIds = [2, 3, 4, 5, 6],
    };

    public static VisitInput Visit() => new()
    {
        Title = ReferenceVisit.VisitTitle,
        Direction = VisitDirection.Inbound,
        StartDate = ReferenceVisit.Date,
        EndDate = ReferenceVisit.Date,
        TimeZoneId = "Asia/Shanghai",
        HostInstitutionId = 1,
        Place = "Xianyang Polytechnic Institute, Xianyang, Shaanxi",
        Status = VisitStatus.Completed,
        Summary = "A 15-member delegation from Kazakhstan visited the institute to strengthen educational and industrial ties.",
        Delegation = Delegation(),
        Hosts =
        [
            new() { PersonId = 1, LeadsTalks = true },
            new() { RoleDescription = "Dean of the Automotive School", UnitId = 2 },
            new() { RoleDescription = "Dean of the Medical School", UnitId = 3 },
        ],
        AgendaItems =
        [
            new() { Date = ReferenceVisit.Date, Kind = AgendaItemKind.Talks, Title = "Talks: the institute's history, location, majors and international cooperation" },
            new() { Date = ReferenceVisit.Date, Kind = AgendaItemKind.FacilityTour, Title = "Tour of the CNC machining center", FacilityId = 1 },
            new() { Date = ReferenceVisit.Date, Kind = AgendaItemKind.FacilityTour, Title = "Tour of the new energy vehicle lab", FacilityId = 2 },
            new() { Date = ReferenceVisit.Date, Kind = AgendaItemKind.FacilityTour, Title = "Tour of the Human Science Museum", FacilityId = 3 },
        ],
        FieldsOfInterest =
        [
            new() { IscedCode = "0715", Wording = "advanced manufacturing" },
            new() { IscedCode = "0716", Wording = "new energy vehicles" },
            new() { IscedCode = "0914", Wording = "medical technology" },
        ],
        CooperationInterests =
        [
            new() { Kind = CooperationKind.JointResearch, Wording = "joint research" },
            new() { Kind = CooperationKind.FacultyExchange, Wording = "faculty-student exchanges" },
            new() { Kind = CooperationKind.StudentExchange, Wording = "faculty-student exchanges" },
            new() { Kind = CooperationKind.SkillsDevelopmentProgramme, Wording = "skills development programs" },
        ],
        FrameworkIds = [1, 2, 3],
        Outcomes =
        [
            "Both sides intend to deepen cooperation in vocational education.",
            "XYPI aims to partner with Kazakh institutions and enterprises to establish vocational education benchmarks.",
        ],
        Quotations = [new() { Text = ReferenceVisit.Quote, SpeakerPersonId = 1 }],
    };
}
