namespace PartnershipPortal.Core.Domain;

/// <summary>A school, faculty, office or centre of an institution.</summary>
public class OrganisationalUnit : Entity, IArchivable
{
    public const int NameMaxLength = 200;

    public int InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? OriginalName { get; set; }

    public UnitKind Kind { get; set; }

    public bool IsArchived { get; set; }

    public List<Facility> Facilities { get; } = [];

    public Facility AddFacility(string name, string? description = null)
    {
        var facility = new Facility { Name = name, Description = description, Unit = this };
        Facilities.Add(facility);
        return facility;
    }
}
