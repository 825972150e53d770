using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Demo;

/// <summary>
/// The reference visit of the scenario (a 15-member delegation from Kazakhstan at Xianyang Polytechnic
/// Institute on 20 May 2025) as a graph of unsaved entities. Demo data and tests build it from here so
/// that both hold exactly the same facts.
/// </summary>
public sealed class ReferenceVisit
{
    public static readonly DateOnly Date = new(2025, 5, 20);

    public const string VisitTitle = "Kazakh delegation at Xianyang Polytechnic Institute";

    public const string Quote =
        "We look forward to deepening mutual understanding, exploring innovative collaboration models, and sharing expertise to advance practical cooperation in vocational education.";

    private ReferenceVisit()
    {
    }

    public required Institution Xypi { get; init; }

    public required OrganisationalUnit AutomotiveSchool { get; init; }

    public required OrganisationalUnit MedicalSchool { get; init; }

    public required OrganisationalUnit TechnicianSchool { get; init; }

    public required OrganisationalUnit InternationalOffice { get; init; }

    public required Facility CncCenter { get; init; }

    public required Facility NewEnergyVehicleLab { get; init; }

    public required Facility HumanScienceMuseum { get; init; }

    public required Person WuXujin { get; init; }

    public required Institution Erg { get; init; }

    public required Institution Ektu { get; init; }

    public required Institution OrientalCollege { get; init; }

    public required Institution AktobeCollege { get; init; }

    public required Institution ShangpinShuren { get; init; }

    public required IReadOnlyList<Person> NamedMembers { get; init; }

    public required FrameworkProgramme BeltAndRoad { get; init; }

    public required FrameworkProgramme QinlingWorkshop { get; init; }

    public required FrameworkProgramme VocationalStandards { get; init; }

    public required Delegation Delegation { get; init; }

    public required Visit Visit { get; init; }

    public IEnumerable<Institution> Institutions => [Xypi, Erg, Ektu, OrientalCollege, AktobeCollege, ShangpinShuren];

