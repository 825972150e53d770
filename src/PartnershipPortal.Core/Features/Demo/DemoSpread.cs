using PartnershipPortal.Core.Domain;
using static PartnershipPortal.Core.Features.Demo.DemoCatalog.ReferenceKeys;

namespace PartnershipPortal.Core.Features.Demo;

/// <summary>
/// The demo data as an unsaved graph: the reference visit and, around it, a realistic spread of partners,
/// people, visits, agreements and follow-ups dated from <c>today</c>. Everything goes through the entities'
/// own methods, so the demo obeys the same invariants as data entered by hand. The same day and seed give
/// the same graph.
/// </summary>
internal sealed partial class DemoSpread
{
    public const int Seed = 20250520;

    private readonly Random _random = new(Seed);
    private readonly DateOnly _today;
    private readonly Dictionary<string, Institution> _institutions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrganisationalUnit> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Facility> _facilities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _staff = new(StringComparer.Ordinal);
    private readonly Dictionary<Institution, List<Person>> _contacts = [];
    private readonly Dictionary<string, FrameworkProgramme> _frameworks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ThemeSeed> _themes = DemoCatalog.Themes.ToDictionary(t => t.Key, StringComparer.Ordinal);

    private DemoSpread(DateOnly today)
    {
        _today = today;
        Reference = ReferenceVisit.Create();
    }

    public ReferenceVisit Reference { get; }

    public Institution Home => Reference.Xypi;

    public List<Institution> Institutions { get; } = [];

    public List<Person> People { get; } = [];

    public List<FrameworkProgramme> Frameworks { get; } = [];

    public List<Visit> Visits { get; } = [];

    public List<CooperationAgreement> Agreements { get; } = [];

    public List<FollowUpAction> FollowUps { get; } = [];

    public static DemoSpread Build(DateOnly today)
    {
        var spread = new DemoSpread(today);
        spread.AddReference();
        spread.AddHomeUnitsAndStaff();
        spread.AddPartnersAndContacts();
        spread.AddFrameworks();
        var visits = spread.AddVisits();
        spread.AddAgreements(visits);
        spread.AddVisitFollowUps(visits);
        return spread;
    }

    private void AddReference()
    {
        var reference = Reference;
        Institutions.AddRange(reference.Institutions);
        _institutions[Erg] = reference.Erg;
        _institutions[Ektu] = reference.Ektu;
        _institutions[OrientalCollege] = reference.OrientalCollege;
        _institutions[AktobeCollege] = reference.AktobeCollege;
        _institutions[ShangpinShuren] = reference.ShangpinShuren;
        _units[AutomotiveSchool] = reference.AutomotiveSchool;
        _units[MedicalSchool] = reference.MedicalSchool;
        _units[TechnicianSchool] = reference.TechnicianSchool;
        _units[InternationalOffice] = reference.InternationalOffice;
        _facilities[CncCenter] = reference.CncCenter;
        _facilities[NewEnergyVehicleLab] = reference.NewEnergyVehicleLab;
        _facilities[HumanScienceMuseum] = reference.HumanScienceMuseum;
        _staff[WuXujin] = reference.WuXujin;
        People.Add(reference.WuXujin);
        People.AddRange(reference.NamedMembers);
        foreach (var member in reference.NamedMembers)
        {
            ContactsOf(member.Institution!).Add(member);
        }

        _frameworks[BeltAndRoad] = reference.BeltAndRoad;
        _frameworks[QinlingWorkshop] = reference.QinlingWorkshop;
        _frameworks[VocationalStandards] = reference.VocationalStandards;
        Frameworks.AddRange([reference.BeltAndRoad, reference.QinlingWorkshop, reference.VocationalStandards]);
        Visits.Add(reference.Visit);
    }

    private void AddHomeUnitsAndStaff()
    {
        foreach (var seed in DemoCatalog.HomeUnits)
        {
            var unit = Home.AddUnit(seed.Name, seed.Kind);
            unit.OriginalName = seed.OriginalName;
            _units[seed.Key] = unit;
        }

        foreach (var seed in DemoCatalog.HomeFacilities)
        {
            _facilities[seed.Key] = _units[seed.UnitKey].AddFacility(seed.Name, seed.Description);
        }

        foreach (var seed in DemoCatalog.Staff)
        {
            var unit = seed.UnitKey is null ? null : _units[seed.UnitKey];
            var person = new Person
            {
                FullName = seed.FullName,
                OriginalScriptName = seed.OriginalScriptName,
                Position = seed.Position,
                Institution = Home,
                Unit = unit,
                Email = $"{seed.Key}@xypi.example",
                Phone = unit?.Kind == UnitKind.Office ? $"+86 29 0000 {3300 + _staff.Count}" : null,
            };
            _staff[seed.Key] = person;
            People.Add(person);
        }
    }

    private void AddPartnersAndContacts()
    {
        foreach (var seed in DemoCatalog.Partners)
        {
            var partner = new Institution
            {
                Name = seed.Name,
                OriginalName = seed.OriginalName,
                Acronym = seed.Acronym,
                Kind = seed.Kind,
                CountryCode = seed.CountryCode,
                Region = seed.Region,
                City = seed.City,
                Website = seed.Website,
                RelationshipStatus = seed.Status,
                IsArchived = seed.IsArchived,
            };
            _institutions[seed.Key] = partner;
            Institutions.Add(partner);
        }

        foreach (var seed in DemoCatalog.Contacts)
        {
            var institution = _institutions[seed.PartnerKey];
            var person = new Person
            {
                FullName = seed.FullName,
                OriginalScriptName = seed.OriginalScriptName,
                Position = seed.Position,
                Institution = institution,
                Email = seed.Email,
                Phone = seed.Phone,
                IsArchived = institution.IsArchived,
            };
            ContactsOf(institution).Add(person);
            People.Add(person);
        }
    }

    private void AddFrameworks()
    {
        foreach (var seed in DemoCatalog.Frameworks)
        {
            var framework = new FrameworkProgramme { Name = seed.Name, Acronym = seed.Acronym, Kind = seed.Kind, Description = seed.Description };
            _frameworks[seed.Key] = framework;
            Frameworks.Add(framework);
        }
    }

    private List<Person> ContactsOf(Institution institution)
    {
        if (!_contacts.TryGetValue(institution, out var contacts))
        {
            contacts = [];
            _contacts[institution] = contacts;
        }

        return contacts;
    }

    private DateOnly Day(int offset) => _today.AddDays(offset);

    /// <summary>A moment on a past day, for follow-ups done then.</summary>
    private static DateTimeOffset MorningOf(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
