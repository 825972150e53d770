using System.Globalization;
using FluentValidation.Results;
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
        var values = ReportQuery.Values(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var columns = ReportQuery.All(values, Column);
        var definition = new AgreementReportDefinition
        {
            Statuses = ReportQuery.All(values, Status),
            Kinds = ReportQuery.All(values, Kind),
            PartyInstitutionId = ReportQuery.Number(values, Party, errors),
            CountryCode = ReportQuery.One(values, Country),
            ResponsibleUnitId = ReportQuery.Number(values, Unit, errors),
            FieldCode = ReportQuery.One(values, Field),
            FrameworkId = ReportQuery.Number(values, Framework, errors),
            SignedFrom = ReportQuery.Date(values, SignedFrom, errors),
            SignedTo = ReportQuery.Date(values, SignedTo, errors),
            ExpiresWithinDays = ReportQuery.Number(values, ExpiresWithin, errors),
            Columns = columns.Count == 0 ? AgreementReportColumns.Default : columns,
            Sort = ReportQuery.One(values, Sort),
            Descending = ReportQuery.One(values, Descending) is "true" or "1",
            GroupBy = ReportQuery.One(values, Group),
        };
        return (definition, errors);
    }

    /// <summary>The query string (without "?") that stands for the definition; empty parts are left out.</summary>
    public static string Query(AgreementReportDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var parts = new List<KeyValuePair<string, string?>>();
        parts.AddRange(definition.Statuses.Select(s => ReportQuery.Pair(Status, s)));
        parts.AddRange(definition.Kinds.Select(k => ReportQuery.Pair(Kind, k)));
        ReportQuery.Add(parts, Party, definition.PartyInstitutionId);
        ReportQuery.Add(parts, Country, definition.CountryCode);
        ReportQuery.Add(parts, Unit, definition.ResponsibleUnitId);
        ReportQuery.Add(parts, Field, definition.FieldCode);
        ReportQuery.Add(parts, Framework, definition.FrameworkId);
        ReportQuery.Add(parts, SignedFrom, definition.SignedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        ReportQuery.Add(parts, SignedTo, definition.SignedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        ReportQuery.Add(parts, ExpiresWithin, definition.ExpiresWithinDays);
        parts.AddRange(definition.Columns.Select(c => ReportQuery.Pair(Column, c)));
        ReportQuery.Add(parts, Sort, definition.Sort);
        ReportQuery.Add(parts, Descending, definition.Descending ? "true" : null);
        ReportQuery.Add(parts, Group, definition.GroupBy);
        return ReportQuery.Create(parts);
    }

    /// <summary>The validator's failures keyed by query parameter, for problem details and the page.</summary>
    public static Dictionary<string, string[]> Errors(IEnumerable<ValidationFailure> failures) => ReportQuery.Errors(failures, ParameterOf);
}
