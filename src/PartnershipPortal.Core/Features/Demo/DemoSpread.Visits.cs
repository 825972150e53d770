using PartnershipPortal.Core.Domain;
using static PartnershipPortal.Core.Features.Demo.DemoCatalog.ReferenceKeys;

namespace PartnershipPortal.Core.Features.Demo;

internal sealed partial class DemoSpread
{
    /// <summary>Visits of the spread in the two years before today; with the reference visit and the future ones, 60.</summary>
    public const int PastVisitCount = 44;

    /// <summary>Visits of the spread in the year after today.</summary>
    public const int FutureVisitCount = 15;

    private const string HomePlace = "Xianyang Polytechnic Institute, Xianyang, Shaanxi";
    private const string HomeTimeZone = "Asia/Shanghai";
    private const string HeadOfDelegation = "head of delegation";
    private const int RecentPartnerWindow = 6;

    private static readonly string[] CentralAsia = ["KZ", "UZ", "KG", "TJ"];

    private static readonly string[] CancellationReasons =
    [
        "Cancelled at the partner's request; both sides will look for new dates.",
        "Cancelled because the visas could not be issued in time.",
        "Postponed by the host during the examination period; no new date yet.",
        "Cancelled after a change in the partner's leadership; the office will renew contact.",
    ];

    /// <summary>Past visits are spread evenly over two years, future ones over one; every fifth pair goes abroad.</summary>
    private List<SpreadVisit> AddVisits()
    {
        var visits = new List<SpreadVisit>();
        for (var k = 0; k < PastVisitCount; k++)
        {
            var direction = k % 5 is 1 or 3 ? VisitDirection.Outbound : VisitDirection.Inbound;
            var days = Duration(direction);
            var start = -730 + (int)Math.Round(k * 727.0 / (PastVisitCount - 1)) + _random.Next(-4, 5);
            start = Math.Clamp(start, -730, -days - 1);
            var status = k % 9 == 4 ? VisitStatus.Cancelled : VisitStatus.Completed;
            visits.Add(AddVisit(direction, Day(start), days, status, includeInactivePartners: start < -365));
        }

        for (var k = 0; k < FutureVisitCount; k++)
        {
            var direction = k % 5 is 1 or 3 ? VisitDirection.Outbound : VisitDirection.Inbound;
            var start = Math.Clamp(7 + (int)Math.Round(k * 358.0 / (FutureVisitCount - 1)) + _random.Next(-4, 5), 3, 365);
            var status = k is 5 or 11 ? VisitStatus.Cancelled : start <= 60 ? VisitStatus.Confirmed : VisitStatus.Planned;
            visits.Add(AddVisit(direction, Day(start), Duration(direction), status, includeInactivePartners: false));
        }

        return visits;
    }

    private int Duration(VisitDirection direction) =>
        direction == VisitDirection.Inbound ? 1 + _random.Next(2) : 2 + _random.Next(3);

    private SpreadVisit AddVisit(VisitDirection direction, DateOnly start, int days, VisitStatus status, bool includeInactivePartners)
    {
        var seed = PickPartner(includeInactivePartners);
        var partner = _institutions[seed.Key];
        var theme = _themes[Pick(seed.Themes)];
        var leader = _staff[Pick(DemoCatalog.Leaders)];
        var visit = direction == VisitDirection.Inbound
            ? Inbound(partner, theme, leader, start, days, status)
            : Outbound(seed, partner, theme, leader, start, days, status);

        foreach (var (code, wording) in theme.Fields.Take(1 + _random.Next(theme.Fields.Length)))
        {
            visit.AddFieldOfInterest(code, wording);
        }

        foreach (var (kind, wording) in theme.Cooperation.Take(1 + _random.Next(theme.Cooperation.Length)))
        {
            visit.AddCooperationInterest(kind, wording);
        }

        AddFrameworks(visit, seed);
        var size = visit.Delegation!.DeclaredSize;
        var where = direction == VisitDirection.Inbound ? "the institute" : $"{partner.Name} in {partner.City}";
        visit.Summary = status switch
        {
            VisitStatus.Completed => $"A delegation of {size} led by {visit.Delegation.Head!.FullName} visited {where} to discuss {theme.Topic}.",
            VisitStatus.Cancelled => $"A delegation of {size} was to visit {where} to discuss {theme.Topic}. {Pick(CancellationReasons)}",
            _ => $"A delegation of about {size} led by {visit.Delegation.Head!.FullName} will visit {where} to discuss {theme.Topic}.",
        };

        if (status == VisitStatus.Completed)
        {
            var first = _random.Next(theme.Outcomes.Length);
            for (var i = 0; i < 1 + _random.Next(2); i++)
            {
                visit.AddOutcome(string.Format(System.Globalization.CultureInfo.InvariantCulture, theme.Outcomes[(first + i) % theme.Outcomes.Length], partner.Name));
            }
        }

        Visits.Add(visit);
        return new SpreadVisit(visit, partner);
    }

