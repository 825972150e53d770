namespace PartnershipPortal.Core.Domain;

public enum InstitutionKind
{
    University,
    College,
    VocationalSchool,
    Company,
    GovernmentBody,
    Association,
    Other,
}

public enum RelationshipStatus
{
    Prospect,
    ActivePartner,
    Dormant,
    Former,
}

public enum UnitKind
{
    School,
    Faculty,
    Office,
    Centre,
    Department,
    Other,
}

public enum VisitDirection
{
    Inbound,
    Outbound,
}

public enum VisitStatus
{
    Planned,
    Confirmed,
    Completed,
    Cancelled,
}

public enum AgendaItemKind
{
    Talks,
    Meeting,
    FacilityTour,
    Signing,
    Ceremony,
    Other,
}

public enum CooperationKind
{
    JointResearch,
    FacultyExchange,
    StudentExchange,
    SkillsDevelopmentProgramme,
    JointProgramme,
    Internship,
    Other,
}

public enum FrameworkKind
{
    Framework,
    Programme,
    Project,
    Initiative,
}

public enum AgreementKind
{
    MemorandumOfUnderstanding,
    FrameworkAgreement,
    StudentExchange,
    StaffExchange,
    JointProgramme,
    JointResearch,
    TrainingOrOverseasWorkshop,
    Internship,
    Other,
}

public enum AgreementStatus
{
    Draft,
    UnderNegotiation,
    Signed,
    Active,
    Expired,
    Terminated,
    Renewed,
}

public enum FollowUpStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
}

public enum IscedLevel
{
    Broad,
    Narrow,
    Detailed,
}

/// <summary>The kinds of file the portal keeps, each recognised by its content.</summary>
public enum AttachmentType
{
    Pdf,
    Jpeg,
    Png,
    Docx,
    Xlsx,
}

public enum NotificationKind
{
    FollowUpAssigned,
    FollowUpDue,
    FollowUpOverdue,
    ChecklistAssigned,
    ChecklistDue,
    ChecklistOverdue,
    AgreementExpiring,
    ReviewRequested,
}
