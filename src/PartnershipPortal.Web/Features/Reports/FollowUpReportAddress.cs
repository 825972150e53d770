using System.Globalization;
using FluentValidation.Results;
using Microsoft.Extensions.Primitives;
using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>The follow-up status report's definition in an address: <c>?status=Open&amp;dueFrom=2025-01-01&amp;dueTo=2025-06-30&amp;overdue=true</c>.</summary>
public static class FollowUpReportAddress
{
    public const string Status = "status";
    public const string DueFrom = "dueFrom";
    public const string DueTo = "dueTo";
    public const string Overdue = "overdue";

    private static readonly Dictionary<string, string> ParameterOf = new(StringComparer.Ordinal)
    {
        [nameof(FollowUpReportDefinition.Statuses)] = Status,
        [nameof(FollowUpReportDefinition.DueFrom)] = DueFrom,
        [nameof(FollowUpReportDefinition.DueTo)] = DueTo,
    };

    public static (FollowUpReportDefinition Definition, Dictionary<string, string[]> Errors) Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = ReportQuery.Values(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var definition = new FollowUpReportDefinition
        {
            Statuses = ReportQuery.All(values, Status),
            DueFrom = ReportQuery.Date(values, DueFrom, errors),
            DueTo = ReportQuery.Date(values, DueTo, errors),
            OverdueOnly = ReportQuery.Flag(values, Overdue, errors),
        };
        return (definition, errors);
    }

    public static string Query(FollowUpReportDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var parts = definition.Statuses.Select(s => ReportQuery.Pair(Status, s)).ToList();
        ReportQuery.Add(parts, DueFrom, definition.DueFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        ReportQuery.Add(parts, DueTo, definition.DueTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        ReportQuery.Add(parts, Overdue, definition.OverdueOnly ? "true" : null);
        return ReportQuery.Create(parts);
    }

    public static Dictionary<string, string[]> Errors(IEnumerable<ValidationFailure> failures) => ReportQuery.Errors(failures, ParameterOf);
}
