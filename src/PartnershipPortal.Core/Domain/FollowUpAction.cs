namespace PartnershipPortal.Core.Domain;

/// <summary>Something someone must do after a visit or for an agreement, by a date.</summary>
public class FollowUpAction : Entity
{
    public const int TitleMaxLength = 300;

    public string Title { get; set; } = string.Empty;

    public string? Notes { get; set; }

    public int? OwnerPersonId { get; set; }

    public Person? Owner { get; set; }

    /// <summary>The account responsible, who sees the action under "mine" and is notified about it.</summary>
    public string? OwnerUserId { get; set; }

    public PortalUser? OwnerUser { get; set; }

    public DateOnly? DueOn { get; set; }

    public FollowUpStatus Status { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedByUserId { get; private set; }

    /// <summary>The name of whoever completed the action, kept as written at the time.</summary>
    public string? CompletedByName { get; private set; }

    public int? VisitId { get; private set; }

    public Visit? Visit { get; private set; }

    public int? AgreementId { get; private set; }

    public CooperationAgreement? Agreement { get; private set; }

    public static FollowUpAction ForVisit(Visit visit, string title) =>
        new() { Title = title, Visit = visit, VisitId = visit.Id };

    public static FollowUpAction ForAgreement(CooperationAgreement agreement, string title) =>
        new() { Title = title, Agreement = agreement, AgreementId = agreement.Id };

    public void ChangeStatus(FollowUpStatus status, DateTimeOffset now, string? userId = null, string? userName = null)
    {
        var done = status == FollowUpStatus.Done;
        if (done && Status == FollowUpStatus.Done)
        {
            return;
        }

        Status = status;
        CompletedAt = done ? now : null;
        CompletedByUserId = done ? userId : null;
        CompletedByName = done ? userName : null;
    }
}
