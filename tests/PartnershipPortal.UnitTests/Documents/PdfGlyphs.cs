using PartnershipPortal.Core.Documents;
using UglyToad.PdfPig.Content;

namespace PartnershipPortal.UnitTests.Documents;

/// <summary>Checks a PDF's letters against the shipped fonts' glyph coverage (shared with the integration tests).</summary>
internal static class PdfGlyphs
{
    /// <summary>Each letter drawn with a font that has no glyph for it, as "咸 in DejaVuSans": empty when every glyph is real.</summary>
    public static List<string> Missing(IEnumerable<Letter> letters) =>
        letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .Where(l =>
            {
                var codePoint = char.ConvertToUtf32(l.Value, 0);
                return (l.FontName ?? string.Empty).Contains("Droid Sans Fallback", StringComparison.Ordinal)
                    ? !PortalFonts.FallbackCovers(codePoint)
                    : !PortalFonts.Covers(codePoint, (l.FontName ?? string.Empty).Contains("Bold", StringComparison.Ordinal));
            })
            .Select(l => $"{l.Value} in {l.FontName}")
            .Distinct()
            .ToList();
}
