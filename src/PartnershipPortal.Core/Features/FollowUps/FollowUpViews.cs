using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.FollowUps;

public enum FollowUpSubjectKind
{
    Visit,
    Agreement,
}

/// <summary>The visit or agreement a follow-up belongs to.</summary>
public sealed record FollowUpSubject(FollowUpSubjectKind Kind, int Id)
{
    public static FollowUpSubject OfVisit(int visitId) => new(FollowUpSubjectKind.Visit, visitId);

    public static FollowUpSubject OfAgreement(int agreementId) => new(FollowUpSubjectKind.Agreement, agreementId);

    /// <summary>The subject's page in the portal.</summary>
    public string Path => Kind == FollowUpSubjectKind.Visit ? $"/visits/{Id}" : $"/agreements/{Id}";
}

/// <summary>Whose follow-ups a list shows: the signed-in user's own, or everyone's.</summary>
public enum FollowUpScope
{
    Mine,
    All,
}

/// <summary>Which statuses a list shows; "open" means open or in progress.</summary>
public enum FollowUpStatusFilter
{
    Open,
    Done,
    Cancelled,
    All,
}

/// <summary>The filters of the follow-up list, applied in the database.</summary>
public sealed record FollowUpFilter(
    FollowUpScope Scope = FollowUpScope.Mine,
    FollowUpStatusFilter Status = FollowUpStatusFilter.Open,
    bool OverdueOnly = false,
    DateOnly? DueFrom = null,
    DateOnly? DueTo = null,
    FollowUpSubjectKind? Subject = null);

/// <summary>
/// A follow-up as lists show it, with what an edit needs (the version the user saw, the ids chosen) and who
/// completed it when.
/// </summary>
public sealed record FollowUpRow(
    int Id,
    Guid Version,
    string Title,
    string? Notes,
    DateOnly? DueOn,
    FollowUpStatus Status,
    bool IsOverdue,
    string? OwnerUserId,
    string? OwnerName,
    int? ContactPersonId,
    string? ContactPerson,
    FollowUpSubject Subject,
    string SubjectTitle,
    DateTimeOffset? CompletedAt,
    string? CompletedBy)
{
    public bool IsOpen => Status is FollowUpStatus.Open or FollowUpStatus.InProgress;

    /// <summary>The row as the edit form starts from.</summary>
    public FollowUpInput ToInput() => new()
    {
        Title = Title,
        Notes = Notes,
        OwnerPersonId = ContactPersonId,
        OwnerUserId = OwnerUserId,
        DueOn = DueOn,
        Status = Status,
        VisitId = Subject.Kind == FollowUpSubjectKind.Visit ? Subject.Id : null,
        AgreementId = Subject.Kind == FollowUpSubjectKind.Agreement ? Subject.Id : null,
    };
}

/// <summary>An enabled account that can be made responsible for a follow-up.</summary>
public sealed record AccountChoice(string Id, string Name);
