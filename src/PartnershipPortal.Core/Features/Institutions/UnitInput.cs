using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Institutions;

/// <summary>A school, faculty, office or centre of an institution, as a form sends it.</summary>
public sealed class UnitInput
{
    public int InstitutionId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? OriginalName { get; set; }

    public UnitKind Kind { get; set; } = UnitKind.School;
}
