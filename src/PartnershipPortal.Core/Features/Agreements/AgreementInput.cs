using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Agreements;

/// <summary>
/// A memorandum or agreement between two or more institutions, as a form sends it. Its status is not here:
/// a new agreement starts as a draft, and the status moves only through the lifecycle; nor is the
/// agreement it renews, which only a renewal sets.
/// </summary>
public sealed class AgreementInput
{
    /// <summary>The limit of the notes column.</summary>
    public const int NotesMaxLength = 8000;

    public string Title { get; set; } = string.Empty;

    public AgreementKind Kind { get; set; } = AgreementKind.MemorandumOfUnderstanding;

    public DateOnly? SignedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    /// <summary>The parties in the order the agreement names them; the home institution is usually one.</summary>
    public List<AgreementPartyInput> Parties { get; set; } = [];

    /// <summary>A unit of the home institution.</summary>
    public int? ResponsibleUnitId { get; set; }

    public int? ResponsiblePersonId { get; set; }

    /// <summary>The account that receives the expiry reminders.</summary>
    public string? ResponsibleUserId { get; set; }

    /// <summary>Detailed ISCED-F 2013 codes ("0715").</summary>
    public List<string> FieldCodes { get; set; } = [];

    public List<int> FrameworkIds { get; set; } = [];

    /// <summary>The visits that led to the agreement.</summary>
    public List<int> VisitIds { get; set; } = [];

    public string? Notes { get; set; }
}

/// <summary>One party: an institution (companies allowed) and who signed for it.</summary>
public sealed class AgreementPartyInput
{
    public int InstitutionId { get; set; }

    public List<AgreementSignatoryInput> Signatories { get; set; } = [];
}

/// <summary>Someone who signed for a party: a person of that party's institution, or a name as written on the document.</summary>
public sealed class AgreementSignatoryInput
{
    public int? PersonId { get; set; }

    public string? Name { get; set; }

    public string? Position { get; set; }

    public DateOnly? SignedOn { get; set; }
}