    public static ReferenceVisit Create()
    {
        var xypi = new Institution
        {
            Name = "Xianyang Polytechnic Institute",
            OriginalName = "咸阳职业技术学院",
            Acronym = "XYPI",
            Kind = InstitutionKind.VocationalSchool,
            CountryCode = "CN",
            Region = "Shaanxi",
            City = "Xianyang",
            IsHome = true,
            RelationshipStatus = RelationshipStatus.ActivePartner,
        };
        var automotive = xypi.AddUnit("Automotive School", UnitKind.School);
        var medical = xypi.AddUnit("Medical School", UnitKind.School);
        var technician = xypi.AddUnit("Technician School", UnitKind.School);
        var office = xypi.AddUnit("Office of International Exchange and Cooperation", UnitKind.Office);
        var cnc = technician.AddFacility("CNC machining center");
        var nevLab = automotive.AddFacility("New energy vehicle lab");
        var museum = medical.AddFacility("Human Science Museum");

        var wu = new Person { FullName = "Wu Xujin", Position = "Vice President", Institution = xypi };

        var erg = Partner("Eurasian Resources Group", "ERG", InstitutionKind.Company, "KZ", null);
        var ektu = Partner("East Kazakhstan Technical University", "EKTU", InstitutionKind.University, "KZ", "Ust-Kamenogorsk");
        ektu.OriginalName = "Восточно-Казахстанский технический университет имени Д. Серикбаева";
        var oriental = Partner("Oriental Technical-Humanities College", null, InstitutionKind.College, "KZ", null);
        var aktobe = Partner("Aktobe Automobile and Highway College", null, InstitutionKind.College, "KZ", "Aktobe");
        var shangpin = Partner("Shaanxi ShangpinShuren Education Technology Co., Ltd.", null, InstitutionKind.Company, "CN", null);
        shangpin.Region = "Shaanxi";

        Person[] members =
        [
            new() { FullName = "Ruslan Ismukhambetov", Position = "Project Head", Institution = erg },
            new() { FullName = "Mashekenova Assiya", Position = "Vice President", Institution = ektu },
            new() { FullName = "Irgebayev Yernar", Position = "President", Institution = oriental },
            new() { FullName = "Erlan Nursultanovich Safin", Position = "Vice President", Institution = aktobe },
        ];

        var delegation = new Delegation { Title = "Delegation from Kazakhstan (ERG, universities and colleges)" };
        delegation.SetDeclaredSize(15);
        foreach (var institution in new[] { erg, ektu, oriental, aktobe, shangpin })
        {
            delegation.Represent(institution);
        }

        foreach (var member in members)
        {
            delegation.AddMember(member);
        }

        var bri = new FrameworkProgramme
        {
            Name = "Belt and Road Initiative",
            Acronym = "BRI",
            Kind = FrameworkKind.Framework,
            Description = "China's framework for cooperation along the Silk Road Economic Belt and the Maritime Silk Road.",
        };
        var qinling = new FrameworkProgramme
        {
            Name = "Qinling Workshop",
            Kind = FrameworkKind.Project,
            Description = "XYPI's Sino-Kazakh overseas education project.",
            OwnerInstitution = xypi,
        };
        var standards = new FrameworkProgramme
        {
            Name = "Globally recognised vocational standards",
            Kind = FrameworkKind.Initiative,
            Description = "XYPI's development of vocational education standards recognised internationally.",
            OwnerInstitution = xypi,
        };

        var visit = new Visit
        {
            Title = VisitTitle,
            Direction = VisitDirection.Inbound,
            TimeZoneId = "Asia/Shanghai",
            HostInstitution = xypi,
            Place = "Xianyang Polytechnic Institute, Xianyang, Shaanxi",
            Status = VisitStatus.Completed,
            Delegation = delegation,
            Summary = "A 15-member delegation from Kazakhstan's Eurasian Resources Group, East Kazakhstan Technical University, "
                + "Oriental Technical-Humanities College and Aktobe Automobile and Highway College, with Shaanxi ShangpinShuren "
                + "Education Technology Co., Ltd., visited the institute to strengthen educational and industrial ties. "
                + "Wu Xujin introduced the institute's history, location, majors and international cooperation under the Belt and Road Initiative.",
        };
        visit.Schedule(Date, Date);
        visit.AddHost(wu, unit: null, leads: true);
        visit.AddHostByRole("Dean of the Automotive School", automotive);
        visit.AddHostByRole("Dean of the Medical School", medical);
        visit.AddHostByRole("Officials of the Office of International Exchange and Cooperation", office);
        visit.AddAgendaItem(Date, AgendaItemKind.Talks, "Talks: the institute's history, location, majors and international cooperation");
        visit.AddAgendaItem(Date, AgendaItemKind.FacilityTour, "Tour of the CNC machining center", cnc);
        visit.AddAgendaItem(Date, AgendaItemKind.FacilityTour, "Tour of the new energy vehicle lab", nevLab);
        visit.AddAgendaItem(Date, AgendaItemKind.FacilityTour, "Tour of the Human Science Museum", museum);
        visit.AddFieldOfInterest("0715", "advanced manufacturing");
        visit.AddFieldOfInterest("0716", "new energy vehicles");
        visit.AddFieldOfInterest("0914", "medical technology");
        visit.AddCooperationInterest(CooperationKind.JointResearch, "joint research");
        visit.AddCooperationInterest(CooperationKind.FacultyExchange, "faculty-student exchanges");
        visit.AddCooperationInterest(CooperationKind.StudentExchange, "faculty-student exchanges");
        visit.AddCooperationInterest(CooperationKind.SkillsDevelopmentProgramme, "skills development programs");
        visit.AddFramework(bri);
        visit.AddFramework(qinling);
        visit.AddFramework(standards);
        visit.AddOutcome("Both sides intend to deepen cooperation in vocational education.");
        visit.AddOutcome("XYPI aims to partner with Kazakh institutions and enterprises to establish vocational education benchmarks.");
        visit.AddQuotation(Quote, wu);

        return new ReferenceVisit
        {
            Xypi = xypi,
            AutomotiveSchool = automotive,
            MedicalSchool = medical,
            TechnicianSchool = technician,
            InternationalOffice = office,
            CncCenter = cnc,
            NewEnergyVehicleLab = nevLab,
            HumanScienceMuseum = museum,
            WuXujin = wu,
            Erg = erg,
            Ektu = ektu,
            OrientalCollege = oriental,
            AktobeCollege = aktobe,
            ShangpinShuren = shangpin,
            NamedMembers = members,
            BeltAndRoad = bri,
            QinlingWorkshop = qinling,
            VocationalStandards = standards,
            Delegation = delegation,
            Visit = visit,
        };
    }

    private static Institution Partner(string name, string? acronym, InstitutionKind kind, string country, string? city) => new()
    {
        Name = name,
        Acronym = acronym,
        Kind = kind,
        CountryCode = country,
        City = city,
        RelationshipStatus = RelationshipStatus.Prospect,
    };
}
