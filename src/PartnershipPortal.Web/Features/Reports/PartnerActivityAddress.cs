using System.Globalization;
using FluentValidation.Results;
using Microsoft.Extensions.Primitives;
using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>The partner activity report's definition in an address: <c>?by=country&amp;from=2025-01-01&amp;to=2025-12-31&amp;country=KZ&amp;kind=College&amp;active=true&amp;sort=visits</c>.</summary>
public static class PartnerActivityAddress
{
    public const string By = "by";
    public const string From = "from";
    public const string To = "to";
    public const string Country = "country";
    public const string Kind = "kind";
    public const string Active = "active";
    public const string Sort = "sort";

    private static readonly Dictionary<string, string> ParameterOf = new(StringComparer.Ordinal)
    {
        [nameof(PartnerActivityDefinition.By)] = By,
        [nameof(PartnerActivityDefinition.From)] = From,
        [nameof(PartnerActivityDefinition.To)] = To,
        [nameof(PartnerActivityDefinition.CountryCode)] = Country,
        [nameof(PartnerActivityDefinition.Kind)] = Kind,
        [nameof(PartnerActivityDefinition.Sort)] = Sort,
    };

    public static (PartnerActivityDefinition Definition, Dictionary<string, string[]> Errors) Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = ReportQuery.Values(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var definition = new PartnerActivityDefinition
        {
            By = ReportQuery.One(values, By),
            From = ReportQuery.Date(values, From, errors),
            To = ReportQuery.Date(values, To, errors),
            CountryCode = ReportQuery.One(values, Country),
            Kind = ReportQuery.One(values, Kind),
            ActiveOnly = ReportQuery.Flag(values, Active, errors),
            Sort = ReportQuery.One(values, Sort),
        };
        return (definition, errors);
    }

    public static string Query(PartnerActivityDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var parts = new List<KeyValuePair<string, string?>>();
        ReportQuery.Add(parts, By, definition.By);
        ReportQuery.Add(parts, From, definition.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        ReportQuery.Add(parts, To, definition.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        ReportQuery.Add(parts, Country, definition.CountryCode);
        ReportQuery.Add(parts, Kind, definition.Kind);
        ReportQuery.Add(parts, Active, definition.ActiveOnly ? "true" : null);
        ReportQuery.Add(parts, Sort, definition.Sort);
        return ReportQuery.Create(parts);
    }

    public static Dictionary<string, string[]> Errors(IEnumerable<ValidationFailure> failures) => ReportQuery.Errors(failures, ParameterOf);
}
