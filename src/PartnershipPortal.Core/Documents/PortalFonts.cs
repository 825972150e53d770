using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Text;
using PdfSharp.Fonts;

namespace PartnershipPortal.Core.Documents;

/// <summary>
/// The fonts PDFs are drawn with, shipped inside the assembly: DejaVu Sans for Latin and Cyrillic (Kazakh
/// included) and Droid Sans Fallback for Chinese. PDFsharp never falls back between fonts by itself — a
/// character missing from the font becomes an empty box without error — so text is split into runs by
/// which font has a glyph for each character (<see cref="Runs"/>).
/// </summary>
public static class PortalFonts
{
    public const string Family = "DejaVu Sans";
    public const string FallbackFamily = "Droid Sans Fallback";

    internal const string RegularFace = "DejaVuSans";
    internal const string BoldFace = "DejaVuSans-Bold";
    internal const string FallbackFace = "DroidSansFallbackFull";

    private static readonly Lock Gate = new();
    private static readonly Lazy<FrozenSet<int>> MainCoverage = new(() => CmapCoverage.Read(Face(RegularFace)));
    private static readonly Lazy<FrozenSet<int>> BoldCoverage = new(() => CmapCoverage.Read(Face(BoldFace)));
    private static readonly Lazy<FrozenSet<int>> FallbackCoverage = new(() => CmapCoverage.Read(Face(FallbackFace)));

    /// <summary>Makes PDFsharp resolve every family through the shipped fonts; safe to call often.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PortalFontResolver)
            {
                GlobalFontSettings.FontResolver = new PortalFontResolver();
            }
        }
    }

    /// <summary>Whether a shipped face has a glyph for the code point (<paramref name="bold"/> picks DejaVu's bold face).</summary>
    public static bool Covers(int codePoint, bool bold = false) => (bold ? BoldCoverage : MainCoverage).Value.Contains(codePoint);

    /// <summary>Whether the fallback (Chinese) face has a glyph for the code point.</summary>
    public static bool FallbackCovers(int codePoint) => FallbackCoverage.Value.Contains(codePoint);

    /// <summary>
    /// Splits text into runs each drawn with one family: the main one wherever it has the glyph, the fallback
    /// where only that one has it. Spaces stay with the run they are in.
    /// </summary>
    public static IReadOnlyList<(string Text, bool Fallback)> Runs(string text, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = new List<(string, bool)>();
        var current = new StringBuilder();
        var currentFallback = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var fallback = !Rune.IsWhiteSpace(rune) && !Covers(rune.Value, bold) && FallbackCovers(rune.Value);
            var neutral = Rune.IsWhiteSpace(rune);
            if (current.Length > 0 && !neutral && fallback != currentFallback)
            {
                runs.Add((current.ToString(), currentFallback));
                current.Clear();
            }

            if (current.Length == 0 || !neutral)
            {
                currentFallback = neutral ? currentFallback : fallback;
            }

            current.Append(rune.ToString());
        }

        if (current.Length > 0)
        {
            runs.Add((current.ToString(), currentFallback));
        }

        return runs;
    }

    internal static byte[] Face(string face)
    {
        using var stream = typeof(PortalFonts).Assembly.GetManifestResourceStream($"PartnershipPortal.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"The font {face} is not shipped with the portal.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed class PortalFontResolver : IFontResolver
    {
        private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            string.Equals(familyName, FallbackFamily, StringComparison.OrdinalIgnoreCase)
                ? new FontResolverInfo(FallbackFace, bold, italic)
                : new FontResolverInfo(bold ? BoldFace : RegularFace, false, italic);

        public byte[]? GetFont(string faceName)
        {
            lock (_faces)
            {
                if (!_faces.TryGetValue(faceName, out var bytes))
                {
                    bytes = Face(faceName);
                    _faces[faceName] = bytes;
                }

                return bytes;
            }
        }
    }
}

/// <summary>Reads which code points a TrueType font maps to a glyph, from its cmap table (formats 4 and 12).</summary>
internal static class CmapCoverage
{
    public static FrozenSet<int> Read(byte[] font)
    {
        var span = font.AsSpan();
        var tables = U16(span, 4);
        var cmap = -1;
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (16 * i);
            if (Encoding.ASCII.GetString(span.Slice(record, 4)) == "cmap")
            {
                cmap = (int)U32(span, record + 8);
            }
        }

        if (cmap < 0)
        {
            throw new InvalidOperationException("The font has no cmap table.");
        }

        int? format4 = null, format12 = null;
        var subtables = U16(span, cmap + 2);
        for (var i = 0; i < subtables; i++)
        {
            var record = cmap + 4 + (8 * i);
            var platform = U16(span, record);
            var encoding = U16(span, record + 2);
            var offset = cmap + (int)U32(span, record + 4);
            var format = U16(span, offset);
            if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10)))
            {
                format12 = offset;
            }
            else if (format == 4 && (platform == 0 || (platform == 3 && encoding == 1)))
            {
                format4 ??= offset;
            }
        }

        var covered = new HashSet<int>();
        if (format12 is { } f12)
        {
            ReadFormat12(span, f12, covered);
        }
        else if (format4 is { } f4)
        {
            ReadFormat4(span, f4, covered);
        }

        return covered.ToFrozenSet();
    }

    private static void ReadFormat4(ReadOnlySpan<byte> span, int table, HashSet<int> covered)
    {
        var segments = U16(span, table + 6) / 2;
        var ends = table + 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            var end = U16(span, ends + (2 * s));
            var start = U16(span, starts + (2 * s));
            var delta = (short)U16(span, deltas + (2 * s));
            var rangeOffset = U16(span, rangeOffsets + (2 * s));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start));
                    glyph = U16(span, at);
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                if (glyph != 0)
                {
                    covered.Add(c);
                }
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> span, int table, HashSet<int> covered)
    {
        var groups = U32(span, table + 12);
        for (var g = 0; g < groups; g++)
        {
            var group = table + 16 + (12 * g);
            var start = (int)U32(span, group);
            var end = (int)U32(span, group + 4);
            var firstGlyph = U32(span, group + 8);
            for (var c = start; c <= end; c++)
            {
                if (firstGlyph + (uint)(c - start) != 0)
                {
                    covered.Add(c);
                }
            }
        }
    }

    private static int U16(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt16BigEndian(span[at..]);

    private static uint U32(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadUInt32BigEndian(span[at..]);
}
