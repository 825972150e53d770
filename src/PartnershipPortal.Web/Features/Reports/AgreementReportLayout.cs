using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reference;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>
/// Turns the agreement report's rows into the cells every format writes and the preview shows, in the
/// reader's language: headings, labels of kinds and statuses, country names, fields with their names.
/// </summary>
public sealed class AgreementReportLayout(IStringLocalizer<ReportResource> l, IStringLocalizer<SharedResource> shared)
{
    private static readonly Dictionary<string, (ReportCellKind Kind, double Weight)> Shapes = new(StringComparer.Ordinal)
    {
        [AgreementReportColumns.Title] = (ReportCellKind.Text, 2.2),
        [AgreementReportColumns.Kind] = (ReportCellKind.Text, 1.1),
        [AgreementReportColumns.Status] = (ReportCellKind.Text, 0.9),
        [AgreementReportColumns.Parties] = (ReportCellKind.Text, 2.6),
        [AgreementReportColumns.ResponsibleUnit] = (ReportCellKind.Text, 1.4),
        [AgreementReportColumns.ResponsiblePerson] = (ReportCellKind.Text, 1.2),
        [AgreementReportColumns.Signed] = (ReportCellKind.Date, 0.9),
        [AgreementReportColumns.Effective] = (ReportCellKind.Date, 0.9),
        [AgreementReportColumns.Expires] = (ReportCellKind.Date, 0.9),
        [AgreementReportColumns.DaysToExpiry] = (ReportCellKind.Number, 0.7),
        [AgreementReportColumns.Fields] = (ReportCellKind.Text, 1.6),
        [AgreementReportColumns.Frameworks] = (ReportCellKind.Text, 1.4),
        [AgreementReportColumns.Visits] = (ReportCellKind.Number, 0.6),
    };

    public string Heading(string column) => l[$"ReportColumn_{column}"];

    public string StatusLabel(string status) => shared[$"AgreementStatus_{status}"];

    public string KindLabel(string kind) => shared[$"AgreementKind_{kind}"];

    public string GroupLabel(string group) => l[$"Group_{group}"];

    public static string FieldLabel(string code) => $"{code} {IscedCatalog.NameOf(code)}";

    public static string CountryLabel(string code) => $"{CountryText.Name(code)} ({code})";

    public IReadOnlyList<ReportColumn> Columns(AgreementReportDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Columns.Select(c => new ReportColumn(Heading(c), Shapes[c].Kind, Shapes[c].Weight)).ToList();
    }

    /// <summary>One row's cells in the chosen columns' order, and its group's name when grouped.</summary>
    public ReportLine Line(AgreementReportDefinition definition, AgreementReportRow row)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(row);
        var group = definition.GroupBy switch
        {
            AgreementReportGroups.Country => row.PartnerCountryCode is { } code ? CountryText.Name(code) : null,
            AgreementReportGroups.Status => StatusLabel(row.Status.ToString()),
            _ => null,
        };
        return new ReportLine(group, definition.Columns.Select(c => Cell(c, row)).ToList());
    }

    private object? Cell(string column, AgreementReportRow row) => column switch
    {
        AgreementReportColumns.Title => row.Title,
        AgreementReportColumns.Kind => KindLabel(row.Kind.ToString()),
        AgreementReportColumns.Status => StatusLabel(row.Status.ToString()),
        AgreementReportColumns.Parties => string.Join("; ", row.Parties.Select(p => $"{p.Name} ({CountryText.Name(p.CountryCode)})")),
        AgreementReportColumns.ResponsibleUnit => row.ResponsibleUnit,
        AgreementReportColumns.ResponsiblePerson => row.ResponsiblePerson,
        AgreementReportColumns.Signed => row.SignedOn,
        AgreementReportColumns.Effective => row.EffectiveOn,
        AgreementReportColumns.Expires => row.ExpiresOn,
        AgreementReportColumns.DaysToExpiry => row.DaysToExpiry,
        AgreementReportColumns.Fields => string.Join("; ", row.Fields.Select(FieldLabel)),
        AgreementReportColumns.Frameworks => string.Join("; ", row.Frameworks),
        AgreementReportColumns.Visits => row.Visits,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown column."),
    };

    /// <summary>The filters, sort and grouping as printed with the report, each in words.</summary>
    public IReadOnlyList<ReportFilterLine> Filters(AgreementReportDefinition definition, AgreementReportNames names, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(names);
        var lines = new List<ReportFilterLine>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                lines.Add(new ReportFilterLine(l[key], value));
            }
        }

        Add("Filter_Status", string.Join(", ", definition.Statuses.Select(StatusLabel)));
        Add("Filter_Kind", string.Join(", ", definition.Kinds.Select(KindLabel)));
        Add("Filter_Party", names.PartyInstitution);
        Add("Filter_Country", definition.CountryCode is { Length: > 0 } country ? CountryLabel(country) : null);
        Add("Filter_Unit", names.ResponsibleUnit);
        Add("Filter_Field", definition.FieldCode is { Length: > 0 } field ? FieldLabel(field) : null);
        Add("Filter_Framework", names.Framework);
        Add("Filter_Signed", ReportText.Period(l, definition.SignedFrom, definition.SignedTo));
        Add("Filter_ExpiresWithin", definition.ExpiresWithinDays is { } days
            ? l["Filter_ExpiresWithinValue", days.ToString(CultureInfo.CurrentCulture), DateText.Format(today), DateText.Format(today.AddDays(days))].Value
            : null);
        var sort = AgreementReportSorts.IsKnown(definition.Sort) ? definition.Sort! : AgreementReportColumns.Title;
        Add("Filter_Sort", $"{Heading(sort)}, {(definition.Descending ? l["Report_DescendingValue"] : l["Report_Ascending"])}");
        Add("Filter_Group", definition.GroupBy is { Length: > 0 } group ? GroupLabel(group) : null);
        return lines;
    }

    /// <summary>The report's description for a download: title, columns, filters, who and when.</summary>
    public ReportDocument Document(AgreementReportDefinition definition, AgreementReportNames names, string generatedBy, DateTimeOffset generatedAt, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new ReportDocument(
            l["AgreementReport_DocumentTitle"], Columns(definition), Filters(definition, names, today), generatedBy, generatedAt, ReportText.Labels(l),
            definition.GroupBy is { Length: > 0 } group ? GroupLabel(group) : null);
    }
}
