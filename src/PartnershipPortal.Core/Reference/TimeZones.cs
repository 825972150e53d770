using System.Collections.Frozen;

namespace PartnershipPortal.Core.Reference;

/// <summary>
/// The IANA time zones this machine knows, for the place of a visit, and a likely zone for a country (the
/// first zone the tz database lists for it, which is its most populous: Asia/Shanghai for China, Asia/Almaty
/// for Kazakhstan).
/// </summary>
public static class TimeZones
{
    private const string CountryTable = "/usr/share/zoneinfo/zone.tab";

    private static readonly Lazy<IReadOnlyList<string>> Ids = new(() => TimeZoneInfo.GetSystemTimeZones()
        .Where(z => z.HasIanaId && (z.Id.Contains('/', StringComparison.Ordinal) || z.Id == "UTC") && !z.Id.StartsWith("Etc/", StringComparison.Ordinal))
        .Select(z => z.Id)
        .Order(StringComparer.Ordinal)
        .ToList());

    private static readonly Lazy<FrozenDictionary<string, string>> FirstByCountry = new(ReadCountryTable);

    public static IReadOnlyList<string> All => Ids.Value;

    /// <summary>Zones whose id contains the text, ignoring case and treating spaces as underscores ("new york").</summary>
    public static IEnumerable<string> Search(string? text)
    {
        var query = (text ?? string.Empty).Trim().Replace(' ', '_');
        return query.Length == 0 ? All : All.Where(id => id.Contains(query, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The country's main zone, or null when the tz database names none (or is not installed).</summary>
    public static string? ForCountry(string? countryCode) =>
        countryCode is null ? null : FirstByCountry.Value.GetValueOrDefault(countryCode);

    private static FrozenDictionary<string, string> ReadCountryTable()
    {
        var zones = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(CountryTable))
        {
            return zones.ToFrozenDictionary(StringComparer.Ordinal);
        }

        foreach (var line in File.ReadLines(CountryTable))
        {
            var columns = line.Split('\t');
            if (columns.Length >= 3 && !line.StartsWith('#') && TimeZoneInfo.TryFindSystemTimeZoneById(columns[2], out _))
            {
                zones.TryAdd(columns[0], columns[2]);
            }
        }

        return zones.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
