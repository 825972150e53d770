namespace PartnershipPortal.Core.Domain;

/// <summary>A field of education and training of ISCED-F 2013: broad (2 digits), narrow (3) or detailed (4).</summary>
public class IscedField
{
    public string Code { get; set; } = string.Empty;

    public IscedLevel Level { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? ParentCode { get; set; }
}
