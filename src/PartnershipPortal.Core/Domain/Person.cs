namespace PartnershipPortal.Core.Domain;

/// <summary>
/// Someone the office deals with. The name is kept exactly as written ("Mashekenova Assiya",
/// "Erlan Nursultanovich Safin"): never split into first and last, never reordered.
/// </summary>
public class Person : Entity, ISearchable, IArchivable
{
    public const int NameMaxLength = 200;
    public const int PositionMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 40;

    public string FullName { get; set; } = string.Empty;

    public string? OriginalScriptName { get; set; }

    public string? Position { get; set; }

    public int? InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    public int? UnitId { get; set; }

    public OrganisationalUnit? Unit { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool IsArchived { get; set; }

    public string SearchText { get; private set; } = string.Empty;

    public void RefreshSearchText() =>
        SearchText = SearchFolding.Combine(FullName, OriginalScriptName, Position, Email);
}
