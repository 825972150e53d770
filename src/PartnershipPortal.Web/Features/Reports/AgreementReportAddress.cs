using System.Globalization;
using FluentValidation.Results;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>
/// The agreement report's definition in an address (<c>?status=Active&amp;country=KZ&amp;col=title&amp;col=parties</c>):
/// the page keeps it there and every download reads the same query, so a download is exactly the report
/// previewed. Values that are not numbers or dates where those are due are reported here; everything else
/// is left to <see cref="AgreementReportValidator"/>. Errors are keyed by the query parameter.
/// </summary>
public static class AgreementReportAddress
{
    public const string Status = "status";
    public const string Kind = "kind";
    public const string Party = "party";
    public const string Country = "country";
    public const string Unit = "unit";
    public const string Field = "field";
    public const string Framework = "framework";
    public const string SignedFrom = "signedFrom";
    public const string SignedTo = "signedTo";
    public const string ExpiresWithin = "expiresWithin";
    public const string Column = "col";
    public const string Sort = "sort";
    public const string Descending = "desc";
    public const string Group = "group";

    /// <summary>The query parameter of each definition member, for errors reported by the validator.</summary>
    private static readonly Dictionary<string, string> ParameterOf = new(StringComparer.Ordinal)
    {
        [nameof(AgreementReportDefinition.Statuses)] = Status,
        [nameof(AgreementReportDefinition.Kinds)] = Kind,
        [nameof(AgreementReportDefinition.PartyInstitutionId)] = Party,
        [nameof(AgreementReportDefinition.CountryCode)] = Country,
        [nameof(AgreementReportDefinition.ResponsibleUnitId)] = Unit,
        [nameof(AgreementReportDefinition.FieldCode)] = Field,
        [nameof(AgreementReportDefinition.FrameworkId)] = Framework,
        [nameof(AgreementReportDefinition.SignedFrom)] = SignedFrom,
        [nameof(AgreementReportDefinition.SignedTo)] = SignedTo,
        [nameof(AgreementReportDefinition.ExpiresWithinDays)] = ExpiresWithin,
        [nameof(AgreementReportDefinition.Columns)] = Column,
        [nameof(AgreementReportDefinition.Sort)] = Sort,
        [nameof(AgreementReportDefinition.GroupBy)] = Group,
    };

    public static (AgreementReportDefinition Definition, Dictionary<string, string[]> Errors) Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = (query ?? []).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var columns = All(values, Column);
        var definition = new AgreementReportDefinition
        {
            Statuses = All(values, Status),
            Kinds = All(values, Kind),
            PartyInstitutionId = Number(values, Party, errors),
            CountryCode = One(values, Country),
            ResponsibleUnitId = Number(values, Unit, errors),
            FieldCode = One(values, Field),
            FrameworkId = Number(values, Framework, errors),
            SignedFrom = Date(values, SignedFrom, errors),
            SignedTo = Date(values, SignedTo, errors),
            ExpiresWithinDays = Number(values, ExpiresWithin, errors),
            Columns = columns.Count == 0 ? AgreementReportColumns.Default : columns,
            Sort = One(values, Sort),
            Descending = One(values, Descending) is "true" or "1",
            GroupBy = One(values, Group),
        };
        return (definition, errors);
    }

    /// <summary>Parses the query of an address such as the page's own.</summary>
    public static (AgreementReportDefinition Definition, Dictionary<string, string[]> Errors) Parse(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Parse(QueryHelpers.ParseQuery(address.Query));
    }

    /// <summary>The query string (without "?") that stands for the definition; empty parts are left out.</summary>
    public static string Query(AgreementReportDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var parts = new List<KeyValuePair<string, string?>>();
        parts.AddRange(definition.Statuses.Select(s => Pair(Status, s)));
        parts.AddRange(definition.Kinds.Select(k => Pair(Kind, k)));
        Add(parts, Party, definition.PartyInstitutionId);
        Add(parts, Country, definition.CountryCode);
        Add(parts, Unit, definition.ResponsibleUnitId);
        Add(parts, Field, definition.FieldCode);
        Add(parts, Framework, definition.FrameworkId);
        Add(parts, SignedFrom, definition.SignedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, SignedTo, definition.SignedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, ExpiresWithin, definition.ExpiresWithinDays);
        parts.AddRange(definition.Columns.Select(c => Pair(Column, c)));
        Add(parts, Sort, definition.Sort);
        Add(parts, Descending, definition.Descending ? "true" : null);
        Add(parts, Group, definition.GroupBy);
        return QueryString.Create(parts).ToUriComponent().TrimStart('?');
    }

    /// <summary>The validator's failures keyed by query parameter, for problem details and the page.</summary>
    public static Dictionary<string, string[]> Errors(IEnumerable<ValidationFailure> failures) =>
        failures
            .GroupBy(f => ParameterOf.GetValueOrDefault(f.PropertyName.Split('[')[0], f.PropertyName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    private static KeyValuePair<string, string?> Pair(string key, string? value) => new(key, value);

    private static void Add(List<KeyValuePair<string, string?>> parts, string key, object? value)
    {
        var text = value switch
        {
            null => null,
            int number => number.ToString(CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        if (!string.IsNullOrEmpty(text))
        {
            parts.Add(Pair(key, text));
        }
    }

    private static List<string> All(Dictionary<string, StringValues> values, string key) =>
        values.TryGetValue(key, out var found) ? found.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList() : [];

    private static string? One(Dictionary<string, StringValues> values, string key) => All(values, key).LastOrDefault();

    private static int? Number(Dictionary<string, StringValues> values, string key, Dictionary<string, string[]> errors)
    {
        if (One(values, key) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors[key] = [$"'{text}' is not a whole number."];
        return null;
    }

    private static DateOnly? Date(Dictionary<string, StringValues> values, string key, Dictionary<string, string[]> errors)
    {
        if (One(values, key) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[key] = [$"'{text}' is not a date: write it as YYYY-MM-DD, such as 2025-05-20."];
        return null;
    }
}
