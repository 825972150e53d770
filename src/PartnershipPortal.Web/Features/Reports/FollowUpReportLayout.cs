using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>The follow-up status report's columns and cells in the reader's language; its columns are fixed.</summary>
public sealed class FollowUpReportLayout(IStringLocalizer<ReportResource> l, IStringLocalizer<SharedResource> shared)
{
    public static readonly IReadOnlyList<string> ColumnKeys = ["title", "status", "owner", "due", "overdue", "visit", "agreement", "completed", "completedBy"];

    private static readonly (ReportCellKind Kind, double Weight)[] Shapes =
    [
        (ReportCellKind.Text, 2.4), (ReportCellKind.Text, 0.9), (ReportCellKind.Text, 1.3), (ReportCellKind.Date, 0.9), (ReportCellKind.Number, 0.7),
        (ReportCellKind.Text, 1.8), (ReportCellKind.Text, 1.8), (ReportCellKind.Date, 0.9), (ReportCellKind.Text, 1.1),
    ];

    public IReadOnlyList<string> Headings => ColumnKeys.Select(k => l[$"FollowUpColumn_{k}"].Value).ToList();

    public string StatusLabel(string status) => shared[$"FollowUpStatus_{status}"];

    public ReportLine Line(FollowUpReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ReportLine(null,
            [row.Title, StatusLabel(row.Status.ToString()), row.Owner, row.DueOn, row.DaysOverdue, row.Visit, row.Agreement, row.CompletedOn, row.CompletedBy]);
    }

    public ReportDocument Document(FollowUpReportDefinition definition, string generatedBy, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var filters = new List<ReportFilterLine>();
        if (definition.Statuses.Count > 0)
        {
            filters.Add(new(l["Filter_Status"], string.Join(", ", definition.Statuses.Select(StatusLabel))));
        }

        if (ReportText.Period(l, definition.DueFrom, definition.DueTo) is { } period)
        {
            filters.Add(new(l["Filter_Due"], period));
        }

        if (definition.OverdueOnly)
        {
            filters.Add(new(l["Filter_Overdue"], l["Filter_OverdueOnly"]));
        }

        return new(l["FollowUpReport_DocumentTitle"], Headings.Select((h, i) => new ReportColumn(h, Shapes[i].Kind, Shapes[i].Weight)).ToList(),
            filters, generatedBy, generatedAt, ReportText.Labels(l));
    }
}
