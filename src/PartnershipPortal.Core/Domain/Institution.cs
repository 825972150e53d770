namespace PartnershipPortal.Core.Domain;

/// <summary>A university, college, company or other body the office works with, or the home institution.</summary>
public class Institution : Entity, ISearchable, IArchivable
{
    public const int NameMaxLength = 300;
    public const int AcronymMaxLength = 30;
    public const int CityMaxLength = 120;
    public const int WebsiteMaxLength = 500;

    public string Name { get; set; } = string.Empty;

    public string? OriginalName { get; set; }

    public string? Acronym { get; set; }

    public InstitutionKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string CountryCode { get; set; } = string.Empty;

    /// <summary>Province, state or region ("Shaanxi").</summary>
    public string? Region { get; set; }

    public string? City { get; set; }

    public string? Website { get; set; }

    /// <summary>Research Organization Registry id, the nine-character form (for example 05gq02987).</summary>
    public string? RorId { get; set; }

    public int? ParentId { get; private set; }

    public Institution? Parent { get; private set; }

    public bool IsHome { get; set; }

    public RelationshipStatus RelationshipStatus { get; set; }

    public bool IsArchived { get; set; }

    public string SearchText { get; private set; } = string.Empty;

    public List<OrganisationalUnit> Units { get; } = [];

    public List<Person> People { get; } = [];

    /// <summary>Places this institution under another; refuses itself and any of its own descendants.</summary>
    public void SetParent(Institution? parent)
    {
        for (var ancestor = parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ReferenceEquals(ancestor, this) || (Id != 0 && ancestor.Id == Id))
            {
                throw new DomainException("An institution cannot be its own parent or ancestor.");
            }
        }

        Parent = parent;
        ParentId = parent?.Id;
    }

    public OrganisationalUnit AddUnit(string name, UnitKind kind)
    {
        var unit = new OrganisationalUnit { Name = name, Kind = kind, Institution = this };
        Units.Add(unit);
        return unit;
    }

    public void RefreshSearchText() =>
        SearchText = SearchFolding.Combine(Name, OriginalName, Acronym, City, Region);
}
