namespace PartnershipPortal.Core.Domain;

/// <summary>
/// A framework under which cooperation happens (the Belt and Road Initiative) or a programme or
/// project an institution runs (the Qinling Workshop).
/// </summary>
public class FrameworkProgramme : Entity, ISearchable
{
    public const int NameMaxLength = 200;

    public string Name { get; set; } = string.Empty;

    public string? Acronym { get; set; }

    public FrameworkKind Kind { get; set; }

    public string? Description { get; set; }

    /// <summary>The institution that runs a programme or project; empty for intergovernmental frameworks.</summary>
    public int? OwnerInstitutionId { get; set; }

    public Institution? OwnerInstitution { get; set; }

    public string SearchText { get; private set; } = string.Empty;

    public void RefreshSearchText() => SearchText = SearchFolding.Combine(Name, Acronym);
}
