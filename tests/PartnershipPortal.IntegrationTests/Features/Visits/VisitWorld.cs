using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Visits;

/// <summary>
/// Everything the reference visit refers to (XYPI with its units and facilities, Wu Xujin, the five
/// organisations of the delegation and their four named members, the three frameworks), stored without
/// the visit itself, so that tests record the visit through the editor as the form would.
/// </summary>
public sealed record VisitWorld(
    int Xypi, int AutomotiveSchool, int MedicalSchool, int InternationalOffice, int CncCenter, int NewEnergyVehicleLab, int HumanScienceMuseum,
    int WuXujin, IReadOnlyList<int> Partners, IReadOnlyList<int> Members, IReadOnlyList<int> Frameworks, int Stranger, int StrangersLab)
{
    public static Task<VisitWorld> SeedOnceAsync(TestStore store) => store.SeedOnceAsync("visit-world", async db =>
    {
        var reference = ReferenceVisit.Create();
        db.Institutions.AddRange(reference.Institutions);
        db.People.Add(reference.WuXujin);
        db.People.AddRange(reference.NamedMembers);
        db.Frameworks.AddRange(reference.BeltAndRoad, reference.QinlingWorkshop, reference.VocationalStandards);
        var stranger = new Institution { Name = "Karaganda Technical University", Kind = InstitutionKind.University, CountryCode = "KZ" };
        var lab = stranger.AddUnit("Faculty of Mining", UnitKind.Faculty).AddFacility("Mine rescue training ground");
        db.Institutions.Add(stranger);
        await db.SaveChangesAsync();
        return new VisitWorld(
            reference.Xypi.Id, reference.AutomotiveSchool.Id, reference.MedicalSchool.Id, reference.InternationalOffice.Id,
            reference.CncCenter.Id, reference.NewEnergyVehicleLab.Id, reference.HumanScienceMuseum.Id, reference.WuXujin.Id,
            [reference.Erg.Id, reference.Ektu.Id, reference.OrientalCollege.Id, reference.AktobeCollege.Id, reference.ShangpinShuren.Id],
            reference.NamedMembers.Select(m => m.Id).ToList(),
            [reference.BeltAndRoad.Id, reference.QinlingWorkshop.Id, reference.VocationalStandards.Id],
            stranger.Id, lab.Id);
    });

    /// <summary>The reference visit as the stepper sends it.</summary>
    public VisitInput ReferenceInput() => new()
    {
        Title = ReferenceVisit.VisitTitle,
        Direction = VisitDirection.Inbound,
        StartDate = ReferenceVisit.Date,
        EndDate = ReferenceVisit.Date,
        TimeZoneId = "Asia/Shanghai",
        HostInstitutionId = Xypi,
        Place = "Xianyang Polytechnic Institute, Xianyang, Shaanxi",
        Status = VisitStatus.Completed,
        Summary = "A 15-member delegation from Kazakhstan visited the institute to strengthen educational and industrial ties.",
        Delegation = new DelegationInput
        {
            Title = "Delegation from Kazakhstan (ERG, universities and colleges)",
            DeclaredSize = 15,
            InstitutionIds = [.. Partners],
            Members = Members.Select(id => new DelegationMemberInput { PersonId = id }).ToList(),
            HeadPersonId = Members[0],
        },
        Hosts =
        [
            new() { PersonId = WuXujin, LeadsTalks = true },
            new() { RoleDescription = "Dean of the Automotive School", UnitId = AutomotiveSchool },
            new() { RoleDescription = "Dean of the Medical School", UnitId = MedicalSchool },
            new() { RoleDescription = "Officials of the Office of International Exchange and Cooperation", UnitId = InternationalOffice },
        ],
        AgendaItems =
        [
            new() { Date = ReferenceVisit.Date, Kind = AgendaItemKind.Talks, Title = "Talks: the institute's history, location, majors and international cooperation", StartTime = new TimeOnly(9, 30), EndTime = new TimeOnly(11, 0) },
            new() { Date = ReferenceVisit.Date, Kind = AgendaItemKind.FacilityTour, Title = "Tour of the CNC machining center", FacilityId = CncCenter },
            new() { Date = ReferenceVisit.Date, Kind = AgendaItemKind.FacilityTour, Title = "Tour of the new energy vehicle lab", FacilityId = NewEnergyVehicleLab },
            new() { Date = ReferenceVisit.Date, Kind = AgendaItemKind.FacilityTour, Title = "Tour of the Human Science Museum", FacilityId = HumanScienceMuseum },
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
        FrameworkIds = [.. Frameworks],
        Outcomes =
        [
            "Both sides intend to deepen cooperation in vocational education.",
            "XYPI aims to partner with Kazakh institutions and enterprises to establish vocational education benchmarks.",
        ],
        Quotations = [new() { Text = ReferenceVisit.Quote, SpeakerPersonId = WuXujin }],
    };
}
