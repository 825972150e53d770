using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Institutions;

/// <summary>What a form or the API sends to create or change an institution.</summary>
public sealed class InstitutionInput
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The name in its own script ("咸阳职业技术学院").</summary>
    public string? OriginalName { get; set; }

    public string? Acronym { get; set; }

    public InstitutionKind Kind { get; set; } = InstitutionKind.University;

    /// <summary>ISO 3166-1 alpha-2, upper case ("KZ").</summary>
    public string CountryCode { get; set; } = string.Empty;

    public string? Region { get; set; }

    public string? City { get; set; }

    public string? Website { get; set; }

    /// <summary>Research Organization Registry id, nine characters ("05gq02987").</summary>
    public string? RorId { get; set; }

    public int? ParentId { get; set; }

    public bool IsHome { get; set; }

    public RelationshipStatus RelationshipStatus { get; set; } = RelationshipStatus.Prospect;
}
