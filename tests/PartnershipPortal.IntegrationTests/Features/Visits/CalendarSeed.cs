using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;

namespace PartnershipPortal.IntegrationTests.Features.Visits;

/// <summary>
/// Four visits around May and June 2025 that the filters tell apart:
/// the reference visit (inbound, completed, 20 May, at XYPI in China, guests from Kazakhstan and China, hosted
/// by the Automotive and Medical Schools, fields 0715, 0716, 0914);
/// an outbound visit to EKTU (planned, 10–12 June, Asia/Almaty, hosted by its Faculty of Engineering, field 0713,
/// the delegation representing XYPI; talks on 11 June 10:00–11:30 and an untimed tour);
/// a German delegation at XYPI (confirmed, 30 May – 2 June, hosted by the Medical School, field 0912; a timed signing);
/// a cancelled outbound visit to Uzbekistan (1 July, no delegation, no fields).
/// </summary>
internal sealed record CalendarSeed(int ReferenceId, int AlmatyId, int GermanId, int TashkentId, int XypiId, int EktuId,
    int MedicalSchoolId, int AutomotiveSchoolId, int EngineeringFacultyId, int AlmatyTalksId, int GermanSigningId)
{
    public static async Task<CalendarSeed> CreateAsync(PortalDbContext db)
    {
        var reference = ReferenceVisit.Create();
        db.Visits.Add(reference.Visit);

        var engineering = reference.Ektu.AddUnit("Faculty of Engineering", UnitKind.Faculty);
        var toAlmaty = new Visit
        {
            Title = "XYPI delegation to EKTU",
            Direction = VisitDirection.Outbound,
            TimeZoneId = "Asia/Almaty",
            HostInstitution = reference.Ektu,
            Place = "Ust-Kamenogorsk",
            Status = VisitStatus.Planned,
            Delegation = Delegation("XYPI delegation", reference.Xypi),
        };
        toAlmaty.Schedule(new DateOnly(2025, 6, 10), new DateOnly(2025, 6, 12));
        toAlmaty.AddHostByRole("Dean of the Faculty of Engineering", engineering);
        var talks = toAlmaty.AddAgendaItem(new DateOnly(2025, 6, 11), AgendaItemKind.Talks, "Talks on a joint welding programme",
            startTime: new TimeOnly(10, 0), endTime: new TimeOnly(11, 30), notes: "Interpreter booked");
        toAlmaty.AddAgendaItem(new DateOnly(2025, 6, 12), AgendaItemKind.Other, "City tour");
        toAlmaty.AddFieldOfInterest("0713", "electricity and energy");
        db.Visits.Add(toAlmaty);

        var berlin = new Institution { Name = "Berlin University of Applied Sciences", Kind = InstitutionKind.University, CountryCode = "DE", City = "Berlin" };
        var german = new Visit
        {
            Title = "German delegation on nursing education",
            Direction = VisitDirection.Inbound,
            TimeZoneId = "Asia/Shanghai",
            HostInstitution = reference.Xypi,
            Status = VisitStatus.Confirmed,
            Delegation = Delegation("Delegation from Berlin", berlin),
        };
        german.Schedule(new DateOnly(2025, 5, 30), new DateOnly(2025, 6, 2));
        german.AddHostByRole("Dean of the Medical School", reference.MedicalSchool);
        var signing = german.AddAgendaItem(new DateOnly(2025, 5, 31), AgendaItemKind.Signing, "Signing of the memorandum",
            startTime: new TimeOnly(14, 0));
        german.AddFieldOfInterest("0912");
        db.Visits.Add(german);

        var tashkent = new Institution { Name = "Tashkent Polytechnic", Kind = InstitutionKind.College, CountryCode = "UZ", City = "Tashkent" };
        var toTashkent = new Visit
        {
            Title = "Study visit to Tashkent",
            Direction = VisitDirection.Outbound,
            TimeZoneId = "Asia/Tashkent",
            HostInstitution = tashkent,
            Status = VisitStatus.Cancelled,
        };
        toTashkent.Schedule(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 1));
        db.Visits.Add(toTashkent);

        await db.SaveChangesAsync();
        return new CalendarSeed(reference.Visit.Id, toAlmaty.Id, german.Id, toTashkent.Id, reference.Xypi.Id, reference.Ektu.Id,
            reference.MedicalSchool.Id, reference.AutomotiveSchool.Id, engineering.Id, talks.Id, signing.Id);
    }

    private static Delegation Delegation(string title, Institution institution)
    {
        var delegation = new Delegation { Title = title };
        delegation.Represent(institution);
        return delegation;
    }
}
