using FluentValidation.Results;
using Microsoft.Extensions.Primitives;
using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>
/// The directory export's definitions in an address: <c>?list=people&amp;q=safin&amp;country=KZ&amp;kind=College&amp;institution=4&amp;archived=true</c>.
/// The page's <c>list</c> chooses the report (institutions or people); the downloads are named after it.
/// </summary>
public static class DirectoryReportAddress
{
    public const string List = "list";
    public const string Text = "q";
    public const string Country = "country";
    public const string Kind = "kind";
    public const string Institution = "institution";
    public const string Archived = "archived";

    /// <summary>The lists, as <c>list</c> and the downloads name them.</summary>
    public const string Institutions = "institutions";
    public const string People = "people";

    private static readonly Dictionary<string, string> ParameterOf = new(StringComparer.Ordinal)
    {
        [nameof(PersonReportDefinition.Text)] = Text,
        [nameof(PersonReportDefinition.CountryCode)] = Country,
        [nameof(PersonReportDefinition.Kind)] = Kind,
        [nameof(PersonReportDefinition.InstitutionId)] = Institution,
    };

    /// <summary>The list the page shows: institutions unless people are asked for; anything else is an error on <c>list</c>.</summary>
    public static string ListOf(IEnumerable<KeyValuePair<string, StringValues>> query, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = ReportQuery.One(ReportQuery.Values(query), List);
        if (list is null or Institutions or People)
        {
            return list ?? Institutions;
        }

        errors[List] = [$"Unknown list '{list}'. Choose from: {Institutions}, {People}."];
        return Institutions;
    }

    public static (InstitutionReportDefinition Definition, Dictionary<string, string[]> Errors) ParseInstitutions(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        return (Shared(ReportQuery.Values(query), errors), errors);
    }

    /// <summary>The filters the institutions have, and the institution.</summary>
    public static (PersonReportDefinition Definition, Dictionary<string, string[]> Errors) ParsePeople(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = ReportQuery.Values(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var shared = Shared(values, errors);
        var definition = new PersonReportDefinition
        {
            Text = shared.Text, CountryCode = shared.CountryCode, Kind = shared.Kind, IncludeArchived = shared.IncludeArchived,
            InstitutionId = ReportQuery.Number(values, Institution, errors),
        };
        return (definition, errors);
    }

    public static string Query(InstitutionReportDefinition definition) => Query(definition, null);

    public static string Query(PersonReportDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Query(definition, definition.InstitutionId);
    }

    public static Dictionary<string, string[]> Errors(IEnumerable<ValidationFailure> failures) => ReportQuery.Errors(failures, ParameterOf);

    private static string Query(IDirectoryReportDefinition definition, int? institutionId)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var parts = new List<KeyValuePair<string, string?>>();
        ReportQuery.Add(parts, Text, definition.Text);
        ReportQuery.Add(parts, Country, definition.CountryCode);
        ReportQuery.Add(parts, Kind, definition.Kind);
        ReportQuery.Add(parts, Institution, institutionId);
        ReportQuery.Add(parts, Archived, definition.IncludeArchived ? "true" : null);
        return ReportQuery.Create(parts);
    }

    private static InstitutionReportDefinition Shared(Dictionary<string, StringValues> values, Dictionary<string, string[]> errors) => new()
    {
        Text = ReportQuery.One(values, Text),
        CountryCode = ReportQuery.One(values, Country),
        Kind = ReportQuery.One(values, Kind),
        IncludeArchived = ReportQuery.Flag(values, Archived, errors, "write archived=true to include archived records."),
    };
}
