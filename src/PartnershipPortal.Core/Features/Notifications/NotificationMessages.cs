using System.Globalization;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Notifications;

/// <summary>
/// The notifications the portal sends, each with its key. An assignment's key holds the version the
/// assignment saved, so that each assignment is told once; a due or overdue key holds the due date, so
/// that an item is told once per date (moving a visit moves its items' dates, and they are told again).
/// </summary>
public static class NotificationMessages
{
    /// <summary>The page a follow-up is shown on: its visit's or its agreement's.</summary>
    public static string FollowUpLink(int? visitId, int? agreementId) =>
        visitId is { } visit ? VisitLink(visit) : agreementId is { } agreement ? $"/agreements/{Number(agreement)}" : "/follow-ups";

    public static string VisitLink(int visitId) => $"/visits/{Number(visitId)}";

    /// <summary>Someone else made the user the owner of a checklist item.</summary>
    public static NotificationMessage ChecklistAssigned(string userId, int itemId, Guid version, string item, string visit, int visitId) =>
        new(userId, NotificationKind.ChecklistAssigned, $"You own “{item}” for “{visit}”.", VisitLink(visitId),
            $"checklist-item:{Number(itemId)}:assigned:{version:N}");

    /// <summary>A visit's checklist was made and gave the user <paramref name="count"/> of its items.</summary>
    public static NotificationMessage ChecklistCreated(string userId, int visitId, string visit, int count) =>
        new(userId, NotificationKind.ChecklistAssigned,
            count == 1 ? $"You own 1 reception task for “{visit}”." : $"You own {Number(count)} reception tasks for “{visit}”.",
            VisitLink(visitId), $"visit:{Number(visitId)}:checklist-assigned");

    public static NotificationMessage ChecklistDue(string userId, int itemId, string item, string visit, int visitId, DateOnly dueOn, DateOnly today) =>
        new(userId, NotificationKind.ChecklistDue, $"“{item}” for “{visit}” is due {When(dueOn, today)}.", VisitLink(visitId),
            $"checklist-item:{Number(itemId)}:due:{Date(dueOn)}");

    public static NotificationMessage ChecklistOverdue(string userId, int itemId, string item, string visit, int visitId, DateOnly dueOn) =>
        new(userId, NotificationKind.ChecklistOverdue, $"“{item}” for “{visit}” is overdue: it was due on {ValidationRules.DisplayDate(dueOn)}.",
            VisitLink(visitId), $"checklist-item:{Number(itemId)}:overdue:{Date(dueOn)}");

    /// <summary>
    /// Someone else made the user the owner of a follow-up; the follow-ups' editor sends it after saving. The key
    /// names this assignment (the save that made it), so it is notified once, while an owner given the action
    /// again later hears of it again.
    /// </summary>
    public static NotificationMessage FollowUpAssigned(string userId, int followUpId, Guid version, string title, DateOnly? dueOn, string link) =>
        new(userId, NotificationKind.FollowUpAssigned,
            dueOn is { } due ? $"You own the follow-up “{title}”, due {ValidationRules.DisplayDate(due)}" : $"You own the follow-up “{title}”",
            link, $"follow-up:{Number(followUpId)}:assigned:{userId}:{version:N}");

    public static NotificationMessage FollowUpDue(string userId, int followUpId, string title, string link, DateOnly dueOn, DateOnly today) =>
        new(userId, NotificationKind.FollowUpDue, $"The follow-up “{title}” is due {When(dueOn, today)}.", link,
            $"follow-up:{Number(followUpId)}:due:{Date(dueOn)}");

    public static NotificationMessage FollowUpOverdue(string userId, int followUpId, string title, string link, DateOnly dueOn) =>
        new(userId, NotificationKind.FollowUpOverdue, $"The follow-up “{title}” is overdue: it was due on {ValidationRules.DisplayDate(dueOn)}.",
            link, $"follow-up:{Number(followUpId)}:overdue:{Date(dueOn)}");

    private static string When(DateOnly dueOn, DateOnly today) =>
        dueOn == today ? $"today ({ValidationRules.DisplayDate(dueOn)})"
        : dueOn == today.AddDays(1) ? $"tomorrow ({ValidationRules.DisplayDate(dueOn)})"
        : $"on {ValidationRules.DisplayDate(dueOn)}";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
