using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>The month view of visits, and the choices its filters (and the list's) offer.</summary>
public sealed class VisitCalendar(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>More visits than this in one month are counted but not all drawn.</summary>
    public const int MaxVisitsShown = 300;

    public const string MonthFormat = "yyyy-MM";

    /// <summary>Reads a month as the address writes it (2025-05) as its first day.</summary>
    public static bool TryParseMonth(string? text, out DateOnly firstDay)
    {
        if (DateOnly.TryParseExact(text, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            firstDay = day;
            return true;
        }

        firstDay = default;
        return false;
    }

    public static string FormatMonth(DateOnly month) => month.ToString(MonthFormat, CultureInfo.InvariantCulture);

    /// <summary>The visits that fall, at least in part, in the month of <paramref name="month"/> and pass the filter.</summary>
    public async Task<CalendarMonth> MonthAsync(DateOnly month, VisitFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = filter.Apply(db.Visits.AsNoTracking()).Where(v => v.EndDate >= first && v.StartDate <= last);
        var total = await query.CountAsync(cancellationToken);
        var visits = await query
            .OrderBy(v => v.StartDate).ThenBy(v => v.Title).ThenBy(v => v.Id)
            .Take(MaxVisitsShown)
            .Select(v => new CalendarVisit(v.Id, v.Title, v.Direction, v.Status, v.StartDate, v.EndDate, v.HostInstitution!.Name))
            .ToListAsync(cancellationToken);
        return new CalendarMonth(first, visits, total);
    }

    /// <summary>
    /// The institution a filter names (null when none has that id) and the units to choose from: those of
    /// that institution, or of the chosen unit's institution when only a unit is named.
    /// </summary>
    public async Task<VisitFilterChoices> ChoicesAsync(int? institutionId, int? unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        InstitutionLink? institution = null;
        if (institutionId is { } id)
        {
            institution = await db.Institutions.AsNoTracking().Where(i => i.Id == id)
                .Select(i => new InstitutionLink(i.Id, i.Name)).SingleOrDefaultAsync(cancellationToken);
        }

        var unitsOf = institution?.Id;
        if (institutionId is null && unitId is { } unit)
        {
            unitsOf = await db.Units.AsNoTracking().Where(u => u.Id == unit).Select(u => (int?)u.InstitutionId).SingleOrDefaultAsync(cancellationToken);
        }

        var units = unitsOf is null
            ? []
            : await db.Units.AsNoTracking()
                .Where(u => u.InstitutionId == unitsOf && (!u.IsArchived || u.Id == unitId))
                .OrderBy(u => u.Name).ThenBy(u => u.Id)
                .Select(u => new UnitChoice(u.Id, u.Name))
                .ToListAsync(cancellationToken);
        return new VisitFilterChoices(institution, units);
    }
}

/// <summary>One month of visits, laid out in weeks from Monday (ISO 8601).</summary>
public sealed record CalendarMonth(DateOnly FirstDay, IReadOnlyList<CalendarVisit> Visits, int TotalCount)
{
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>The weeks that hold a day of the month, seven days each; days of the months around it fill the first and last.</summary>
    public IReadOnlyList<IReadOnlyList<DateOnly>> Weeks()
    {
        var start = FirstDay.AddDays(-(((int)FirstDay.DayOfWeek + 6) % 7));
        var weeks = new List<IReadOnlyList<DateOnly>>();
        for (var monday = start; monday <= LastDay; monday = monday.AddDays(7))
        {
            weeks.Add(Enumerable.Range(0, 7).Select(monday.AddDays).ToList());
        }

        return weeks;
    }

    public bool IsInMonth(DateOnly day) => day >= FirstDay && day <= LastDay;

    public IEnumerable<CalendarVisit> On(DateOnly day) => Visits.Where(v => v.StartDate <= day && v.EndDate >= day);
}

public sealed record CalendarVisit(
    int Id, string Title, VisitDirection Direction, VisitStatus Status, DateOnly StartDate, DateOnly EndDate, string HostInstitution);

public sealed record VisitFilterChoices(InstitutionLink? Institution, IReadOnlyList<UnitChoice> Units);

public sealed record UnitChoice(int Id, string Name);
