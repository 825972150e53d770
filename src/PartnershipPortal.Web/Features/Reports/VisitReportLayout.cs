using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>The visits report's columns and cells in the reader's language; its columns are fixed.</summary>
public sealed class VisitReportLayout(IStringLocalizer<ReportResource> l, IStringLocalizer<SharedResource> shared)
{
    public static readonly IReadOnlyList<string> ColumnKeys =
        ["title", "direction", "status", "start", "end", "host", "delegation", "institutions", "members", "declared", "units"];

    private static readonly ReportCellKind[] Kinds =
    [
        ReportCellKind.Text, ReportCellKind.Text, ReportCellKind.Text, ReportCellKind.Date, ReportCellKind.Date, ReportCellKind.Text,
        ReportCellKind.Text, ReportCellKind.Text, ReportCellKind.Number, ReportCellKind.Number, ReportCellKind.Text,
    ];

    private static readonly double[] Weights = [2.2, 0.8, 0.9, 0.9, 0.9, 1.8, 1.6, 2.2, 0.7, 0.7, 1.4];

    public IReadOnlyList<string> Headings => ColumnKeys.Select(k => l[$"VisitColumn_{k}"].Value).ToList();

    public ReportLine Line(VisitReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ReportLine(null,
        [
            row.Title, shared[$"VisitDirection_{row.Direction}"].Value, shared[$"VisitStatus_{row.Status}"].Value, row.StartDate, row.EndDate,
            Party(row.Host), row.Delegation, string.Join("; ", row.DelegationInstitutions.Select(Party)), row.Members, row.DeclaredSize,
            string.Join("; ", row.HostUnits),
        ]);
    }

    public string DirectionLabel(string direction) => shared[$"VisitDirection_{direction}"];

    public IReadOnlyList<ReportFilterLine> Filters(VisitReportDefinition definition, string? unitName)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var lines = new List<ReportFilterLine>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                lines.Add(new ReportFilterLine(l[key], value));
            }
        }

        Add("Filter_Period", ReportText.Period(l, definition.From, definition.To));
        Add("Filter_Direction", definition.Direction is { Length: > 0 } direction ? DirectionLabel(direction) : null);
        Add("Filter_VisitCountry", definition.CountryCode is { Length: > 0 } country ? AgreementReportLayout.CountryLabel(country) : null);
        Add("Filter_HostUnit", unitName);
        return lines;
    }

    public ReportDocument Document(VisitReportDefinition definition, string? unitName, string generatedBy, DateTimeOffset generatedAt) =>
        new(l["VisitReport_DocumentTitle"], Headings.Select((h, i) => new ReportColumn(h, Kinds[i], Weights[i])).ToList(),
            Filters(definition, unitName), generatedBy, generatedAt, ReportText.Labels(l));

    private static string Party(ReportParty party) => $"{party.Name} ({CountryText.Name(party.CountryCode)})";
}
