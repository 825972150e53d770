using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PartnershipPortal.Core.Documents;

/// <summary>A column of a <see cref="PdfComposer"/> table: its heading and its share of the width.</summary>
public sealed record PdfColumn(string Heading, double Weight = 1);

/// <summary>
/// Lays text out on A4 pages top to bottom: headings, wrapped paragraphs, and tables whose header row is
/// repeated on every page. Text in any of the portal's scripts is drawn with real glyphs (see
/// <see cref="PortalFonts"/>). Pages are numbered when the document is finished.
/// </summary>
public sealed class PdfComposer : IDisposable
{
    private const double Margin = 40;
    private const double FooterHeight = 20;
    private const double CellPadding = 3;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XColor Rule = XColor.FromArgb(190, 190, 190);
    private static readonly XColor HeaderFill = XColor.FromArgb(235, 238, 242);

    private readonly PdfDocument _document = new();
    private readonly PageOrientation _orientation;
    private readonly Dictionary<(double Size, bool Bold, bool Fallback), XFont> _fonts = [];
    private PdfPage? _page;
    private XGraphics? _graphics;
    private double _y;

    public PdfComposer(string title, string author, PageOrientation orientation = PageOrientation.Portrait)
    {
        PortalFonts.EnsureRegistered();
        _orientation = orientation;
        _document.Info.Title = title;
        _document.Info.Author = author;
        _document.Info.Creator = "PartnershipPortal";
        NewPage();
    }

    private double Width => _page!.Width.Point - (2 * Margin);

    private double Bottom => _page!.Height.Point - Margin - FooterHeight;

    public void Title(string text) => Block(text, 16, bold: true, spaceAfter: 6);

    public void Heading(string text)
    {
        // Keep a heading with at least a few lines of what follows it.
        if (_y + 60 > Bottom)
        {
            NewPage();
        }

        Block(text, 12.5, bold: true, spaceBefore: 8, spaceAfter: 3);
    }

    public void Paragraph(string text, double size = 10, bool bold = false) => Block(text, size, bold, spaceAfter: 3);

    public void Note(string text) => Block(text, 8.5, bold: false, spaceAfter: 3, color: XColors.DimGray);

    public void Space(double points) => _y += points;

