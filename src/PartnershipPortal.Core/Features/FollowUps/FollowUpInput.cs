using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.FollowUps;

/// <summary>Something someone must do after a visit or for an agreement, as a form sends it.</summary>
public sealed class FollowUpInput
{
    /// <summary>The limit of the notes column.</summary>
    public const int NotesMaxLength = 4000;

    /// <summary>The length of an account id column.</summary>
    public const int OwnerUserIdMaxLength = 450;

    /// <summary>Due dates outside these years are typing errors, not plans.</summary>
    public static readonly DateOnly EarliestDueOn = new(2000, 1, 1);

    public static readonly DateOnly LatestDueOn = new(2099, 12, 31);

    public string Title { get; set; } = string.Empty;

    public string? Notes { get; set; }

    /// <summary>The contact person the action concerns or is done with, if any.</summary>
    public int? OwnerPersonId { get; set; }

    /// <summary>The portal account responsible: it sees the action under "mine" and is notified when given it.</summary>
    public string? OwnerUserId { get; set; }

    public DateOnly? DueOn { get; set; }

    public FollowUpStatus Status { get; set; } = FollowUpStatus.Open;

    /// <summary>The visit it follows; exactly one of this and <see cref="AgreementId"/> is set.</summary>
    public int? VisitId { get; set; }

    public int? AgreementId { get; set; }
}
