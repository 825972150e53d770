using System.Globalization;
using System.Text;

namespace PartnershipPortal.Core.Domain;

/// <summary>
/// Folds text for matching: compatibility forms (full-width Latin) become plain, accents go, case is
/// folded invariantly. Cyrillic and Chinese letters stay as they are, so a search in any script finds
/// its own script on both stores without relying on database collations.
/// </summary>
public static class SearchFolding
{
    /// <summary>The longest search text a record keeps; longer combinations are cut (names come first).</summary>
    public const int MaxLength = 2000;

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var compatible = text.Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(compatible.Length);
        var lastWasSpace = false;
        foreach (var c in compatible)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>Folds each part and joins them with a separator no query can span by accident.</summary>
    public static string Combine(params string?[] parts)
    {
        var combined = string.Join(" | ", parts.Select(Fold).Where(p => p.Length > 0));
        return combined.Length <= MaxLength ? combined : combined[..MaxLength];
    }

    /// <summary>Folds and also drops punctuation and spaces, for duplicate checks ("X.Y.P.I." = "XYPI").</summary>
    public static string Key(string? text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
