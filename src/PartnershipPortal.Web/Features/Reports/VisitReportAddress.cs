using System.Globalization;
using FluentValidation.Results;
using Microsoft.Extensions.Primitives;
using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>The visits report's definition in an address: <c>?from=2025-01-01&amp;to=2025-12-31&amp;direction=Inbound&amp;country=KZ&amp;unit=4</c>.</summary>
public static class VisitReportAddress
{
    public const string From = "from";
    public const string To = "to";
    public const string Direction = "direction";
    public const string Country = "country";
    public const string Unit = "unit";

    private static readonly Dictionary<string, string> ParameterOf = new(StringComparer.Ordinal)
    {
        [nameof(VisitReportDefinition.From)] = From,
        [nameof(VisitReportDefinition.To)] = To,
        [nameof(VisitReportDefinition.Direction)] = Direction,
        [nameof(VisitReportDefinition.CountryCode)] = Country,
        [nameof(VisitReportDefinition.UnitId)] = Unit,
    };

    public static (VisitReportDefinition Definition, Dictionary<string, string[]> Errors) Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = ReportQuery.Values(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var definition = new VisitReportDefinition
        {
            From = ReportQuery.Date(values, From, errors),
            To = ReportQuery.Date(values, To, errors),
            Direction = ReportQuery.One(values, Direction),
            CountryCode = ReportQuery.One(values, Country),
            UnitId = ReportQuery.Number(values, Unit, errors),
        };
        return (definition, errors);
    }

    public static string Query(VisitReportDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var parts = new List<KeyValuePair<string, string?>>();
        ReportQuery.Add(parts, From, definition.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        ReportQuery.Add(parts, To, definition.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        ReportQuery.Add(parts, Direction, definition.Direction);
        ReportQuery.Add(parts, Country, definition.CountryCode);
        ReportQuery.Add(parts, Unit, definition.UnitId);
        return ReportQuery.Create(parts);
    }

    public static Dictionary<string, string[]> Errors(IEnumerable<ValidationFailure> failures) => ReportQuery.Errors(failures, ParameterOf);
}
