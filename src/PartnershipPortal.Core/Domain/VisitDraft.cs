namespace PartnershipPortal.Core.Domain;

/// <summary>
/// A visit half entered in the guided form, kept so that its author can finish it later. It holds the
/// form's input as JSON rather than a <see cref="Visit"/>, because a draft may still lack what a visit
/// requires (dates, host). It belongs to the account that started it; finishing it creates or updates the
/// visit and removes the draft.
/// </summary>
public class VisitDraft : Entity
{
    public const int TitleMaxLength = 300;

    /// <summary>The account that keeps the draft; only it sees the draft.</summary>
    public string OwnerUserId { get; set; } = string.Empty;

    /// <summary>The title typed so far, or a description such as "Untitled visit", for the list of drafts.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The visit being edited, or null for a new visit.</summary>
    public int? VisitId { get; set; }

    /// <summary>The step of the form the author was on.</summary>
    public int Step { get; set; }

    /// <summary>The form's input, serialised.</summary>
    public string Content { get; set; } = "{}";
}