    private Visit Inbound(Institution partner, ThemeSeed theme, Person leader, DateOnly start, int days, VisitStatus status)
    {
        var delegation = new Delegation { Title = $"Delegation of {partner.Name}" };
        var contacts = ContactsOf(partner);
        foreach (var contact in contacts.Take(1 + _random.Next(contacts.Count)))
        {
            delegation.AddMember(contact, delegation.Members.Count == 0 ? HeadOfDelegation : null);
        }

        delegation.SetHead(contacts[0]);
        if (_random.Next(10) < 3 && Companion(partner) is { } companion)
        {
            delegation.Represent(companion);
        }

        delegation.SetDeclaredSize(delegation.Members.Count + 1 + _random.Next(8));

        var visit = NewVisit($"{ShortName(partner)} delegation: {theme.Topic}", VisitDirection.Inbound, Home, HomePlace, HomeTimeZone, status, delegation);
        visit.Schedule(start, start.AddDays(days - 1));
        var dean = _staff[theme.DeanKey];
        visit.AddHost(leader, leads: true);
        visit.AddHost(dean);
        if (_random.Next(2) == 0)
        {
            visit.AddHostByRole("Officials of the Office of International Exchange and Cooperation", _units[InternationalOffice]);
        }
        else
        {
            visit.AddHost(OfficerOtherThan(leader));
        }

        if (_random.Next(3) == 0)
        {
            visit.AddAgendaItem(start, AgendaItemKind.Ceremony, "Welcome ceremony", startTime: new(9, 0), endTime: new(9, 20));
        }

        visit.AddAgendaItem(start, AgendaItemKind.Talks, $"Talks on {theme.Topic}", startTime: new(9, 30), endTime: new(11, 30), notes: $"Led by {leader.FullName}.");
        var firstFacility = _random.Next(theme.FacilityKeys.Length);
        for (var i = 0; i < Math.Min(2, theme.FacilityKeys.Length); i++)
        {
            var facility = _facilities[theme.FacilityKeys[(firstFacility + i) % theme.FacilityKeys.Length]];
            var from = new TimeOnly(14, 0).AddMinutes(75 * i);
            visit.AddAgendaItem(start, AgendaItemKind.FacilityTour, $"Tour: {facility.Name}", facility, from, from.AddHours(1));
        }

        if (days > 1)
        {
            visit.AddAgendaItem(start.AddDays(1), AgendaItemKind.Meeting, $"Working meeting with the {dean.Unit!.Name}", startTime: new(9, 30), endTime: new(11, 30));
            visit.AddAgendaItem(start.AddDays(1), AgendaItemKind.Other, "Class observation and meeting with students", startTime: new(14, 0), endTime: new(16, 0));
        }

        if (status == VisitStatus.Completed && _random.Next(4) == 0)
        {
            visit.AddAgendaItem(visit.EndDate, AgendaItemKind.Signing, "Signing of the minutes of talks", startTime: new(16, 30), endTime: new(17, 0));
            visit.AddQuotation(
                $"We are glad to welcome our friends from {partner.Name} and look forward to turning today's talks into concrete projects for our students.",
                leader);
        }

        return visit;
    }

