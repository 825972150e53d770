namespace PartnershipPortal.Core.Domain;

/// <summary>
/// One line of the office's reception checklist template ("interpreters booked, 7 days before"). A planned
/// or confirmed visit gets a copy of the template's lines; editing the template does not change the
/// copies already made.
/// </summary>
public class ChecklistTemplateItem : Entity, IArchivable
{
    public const int TitleMaxLength = 200;
    public const int MaxOffsetDays = 365;

    public string Title { get; set; } = string.Empty;

    /// <summary>Days relative to the visit's first day: -14 is two weeks before, 3 is three days after.</summary>
    public int OffsetDays { get; set; }

    /// <summary>The account that usually does this, proposed as owner on each new visit.</summary>
    public string? DefaultOwnerUserId { get; set; }

    public PortalUser? DefaultOwner { get; set; }

    public int Order { get; set; }

    /// <summary>Left out of the checklists of new visits, kept for the history.</summary>
    public bool IsArchived { get; set; }
}

/// <summary>
/// A reception task of one visit. Its due date is not stored: it is the visit's first day plus
/// <see cref="OffsetDays"/>, so moving the visit moves every due date with it.
/// </summary>
public class VisitChecklistItem : Entity
{
    public int VisitId { get; set; }

    public Visit? Visit { get; set; }

    public string Title { get; set; } = string.Empty;

    public int OffsetDays { get; set; }

    public string? OwnerUserId { get; set; }

    public PortalUser? Owner { get; set; }

    public int Order { get; set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public string? DoneByUserId { get; private set; }

    /// <summary>The name of whoever ticked the item, kept as written at the time.</summary>
    public string? DoneByName { get; private set; }

    public DateOnly DueOn(DateOnly visitStart) => visitStart.AddDays(OffsetDays);

    public void MarkDone(string? userId, string name, DateTimeOffset now)
    {
        DoneAt = now;
        DoneByUserId = userId;
        DoneByName = name;
    }

    public void Reopen()
    {
        DoneAt = null;
        DoneByUserId = null;
        DoneByName = null;
    }
}
