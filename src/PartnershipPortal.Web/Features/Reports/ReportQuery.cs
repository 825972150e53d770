using System.Globalization;
using FluentValidation.Results;
using Microsoft.Extensions.Primitives;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>Reading and writing a report's query string: the pieces every report's address shares.</summary>
public static class ReportQuery
{
    /// <summary>A validator's failures keyed by query parameter (<c>Columns[2]</c> becomes <c>col</c>), for problem details and the pages.</summary>
    public static Dictionary<string, string[]> Errors(IEnumerable<ValidationFailure> failures, IReadOnlyDictionary<string, string> parameterOf) =>
        failures
            .GroupBy(f => parameterOf.GetValueOrDefault(f.PropertyName.Split('[')[0], f.PropertyName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    public static Dictionary<string, StringValues> Values(IEnumerable<KeyValuePair<string, StringValues>> query) =>
        (query ?? []).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    public static string Create(List<KeyValuePair<string, string?>> parts) => QueryString.Create(parts).ToUriComponent().TrimStart('?');

    public static KeyValuePair<string, string?> Pair(string key, string? value) => new(key, value);

    public static void Add(List<KeyValuePair<string, string?>> parts, string key, object? value)
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

    public static List<string> All(Dictionary<string, StringValues> values, string key) =>
        values.TryGetValue(key, out var found) ? found.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList() : [];

    public static string? One(Dictionary<string, StringValues> values, string key) => All(values, key).LastOrDefault();

    public static int? Number(Dictionary<string, StringValues> values, string key, Dictionary<string, string[]> errors)
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

    /// <summary>
    /// A yes-or-no parameter: <c>true</c>, or <c>false</c> and nothing; anything else is an error, "'yes' is neither
    /// true nor false." followed by <paramref name="hint"/> when given.
    /// </summary>
    public static bool Flag(Dictionary<string, StringValues> values, string key, Dictionary<string, string[]> errors, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        switch (One(values, key))
        {
            case null or "false":
                return false;
            case "true":
                return true;
            case var text:
                errors[key] = [$"'{text}' is neither true nor false" + (hint is null ? "." : $": {hint}")];
                return false;
        }
    }

    public static DateOnly? Date(Dictionary<string, StringValues> values, string key, Dictionary<string, string[]> errors)
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
