using System.Globalization;
using PartnershipPortal.Core.Features.FollowUps;

namespace PartnershipPortal.Web.Features.FollowUps;

/// <summary>
/// The filters of /follow-ups as the address holds them (<c>?scope=all&amp;status=done&amp;overdue=true</c>): plain
/// strings, because enums cannot bind from the query; defaults are left out of the address.
/// </summary>
public sealed class FollowUpQuery
{
    public const string Mine = "mine";
    public const string All = "all";
    public const string AnySubject = "any";

    public static readonly IReadOnlyList<string> Statuses = ["open", "done", "cancelled", All];

    public static readonly IReadOnlyList<string> Subjects = [AnySubject, "visits", "agreements"];

    public string Scope { get; set; } = Mine;

    public string Status { get; set; } = Statuses[0];

    public bool OverdueOnly { get; set; }

    public string Subject { get; set; } = AnySubject;

    public DateOnly? DueFrom { get; set; }

    public DateOnly? DueTo { get; set; }

    /// <summary>Reads the address; unknown values fall back to the defaults, so a hand-edited address never fails.</summary>
    public static FollowUpQuery From(string? scope, string? status, bool? overdue, string? subject, DateOnly? from, DateOnly? to) => new()
    {
        Scope = string.Equals(scope, All, StringComparison.OrdinalIgnoreCase) ? All : Mine,
        Status = Statuses.FirstOrDefault(s => string.Equals(s, status, StringComparison.OrdinalIgnoreCase)) ?? Statuses[0],
        OverdueOnly = overdue == true,
        Subject = Subjects.FirstOrDefault(s => string.Equals(s, subject, StringComparison.OrdinalIgnoreCase)) ?? AnySubject,
        DueFrom = from,
        DueTo = to,
    };

    public IEnumerable<KeyValuePair<string, object?>> Parameters =>
    [
        new("scope", Scope == All ? All : null),
        new("status", Status == Statuses[0] ? null : Status),
        new("overdue", OverdueOnly ? "true" : null),
        new("subject", Subject == AnySubject ? null : Subject),
        new("from", DueFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("to", DueTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ];

    public FollowUpFilter ToFilter() => new(
        Scope == All ? FollowUpScope.All : FollowUpScope.Mine,
        Status switch
        {
            "done" => FollowUpStatusFilter.Done,
            "cancelled" => FollowUpStatusFilter.Cancelled,
            All => FollowUpStatusFilter.All,
            _ => FollowUpStatusFilter.Open,
        },
        OverdueOnly,
        DueFrom,
        DueTo,
        Subject switch
        {
            "visits" => FollowUpSubjectKind.Visit,
            "agreements" => FollowUpSubjectKind.Agreement,
            _ => null,
        });
}
