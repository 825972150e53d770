using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>
/// Visits as iCalendar files (RFC 5545) for the office's calendar programs. Each visit is an all-day event
/// (its end date exclusive, as the standard wants); each agenda item with a time of day is an event of its
/// own in the time zone of the place. Every event keeps one UID for good, so that importing the file again
/// updates the events rather than adding them twice; SEQUENCE, DTSTAMP and LAST-MODIFIED follow the
/// visit's last change.
/// </summary>
/// <remarks>
/// Time zones: Ical.Net writes a VTIMEZONE per zone from the tz database. Its default form covers only the
/// rules of recent years, which a reader that takes the zone from the file (not from its name) applies
/// wrongly to older dates (Almaty was UTC+6 until March 2024). Asked to cover history from the first
/// timed item on, it writes a block that libical 3 (Evolution) and Python's icalendar both turn into the
/// right UTC times, checked for Asia/Almaty, Asia/Shanghai, Europe/Berlin and America/New_York. So the
/// items keep the place's zone (TZID) rather than being converted to UTC.
/// </remarks>
public sealed class VisitCalendarFile(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>A calendar file holds at most this many visits; a wider filter is refused, not cut short.</summary>
    public const int MaxVisits = 1000;

    public const string ContentType = "text/calendar";

    private static readonly DateTimeOffset SequenceEpoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string VisitUid(int visitId) => string.Create(CultureInfo.InvariantCulture, $"visit-{visitId}@partnershipportal");

    /// <summary>
    /// An agenda item's UID names the visit and the item's place in its agenda, not the row: the visit form
    /// rewrites the agenda's rows on every save, and a calendar that imports the file again must update the
    /// events it has rather than add copies of them.
    /// </summary>
    public static string AgendaItemUid(int visitId, int position) => string.Create(CultureInfo.InvariantCulture, $"visit-{visitId}-agenda-{position}@partnershipportal");

    /// <summary>One visit's file, or null when no visit has that id.</summary>
    /// <param name="site">The portal's address ending in a slash, for a link from each event to its visit's page.</param>
    public async Task<CalendarFile?> ForVisitAsync(int id, Uri? site, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visits = await ReadAsync(db.Visits.AsNoTracking().Where(v => v.Id == id), cancellationToken);
        return visits.Count == 0
            ? null
            : new CalendarFile(string.Create(CultureInfo.InvariantCulture, $"visit-{id}.ics"), Write(visits, visits[0].Title, site));
    }

    /// <summary>The file of every visit the filter passes, unless there are more than <see cref="MaxVisits"/>.</summary>
    public async Task<FilteredCalendarFile> ForFilterAsync(VisitFilter filter, Uri? site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = filter.Apply(db.Visits.AsNoTracking());
        var count = await query.CountAsync(cancellationToken);
        if (count > MaxVisits)
        {
            return new FilteredCalendarFile(null, count);
        }

        var visits = await ReadAsync(query, cancellationToken);
        return new FilteredCalendarFile(new CalendarFile("visits.ics", Write(visits, "Visits", site)), count);
    }

    private static Task<List<CalendarFileVisit>> ReadAsync(IQueryable<Visit> visits, CancellationToken cancellationToken) =>
        visits
            .OrderBy(v => v.StartDate).ThenBy(v => v.Id)
            .Select(v => new CalendarFileVisit(
                v.Id, v.Title, v.Direction, v.Status, v.StartDate, v.EndDate, v.TimeZoneId, v.Place, v.HostInstitution!.Name,
                v.Delegation!.Title, v.CreatedAt, v.UpdatedAt,
                v.AgendaItems.OrderBy(a => a.Date).ThenBy(a => a.Order)
                    .Select(a => new CalendarFileItem(a.Id, a.Date, a.StartTime, a.EndTime, a.Kind, a.Title, a.Notes, a.Facility!.Name))
                    .ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    internal static string Write(IReadOnlyList<CalendarFileVisit> visits, string name, Uri? site)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//PartnershipPortal//Visits//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var zone in visits.Where(v => !IsUtc(v.TimeZoneId))
                     .SelectMany(v => v.Agenda.Where(a => a.StartTime is not null).Select(a => (Zone: v.TimeZoneId, a.Date)))
                     .GroupBy(z => z.Zone, StringComparer.Ordinal))
        {
            var earliest = zone.Min(z => z.Date).AddDays(-1).ToDateTime(TimeOnly.MinValue);
            calendar.AddTimeZone(zone.Key, earliest, includeHistoricalData: true);
        }

        foreach (var visit in visits)
        {
            var url = site is null ? null : new Uri(site, string.Create(CultureInfo.InvariantCulture, $"visits/{visit.Id}"));
            calendar.Events.Add(VisitEvent(visit, url));
            for (var position = 1; position <= visit.Agenda.Count; position++)
            {
                if (visit.Agenda[position - 1].StartTime is not null)
                {
                    calendar.Events.Add(AgendaEvent(visit, visit.Agenda[position - 1], position, url));
                }
            }
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent VisitEvent(CalendarFileVisit visit, Uri? url)
    {
        var description = new StringBuilder()
            .Append(visit.Direction == VisitDirection.Inbound ? "Delegation received by " : "Visit to ")
            .Append(visit.HostInstitution).Append('.');
        if (visit.Delegation is not null)
        {
            description.Append('\n').Append(visit.Delegation);
        }

        var untimed = visit.Agenda.Where(a => a.StartTime is null).ToList();
        if (untimed.Count > 0)
        {
            description.Append("\n\nAgenda:");
            foreach (var item in untimed)
            {
                description.Append("\n- ").Append(item.Date.ToString("d MMM", CultureInfo.InvariantCulture)).Append(": ").Append(item.Title);
            }
        }

        var calendarEvent = NewEvent(VisitUid(visit.Id), visit, url);
        calendarEvent.Summary = visit.Title;
        calendarEvent.Description = description.ToString();
        calendarEvent.Location = visit.Place;
        calendarEvent.DtStart = new CalDateTime(visit.StartDate);
        calendarEvent.DtEnd = new CalDateTime(visit.EndDate.AddDays(1));
        calendarEvent.Transparency = "TRANSPARENT";
        return calendarEvent;
    }

    private static CalendarEvent AgendaEvent(CalendarFileVisit visit, CalendarFileItem item, int position, Uri? url)
    {
        var zone = IsUtc(visit.TimeZoneId) ? "UTC" : visit.TimeZoneId;
        var calendarEvent = NewEvent(AgendaItemUid(visit.Id, position), visit, url);
        calendarEvent.Summary = item.Title;
        calendarEvent.Description = item.Notes is null ? visit.Title : $"{visit.Title}\n\n{item.Notes}";
        calendarEvent.Location = item.Facility is null ? visit.Place : $"{item.Facility}, {visit.HostInstitution}";
        calendarEvent.Categories.Add(Words(item.Kind));
        calendarEvent.DtStart = new CalDateTime(item.Date, item.StartTime, zone);
        if (item.EndTime is { } end)
        {
            calendarEvent.DtEnd = new CalDateTime(item.Date, end, zone);
        }

        calendarEvent.AddProperty("RELATED-TO", VisitUid(visit.Id));
        return calendarEvent;
    }

    private static CalendarEvent NewEvent(string uid, CalendarFileVisit visit, Uri? url)
    {
        var changed = new CalDateTime(visit.UpdatedAt.UtcDateTime);
        return new CalendarEvent
        {
            Uid = uid,
            Sequence = SequenceOf(visit.UpdatedAt),
            DtStamp = changed,
            LastModified = changed,
            Created = new CalDateTime(visit.CreatedAt.UtcDateTime),
            Status = visit.Status switch
            {
                VisitStatus.Confirmed or VisitStatus.Completed => "CONFIRMED",
                VisitStatus.Cancelled => "CANCELLED",
                _ => "TENTATIVE",
            },
            Url = url,
        };
    }

    /// <summary>Seconds from 2020 to the last change: it grows with every save, as SEQUENCE must, and fits an int until 2088.</summary>
    internal static int SequenceOf(DateTimeOffset updatedAt) =>
        (int)Math.Clamp((updatedAt - SequenceEpoch).TotalSeconds, 0, int.MaxValue);

    private static bool IsUtc(string zone) => zone is "UTC" or "Etc/UTC";

    /// <summary>An enum name as words: FacilityTour → "Facility tour".</summary>
    private static string Words(Enum value)
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 4).Append(name[0]);
        foreach (var letter in name.AsSpan(1))
        {
            words.Append(char.IsUpper(letter) ? " " + char.ToLowerInvariant(letter) : letter.ToString());
        }

        return words.ToString();
    }
}

public sealed record CalendarFile(string FileName, string Text);

/// <summary>The file of a filtered set, or none when <see cref="MatchCount"/> exceeds <see cref="VisitCalendarFile.MaxVisits"/>.</summary>
public sealed record FilteredCalendarFile(CalendarFile? File, int MatchCount);

internal sealed record CalendarFileVisit(
    int Id, string Title, VisitDirection Direction, VisitStatus Status, DateOnly StartDate, DateOnly EndDate, string TimeZoneId,
    string? Place, string HostInstitution, string? Delegation, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<CalendarFileItem> Agenda);

internal sealed record CalendarFileItem(
    int Id, DateOnly Date, TimeOnly? StartTime, TimeOnly? EndTime, AgendaItemKind Kind, string Title, string? Notes, string? Facility);
