namespace PartnershipPortal.Core.Domain;

/// <summary>A lab, centre or museum that belongs to a unit and can be toured.</summary>
public class Facility : Entity, IArchivable
{
    public const int NameMaxLength = 200;

    public int UnitId { get; set; }

    public OrganisationalUnit? Unit { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public bool IsArchived { get; set; }
}
