using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>The words every written report shares, in the reader's language.</summary>
public static class ReportText
{
    public static ReportLabels Labels(IStringLocalizer<ReportResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new()
        {
            DataSheet = l["Document_DataSheet"],
            FiltersSheet = l["Document_FiltersSheet"],
            Filter = l["Document_Filter"],
            Value = l["Document_Value"],
            FiltersHeading = l["Report_Filters"],
            NoFilters = l["Document_NoFilters"],
            GeneratedBy = l["Document_GeneratedBy"],
            GeneratedAt = l["Document_GeneratedAt"],
            RowCount = l["Document_Rows"],
            NoGroup = l["Report_NoGroupValue"],
            FormatDate = DateText.Format,
            FormatMoment = moment => MomentText.Format(moment) + " UTC",
        };
    }

    /// <summary>
    /// "24 visits match.", "1 visit matches." (the text <paramref name="key"/>One) or, when the preview shows only the
    /// first rows, "124 visits match; the first 50 are shown."
    /// </summary>
    public static string Count(IStringLocalizer<ReportResource> l, string key, int total, int shown)
    {
        ArgumentNullException.ThrowIfNull(l);
        if (total == 1 && l[key + "One"] is { ResourceNotFound: false } one)
        {
            return one.Value;
        }

        var count = total.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);
        return total > shown ? l[key + "Preview", count, shown] : l[key, count];
    }

    /// <summary>A period as a filter line: "1 May 2025 – 31 May 2025", "from 1 May 2025", "until 31 May 2025".</summary>
    public static string? Period(IStringLocalizer<ReportResource> l, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(l);
        return (from, to) switch
        {
            ({ } start, { } end) => l["Filter_PeriodBetween", DateText.Format(start), DateText.Format(end)].Value,
            ({ } start, null) => l["Filter_PeriodSince", DateText.Format(start)].Value,
            (null, { } end) => l["Filter_PeriodUntil", DateText.Format(end)].Value,
            _ => null,
        };
    }
}
