using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.FollowUps;

/// <summary>Something someone must do after a visit or for an agreement, as a form sends it.</summary>
public sealed class FollowUpInput
{
    /// <summary>The limit of the notes column.</summary>
    public const int NotesMaxLength = 4000;

    public string Title { get; set; } = string.Empty;

    public string? Notes { get; set; }

    public int? OwnerPersonId { get; set; }

    public DateOnly? DueOn { get; set; }

    public FollowUpStatus Status { get; set; } = FollowUpStatus.Open;

    /// <summary>The visit it follows; exactly one of this and <see cref="AgreementId"/> is set.</summary>
    public int? VisitId { get; set; }

    public int? AgreementId { get; set; }
}
