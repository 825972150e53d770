namespace PartnershipPortal.Core.Features.People;

/// <summary>
/// Someone the office deals with, as a form sends it. The name is one string as written
/// ("Mashekenova Assiya"), never split into first and last.
/// </summary>
public sealed class PersonInput
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>The name in its own script (Cyrillic, Chinese) when it differs from <see cref="FullName"/>.</summary>
    public string? OriginalScriptName { get; set; }

    public string? Position { get; set; }

    public int? InstitutionId { get; set; }

    public int? UnitId { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
