using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Agreements;

/// <summary>A memorandum or agreement between two or more institutions, as a form sends it.</summary>
public sealed class AgreementInput
{
    /// <summary>The limit of the notes column.</summary>
    public const int NotesMaxLength = 8000;

    public string Title { get; set; } = string.Empty;

    public AgreementKind Kind { get; set; } = AgreementKind.MemorandumOfUnderstanding;

    public AgreementStatus Status { get; set; } = AgreementStatus.Draft;

    public DateOnly? SignedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    /// <summary>The parties in the order the agreement names them; the home institution is usually one.</summary>
    public List<int> PartyInstitutionIds { get; set; } = [];

    public int? ResponsibleUnitId { get; set; }

    public int? ResponsiblePersonId { get; set; }

    /// <summary>Detailed ISCED-F 2013 codes ("0715").</summary>
    public List<string> FieldCodes { get; set; } = [];

    public List<int> FrameworkIds { get; set; } = [];

    public List<int> VisitIds { get; set; } = [];

    public int? RenewsAgreementId { get; set; }

    public string? Notes { get; set; }
}
