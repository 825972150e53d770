using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reference;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>The directory export's two lists, institutions and people: columns and cells in the reader's language; their columns are fixed.</summary>
public sealed class DirectoryReportLayout(IStringLocalizer<ReportResource> l, IStringLocalizer<SharedResource> shared)
{
    public static readonly IReadOnlyList<string> InstitutionColumnKeys =
        ["name", "originalName", "acronym", "kind", "country", "region", "city", "website", "ror", "parent", "status", "units", "people", "home", "archived"];

    public static readonly IReadOnlyList<string> PersonColumnKeys =
        ["name", "originalName", "position", "institution", "unit", "country", "email", "phone", "archived"];

    private static readonly (ReportCellKind Kind, double Weight)[] InstitutionShapes =
    [
        (ReportCellKind.Text, 2.2), (ReportCellKind.Text, 1.6), (ReportCellKind.Text, 0.8), (ReportCellKind.Text, 1), (ReportCellKind.Text, 1.1),
        (ReportCellKind.Text, 1), (ReportCellKind.Text, 1), (ReportCellKind.Text, 1.6), (ReportCellKind.Text, 0.9), (ReportCellKind.Text, 1.6),
        (ReportCellKind.Text, 1), (ReportCellKind.Number, 0.6), (ReportCellKind.Number, 0.6), (ReportCellKind.Text, 0.6), (ReportCellKind.Text, 0.7),
    ];

    private static readonly (ReportCellKind Kind, double Weight)[] PersonShapes =
    [
        (ReportCellKind.Text, 1.8), (ReportCellKind.Text, 1.4), (ReportCellKind.Text, 1.4), (ReportCellKind.Text, 2), (ReportCellKind.Text, 1.4),
        (ReportCellKind.Text, 1.1), (ReportCellKind.Text, 1.6), (ReportCellKind.Text, 1.1), (ReportCellKind.Text, 0.7),
    ];

    /// <summary>Every country, by name, for the filter.</summary>
    public static IEnumerable<(string, string)> CountryChoices =>
        Countries.Codes.OrderBy(CountryText.Name, StringComparer.Ordinal).Select(c => (c, AgreementReportLayout.CountryLabel(c)));

    public IReadOnlyList<string> InstitutionHeadings => InstitutionColumnKeys.Select(k => l[$"InstitutionColumn_{k}"].Value).ToList();

    public IReadOnlyList<string> PersonHeadings => PersonColumnKeys.Select(k => l[$"PersonColumn_{k}"].Value).ToList();

    public string KindLabel(string kind) => shared[$"InstitutionKind_{kind}"];

    public ReportLine Line(InstitutionReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ReportLine(null,
        [
            row.Name, row.OriginalName, row.Acronym, KindLabel(row.Kind.ToString()), Country(row.CountryCode), row.Region, row.City, row.Website, row.RorId,
            row.Parent, shared[$"RelationshipStatus_{row.RelationshipStatus}"].Value, row.Units, row.People, YesNo(row.IsHome), YesNo(row.IsArchived),
        ]);
    }

    public ReportLine Line(PersonReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ReportLine(null,
            [row.FullName, row.OriginalScriptName, row.Position, row.Institution, row.Unit, Country(row.CountryCode), row.Email, row.Phone, YesNo(row.IsArchived)]);
    }

    public ReportDocument Document(InstitutionReportDefinition definition, string generatedBy, DateTimeOffset generatedAt) =>
        Document("DirectoryReport_InstitutionsTitle", InstitutionHeadings, InstitutionShapes, Filters(definition, null), generatedBy, generatedAt);

    public ReportDocument Document(PersonReportDefinition definition, string? institutionName, string generatedBy, DateTimeOffset generatedAt) =>
        Document("DirectoryReport_PeopleTitle", PersonHeadings, PersonShapes, Filters(definition, institutionName), generatedBy, generatedAt);

    /// <summary>The filters as the written report lists them; the institution only for people.</summary>
    public IReadOnlyList<ReportFilterLine> Filters(IDirectoryReportDefinition definition, string? institutionName)
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

        Add("DirectoryReport_FilterText", definition.Text);
        Add("DirectoryReport_FilterCountry", definition.CountryCode is { Length: > 0 } country ? AgreementReportLayout.CountryLabel(country) : null);
        Add("DirectoryReport_FilterKind", definition.Kind is { Length: > 0 } kind ? KindLabel(kind) : null);
        Add("DirectoryReport_FilterInstitution", institutionName);
        Add("DirectoryReport_FilterArchived", definition.IncludeArchived ? l["DirectoryReport_ArchivedIncluded"].Value : null);
        return lines;
    }

    private ReportDocument Document(
        string title, IReadOnlyList<string> headings, (ReportCellKind Kind, double Weight)[] shapes, IReadOnlyList<ReportFilterLine> filters,
        string generatedBy, DateTimeOffset generatedAt) =>
        new(l[title], headings.Select((h, i) => new ReportColumn(h, shapes[i].Kind, shapes[i].Weight)).ToList(), filters, generatedBy, generatedAt, ReportText.Labels(l));

    private string YesNo(bool value) => l[value ? "DirectoryReport_Yes" : "DirectoryReport_No"];

    private static string? Country(string? code) => code is { Length: > 0 } ? AgreementReportLayout.CountryLabel(code) : null;
}
