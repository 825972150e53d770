namespace PartnershipPortal.Core.Domain;

/// <summary>
/// A report's filters and columns kept under a name by the account that chose them, so that the same report
/// can be made again next month with one click. It holds the report page's query string, exactly as the page
/// writes it, so that opening it is opening that address; the report checks it again then, as any address.
/// </summary>
public class SavedReport : Entity
{
    public const int NameMaxLength = 100;
    public const int ReportMaxLength = 40;
    public const int QueryMaxLength = 4000;

    /// <summary>The account that saved it; only it lists, opens, updates or deletes it.</summary>
    public string OwnerUserId { get; set; } = string.Empty;

    /// <summary>The report page it belongs to ("agreements", "visits").</summary>
    public string Report { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>The name folded for the uniqueness of names per account and report ("Kazakh partners" and "KAZAKH PARTNERS" are one).</summary>
    public string NormalizedName { get; private set; } = string.Empty;

    /// <summary>The report page's query string without its question mark; empty for the report without filters.</summary>
    public string Query { get; set; } = string.Empty;

    public void Rename(string name)
    {
        Name = name.Trim();
        NormalizedName = Normalize(Name);
    }

    public static string Normalize(string name) => (name ?? string.Empty).Trim().ToUpperInvariant();
}
