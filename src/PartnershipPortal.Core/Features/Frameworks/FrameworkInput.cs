using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Frameworks;

/// <summary>A framework (the Belt and Road Initiative) or an institution's programme or project, as a form sends it.</summary>
public sealed class FrameworkInput
{
    /// <summary>The limits of the acronym and description columns.</summary>
    public const int AcronymMaxLength = 30;
    public const int DescriptionMaxLength = 4000;

    public string Name { get; set; } = string.Empty;

    public string? Acronym { get; set; }

    public FrameworkKind Kind { get; set; } = FrameworkKind.Framework;

    public string? Description { get; set; }

    /// <summary>The institution that runs a programme or project; empty for intergovernmental frameworks.</summary>
    public int? OwnerInstitutionId { get; set; }
}
