namespace PartnershipPortal.Core.Features.Institutions;

/// <summary>A lab, centre or museum of a unit, as a form sends it.</summary>
public sealed class FacilityInput
{
    /// <summary>The limit of the description column.</summary>
    public const int DescriptionMaxLength = 2000;

    public int UnitId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }
}