    private Visit Outbound(PartnerSeed seed, Institution partner, ThemeSeed theme, Person leader, DateOnly start, int days, VisitStatus status)
    {
        var delegation = new Delegation { Title = $"XYPI delegation to {partner.Name}" };
        delegation.AddMember(leader, HeadOfDelegation);
        delegation.AddMember(_staff[theme.DeanKey]);
        delegation.AddMember(OfficerOtherThan(leader));
        if (DemoCatalog.RussianSpeaking.Contains(seed.CountryCode))
        {
            delegation.AddMember(_staff["xuna"], "interpreter");
        }

        delegation.SetHead(leader);
        delegation.SetDeclaredSize(delegation.Members.Count + _random.Next(3));

        var visit = NewVisit($"XYPI delegation to {ShortName(partner)}: {theme.Topic}", VisitDirection.Outbound, partner, $"{partner.Name}, {partner.City}", seed.TimeZoneId, status, delegation);
        visit.Schedule(start, start.AddDays(days - 1));
        var contacts = ContactsOf(partner);
        for (var i = 0; i < contacts.Count; i++)
        {
            visit.AddHost(contacts[i], leads: i == 0);
        }

        if (_random.Next(2) == 0)
        {
            visit.AddHostByRole("Staff of the international office");
        }

        var second = start.AddDays(1);
        visit.AddAgendaItem(start, AgendaItemKind.Talks, $"Talks with the leadership of {ShortName(partner)}", startTime: new(10, 0), endTime: new(12, 0));
        switch (partner.Kind)
        {
            case var kind when IsEducation(kind):
                visit.AddAgendaItem(start, AgendaItemKind.Other, "Visit to laboratories and training workshops", startTime: new(14, 0), endTime: new(16, 0));
                visit.AddAgendaItem(second, AgendaItemKind.Meeting, "Meeting with teachers and students interested in exchanges", startTime: new(10, 0), endTime: new(11, 30));
                break;
            case InstitutionKind.Company:
                visit.AddAgendaItem(start, AgendaItemKind.Other, "Visit to the production site and training centre", startTime: new(14, 0), endTime: new(16, 30));
                visit.AddAgendaItem(second, AgendaItemKind.Meeting, "Meeting on internship places for XYPI students", startTime: new(10, 0), endTime: new(11, 30));
                break;
            default:
                visit.AddAgendaItem(second, AgendaItemKind.Meeting, "Working meeting on the cooperation programme", startTime: new(10, 0), endTime: new(12, 0));
                break;
        }

        // The Qinling Workshop is XYPI's Sino-Kazakh project: presented in Kazakhstan only.
        if (seed.CountryCode == "KZ" && theme.Key is "manufacturing" or "mining" or "teachers")
        {
            visit.AddAgendaItem(second, AgendaItemKind.Ceremony, "Presentation of the Qinling Workshop programme", startTime: new(15, 0), endTime: new(16, 0));
            visit.AddFramework(_frameworks[QinlingWorkshop]);
        }

        return visit;
    }

    private static Visit NewVisit(
        string title, VisitDirection direction, Institution host, string place, string timeZoneId, VisitStatus status, Delegation delegation) => new()
        {
            Title = title,
            Direction = direction,
            HostInstitution = host,
            Place = place,
            TimeZoneId = timeZoneId,
            Status = status,
            Delegation = delegation,
        };

    private void AddFrameworks(Visit visit, PartnerSeed seed)
    {
        foreach (var (framework, countries, educationOnly) in DemoCatalog.FrameworksByCountry)
        {
            if (countries.Contains(seed.CountryCode) && (!educationOnly || IsEducation(seed.Kind)) && _random.Next(10) < 7)
            {
                visit.AddFramework(_frameworks[framework]);
            }
        }

        if (visit.CooperationInterests.Any(c => c.Kind == CooperationKind.StudentExchange) && seed.CountryCode != Home.CountryCode && _random.Next(2) == 0)
        {
            visit.AddFramework(_frameworks["cgs"]);
        }
    }

    private static int Weight(PartnerSeed partner) =>
        partner.Status switch
        {
            RelationshipStatus.ActivePartner => 4,
            RelationshipStatus.Prospect => 2,
            _ => 1,
        } + (CentralAsia.Contains(partner.CountryCode) ? 1 : 0);

    private static bool IsEducation(InstitutionKind kind) =>
        kind is InstitutionKind.University or InstitutionKind.College or InstitutionKind.VocationalSchool;

    /// <summary>
    /// Active partners come up most, then prospects, Central Asian ones more; dormant and former partners
    /// only more than a year ago; no partner twice within a few visits.
    /// </summary>
    private PartnerSeed PickPartner(bool includeInactivePartners)
    {
        var recent = Visits
            .TakeLast(RecentPartnerWindow)
            .Select(v => v.Direction == VisitDirection.Inbound ? v.Delegation!.Institutions[0].Institution : v.HostInstitution)
            .ToList();
        var pool = DemoCatalog.Partners
            .Where(p => includeInactivePartners || p.Status is RelationshipStatus.ActivePartner or RelationshipStatus.Prospect)
            .Where(p => !recent.Contains(_institutions[p.Key]))
            .SelectMany(p => Enumerable.Repeat(p, Weight(p)))
            .ToList();
        return Pick(pool);
    }

    /// <summary>Another institution of the partner's country that came along, none of its members named.</summary>
    private Institution? Companion(Institution partner)
    {
        var candidates = Institutions
            .Where(i => !i.IsHome && !i.IsArchived && !ReferenceEquals(i, partner) && i.CountryCode == partner.CountryCode)
            .ToList();
        return candidates.Count == 0 ? null : Pick(candidates);
    }

    private Person OfficerOtherThan(Person leader) =>
        Pick(DemoCatalog.OfficeStaff.Select(k => _staff[k]).Where(p => !ReferenceEquals(p, leader)).ToList());

    private static string ShortName(Institution institution) => institution.Acronym ?? institution.Name;

    /// <summary>A visit of the spread with the partner it was made with.</summary>
    private sealed record SpreadVisit(Visit Visit, Institution Partner);
}
