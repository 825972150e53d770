using System.Collections.Frozen;
using System.Globalization;

namespace PartnershipPortal.Core.Reference;

/// <summary>
/// Countries and territories as ISO 3166-1 alpha-2 codes, taken from .NET's own region data (ICU), not a
/// hand-typed list. Kosovo's user-assigned XK is included because partners use it.
/// </summary>
public static class Countries
{
    private static readonly Lazy<FrozenDictionary<string, RegionInfo>> ByCode = new(Load);

    public static IReadOnlyCollection<string> Codes => ByCode.Value.Keys;

    public static bool IsValid(string? code) =>
        code is { Length: 2 } && ByCode.Value.ContainsKey(code);

    public static string EnglishName(string code) =>
        ByCode.Value.TryGetValue(code, out var region) ? region.EnglishName : code;

    public static string NativeName(string code) =>
        ByCode.Value.TryGetValue(code, out var region) ? region.NativeName : code;

    private static FrozenDictionary<string, RegionInfo> Load()
    {
        var regions = new Dictionary<string, RegionInfo>(StringComparer.Ordinal);
        for (var first = 'A'; first <= 'Z'; first++)
        {
            for (var second = 'A'; second <= 'Z'; second++)
            {
                var code = string.Concat(first, second);
                if (TryRegion(code) is { } region)
                {
                    regions[code] = region;
                }
            }
        }

        return regions.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static RegionInfo? TryRegion(string code)
    {
        try
        {
            var region = new RegionInfo(code);
            return region.TwoLetterISORegionName == code && region.ThreeLetterISORegionName.Length == 3 ? region : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
