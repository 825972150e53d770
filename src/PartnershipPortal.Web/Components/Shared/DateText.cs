using System.Globalization;

namespace PartnershipPortal.Web.Components.Shared;

/// <summary>Calendar dates as the office writes them: "20 May 2025", "20–22 May 2025".</summary>
public static class DateText
{
    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Optional(DateOnly? date) => date is { } value ? Format(value) : string.Empty;

    public static string Range(DateOnly start, DateOnly end)
    {
        if (start == end)
        {
            return Format(start);
        }

        return start.Year == end.Year && start.Month == end.Month
            ? string.Create(CultureInfo.CurrentCulture, $"{start.Day}–{Format(end)}")
            : $"{Format(start)} – {Format(end)}";
    }
}