    /// <summary>A table whose header is repeated at the top of every page it runs onto.</summary>
    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string?>> rows, double size = 9)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => Width * c.Weight / total).ToArray();
        var header = columns.Select(c => (string?)c.Heading).ToList();
        if (_y + (3 * LineHeight(size)) + (4 * CellPadding) > Bottom)
        {
            NewPage();
        }

        DrawRow(header, widths, size, bold: true);
        foreach (var row in rows)
        {
            var height = RowHeight(row, widths, size, bold: false);
            if (_y + height > Bottom)
            {
                NewPage();
                DrawRow(header, widths, size, bold: true);
            }

            DrawRow(row, widths, size, bold: false);
        }

        _y += 6;
    }

    /// <summary>Numbers the pages, adds the footer text to each, and returns the document.</summary>
    public byte[] Finish(string footer)
    {
        _graphics?.Dispose();
        _graphics = null;
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page);
            var y = page.Height.Point - Margin;
            DrawLine(graphics, footer, Font(8, false, false), Font(8, false, true), Margin, y, XColors.DimGray);
            var number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} / {count}");
            var width = graphics.MeasureString(number, Font(8, false, false)).Width;
            graphics.DrawString(number, Font(8, false, false), XBrushes.DimGray, page.Width.Point - Margin - width, y, XStringFormats.TopLeft);
        }

        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private void Block(string text, double size, bool bold, double spaceBefore = 0, double spaceAfter = 0, XColor? color = null)
    {
        _y += spaceBefore;
        var lineHeight = LineHeight(size);
        foreach (var line in Wrap(text, Width, size, bold))
        {
            if (_y + lineHeight > Bottom)
            {
                NewPage();
            }

            DrawLine(_graphics!, line, Font(size, bold, false), Font(size, bold, true), Margin, _y, color ?? XColors.Black);
            _y += lineHeight;
        }

        _y += spaceAfter;
    }

    private double RowHeight(IReadOnlyList<string?> cells, double[] widths, double size, bool bold)
    {
        var lines = 1;
        for (var c = 0; c < widths.Length; c++)
        {
            lines = Math.Max(lines, Wrap(c < cells.Count ? cells[c] ?? string.Empty : string.Empty, widths[c] - (2 * CellPadding), size, bold).Count);
        }

        // A row taller than a page is cut at the page: the rest of its text would not fit anywhere.
        return Math.Min((lines * LineHeight(size)) + (2 * CellPadding), Bottom - Margin - LineHeight(size));
    }

    private void DrawRow(IReadOnlyList<string?> cells, double[] widths, double size, bool bold)
    {
        var graphics = _graphics!;
        var height = RowHeight(cells, widths, size, bold);
        var x = Margin;
        if (bold)
        {
            graphics.DrawRectangle(new XSolidBrush(HeaderFill), Margin, _y, widths.Sum(), height);
        }

        var pen = new XPen(Rule, 0.5);
        for (var c = 0; c < widths.Length; c++)
        {
            var lineY = _y + CellPadding;
            foreach (var line in Wrap(c < cells.Count ? cells[c] ?? string.Empty : string.Empty, widths[c] - (2 * CellPadding), size, bold))
            {
                if (lineY + LineHeight(size) > _y + height)
                {
                    break;
                }

                DrawLine(graphics, line, Font(size, bold, false), Font(size, bold, true), x + CellPadding, lineY, XColors.Black);
                lineY += LineHeight(size);
            }

            graphics.DrawRectangle(pen, x, _y, widths[c], height);
            x += widths[c];
        }

        _y += height;
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _page.Orientation = _orientation;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    private static double LineHeight(double size) => size * 1.35;

    private XFont Font(double size, bool bold, bool fallback)
    {
        if (!_fonts.TryGetValue((size, bold, fallback), out var font))
        {
            font = new XFont(fallback ? PortalFonts.FallbackFamily : PortalFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
            _fonts[(size, bold, fallback)] = font;
        }

        return font;
    }

    private static void DrawLine(XGraphics graphics, string line, XFont main, XFont fallback, double x, double y, XColor color)
    {
        var brush = new XSolidBrush(color);
        foreach (var (text, useFallback) in PortalFonts.Runs(line, main.Bold))
        {
            var font = useFallback ? fallback : main;
            graphics.DrawString(text, font, brush, x, y, XStringFormats.TopLeft);
            x += graphics.MeasureString(text, font).Width;
        }
    }

    private double Measure(string text, double size, bool bold) =>
        PortalFonts.Runs(text, bold).Sum(r => _graphics!.MeasureString(r.Text, Font(size, bold, r.Fallback)).Width);

    /// <summary>Breaks text into lines no wider than the width: at spaces, between Chinese characters, and inside a word too long for a line.</summary>
    private List<string> Wrap(string text, double width, double size, bool bold)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var token in Tokens(paragraph))
            {
                var candidate = line.Length == 0 ? token.TrimStart() : line + token;
                if (candidate.Length == 0)
                {
                    continue;
                }

                if (Measure(candidate, size, bold) <= width)
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear();
                }

                var word = token.Trim();
                while (word.Length > 0 && Measure(word, size, bold) > width)
                {
                    var fits = 1;
                    while (fits < word.Length && Measure(word[..(fits + 1)], size, bold) <= width)
                    {
                        fits++;
                    }

                    lines.Add(word[..fits]);
                    word = word[fits..];
                }

                line.Append(word);
            }

            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    /// <summary>Words with the spaces before them; each Chinese, Japanese or Korean character is a word of its own.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        var inWord = false;
        foreach (var c in text)
        {
            if (IsIdeographic(c))
            {
                if (token.Length > 0)
                {
                    yield return token.ToString();
                    token.Clear();
                }

                yield return c.ToString();
                inWord = false;
                continue;
            }

            if (char.IsWhiteSpace(c) && inWord)
            {
                yield return token.ToString();
                token.Clear();
                inWord = false;
            }

            token.Append(char.IsWhiteSpace(c) ? ' ' : c);
            inWord |= !char.IsWhiteSpace(c);
        }

        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }

    private static bool IsIdeographic(char c) => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');
}
