using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>The partner activity report's columns and cells in the reader's language: one set per institution, one per country.</summary>
public sealed class PartnerActivityLayout(IStringLocalizer<ReportResource> l, IStringLocalizer<SharedResource> shared)
{
    public static readonly IReadOnlyList<string> InstitutionColumns =
        ["institution", "country", "kind", "visitsToUs", "visitsByUs", "agreements", "lastContact", "reviews", "rating", "recommendation"];

    public static readonly IReadOnlyList<string> CountryColumns =
        ["country", "partners", "visitsToUs", "visitsByUs", "agreements", "lastContact", "reviews", "rating", "recommendation", "reviewed"];

    private static readonly Dictionary<string, (ReportCellKind Kind, double Weight)> Shapes = new(StringComparer.Ordinal)
    {
        ["institution"] = (ReportCellKind.Text, 2.6), ["country"] = (ReportCellKind.Text, 1.3), ["kind"] = (ReportCellKind.Text, 1.1),
        ["partners"] = (ReportCellKind.Number, 0.8), ["visitsToUs"] = (ReportCellKind.Number, 0.8), ["visitsByUs"] = (ReportCellKind.Number, 0.8),
        ["agreements"] = (ReportCellKind.Number, 0.9), ["lastContact"] = (ReportCellKind.Date, 1.0), ["reviews"] = (ReportCellKind.Number, 0.7),
        ["rating"] = (ReportCellKind.Number, 0.8), ["recommendation"] = (ReportCellKind.Text, 1.0), ["reviewed"] = (ReportCellKind.Text, 2.2),
    };

    public static IReadOnlyList<string> ColumnKeys(PartnerActivityDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.ByCountry ? CountryColumns : InstitutionColumns;
    }

    public IReadOnlyList<string> Headings(PartnerActivityDefinition definition) => ColumnKeys(definition).Select(k => l[$"PartnerColumn_{k}"].Value).ToList();

    public ReportLine Line(PartnerActivityDefinition definition, PartnerActivityRow row)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(row);
        var review = row.LatestReview;
        // A number in every format, with its one decimal place even when whole (4.0).
        decimal? rating = review is null ? null : Math.Round(review.Rating, 1, MidpointRounding.AwayFromZero) + 0.0m;
        var recommendation = review is null ? null : shared[$"ReviewRecommendation_{review.Recommendation}"].Value;
        return new ReportLine(null, definition.ByCountry
            ?
            [
                AgreementReportLayout.CountryLabel(row.CountryCode), row.Partners, row.VisitsToUs, row.VisitsByUs, row.ActiveAgreements, row.LastContact,
                row.Reviews, rating, recommendation, review?.Institution,
            ]
            :
            [
                row.Institution, CountryText.Name(row.CountryCode), row.Kind is { } kind ? KindLabel(kind.ToString()) : null, row.VisitsToUs, row.VisitsByUs,
                row.ActiveAgreements, row.LastContact, row.Reviews, rating, recommendation,
            ]);
    }

    public string KindLabel(string kind) => shared[$"InstitutionKind_{kind}"];

    public string GroupingLabel(string by) => l[$"PartnerReport_By_{by}"];

    public string SortLabel(string sort) => l[$"PartnerReport_Sort_{sort}"];

    public IReadOnlyList<ReportFilterLine> Filters(PartnerActivityDefinition definition)
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

        Add("Filter_PartnerBy", GroupingLabel(definition.By is { Length: > 0 } by ? by : PartnerActivityGroupings.Institution));
        Add("Filter_Period", ReportText.Period(l, definition.From, definition.To));
        Add("Filter_PartnerCountry", definition.CountryCode is { Length: > 0 } country ? AgreementReportLayout.CountryLabel(country) : null);
        Add("Filter_InstitutionKind", definition.Kind is { Length: > 0 } kind ? KindLabel(kind) : null);
        Add("Filter_PartnerActive", definition.ActiveOnly ? l["Filter_PartnerActiveOnly"].Value : null);
        Add("Filter_Sort", SortLabel(definition.Sort is { Length: > 0 } sort ? sort : PartnerActivitySorts.Name));
        return lines;
    }

    public ReportDocument Document(PartnerActivityDefinition definition, string generatedBy, DateTimeOffset generatedAt) =>
        new(l["PartnerReport_DocumentTitle"],
            ColumnKeys(definition).Select(k => new ReportColumn(l[$"PartnerColumn_{k}"], Shapes[k].Kind, Shapes[k].Weight)).ToList(),
            Filters(definition), generatedBy, generatedAt, ReportText.Labels(l));
}
