namespace PartnershipPortal.Core.Features.Checklists;

/// <summary>
/// A reception task as a form sends it: a line of the office's template, or a task added to one visit.
/// The offset counts days from the visit's first day (-7 is a week before).
/// </summary>
public sealed class ChecklistItemInput
{
    public string Title { get; set; } = string.Empty;

    public int OffsetDays { get; set; }

    /// <summary>The account responsible (for a template line, the one proposed on each new visit); none is allowed.</summary>
    public string? OwnerUserId { get; set; }
}
