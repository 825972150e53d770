using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Institutions;

public enum TimelineKind
{
    Visit,
    AgreementExpiry,
    FollowUpDue,
}

/// <summary>One dated event in a partner's history with the office.</summary>
public sealed record TimelineEvent(DateOnly Date, TimelineKind Kind, string Title, string Href);

/// <summary>Everything dated on an institution's profile in one list, newest first.</summary>
public static class InstitutionTimeline
{
    public static IReadOnlyList<TimelineEvent> Build(InstitutionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var events = new List<TimelineEvent>();
        events.AddRange(profile.Visits
            .Where(v => v.Status != VisitStatus.Cancelled)
            .Select(v => new TimelineEvent(v.StartDate, TimelineKind.Visit, v.Title, $"/visits/{v.Id}")));
        events.AddRange(profile.Agreements
            .Where(a => a.ExpiresOn is not null)
            .Select(a => new TimelineEvent(a.ExpiresOn!.Value, TimelineKind.AgreementExpiry, a.Title, $"/agreements/{a.Id}")));
        events.AddRange(profile.OpenFollowUps
            .Where(f => f.DueOn is not null)
            .Select(f => new TimelineEvent(f.DueOn!.Value, TimelineKind.FollowUpDue, f.Title, string.Empty)));
        return events.OrderByDescending(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();
    }
}
