using System.Text;
using PartnershipPortal.Core.Documents;
using UglyToad.PdfPig;

namespace PartnershipPortal.UnitTests.Documents;

public sealed class PdfComposerTests
{
    private const string Kazakh = "Восточно-Казахстанский технический университет; Қазақстан, Өскемен";
    private const string Chinese = "咸阳职业技术学院 国际交流与合作处";
    private const string Latin = "Xianyang Polytechnic Institute — Ruslan Ismukhambetov, Project Head";

    private static byte[] Compose(int rows)
    {
        using var pdf = new PdfComposer("Scripts", "Test author");
        pdf.Title("Three scripts");
        pdf.Paragraph($"{Latin} / {Kazakh} / {Chinese}");
        pdf.Table(
            [new("Name", 2), new("Original name", 2), new("Country", 1)],
            Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string?>)[$"{Latin} {i}", i % 2 == 0 ? Kazakh : Chinese, "KZ"]));
        return pdf.Finish("Footer: 咸阳 · Өскемен");
    }

    [Fact]
    public void EveryCharacter_IsDrawnWithAFontThatHasItsGlyph()
    {
        using var document = PdfDocument.Open(Compose(3));

        var letters = document.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.NotEmpty(letters);
        var missing = PdfGlyphs.Missing(letters);
        Assert.Empty(missing);
        Assert.All(letters.Where(l => Chinese.Contains(l.Value, StringComparison.Ordinal) && l.Value != " "),
            l => Assert.Contains("Droid Sans Fallback", l.FontName ?? string.Empty, StringComparison.Ordinal));
        Assert.All(letters.Where(l => "ҚӨқө".Contains(l.Value, StringComparison.Ordinal)),
            l => Assert.Contains("DejaVu", l.FontName ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void TheTextReadsBack_InEachScript()
    {
        using var document = PdfDocument.Open(Compose(3));

        var text = string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
        foreach (var expected in new[] { "咸阳职业技术学院", "Восточно-Казахстанский", "Қазақстан", "Ruslan", "Three scripts" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Equal("Test author", document.Information!.Author);
        Assert.Equal("Scripts", document.Information.Title);
    }

    [Fact]
    public void ALongTable_RepeatsItsHeaderOnEveryPage_AndThePagesAreNumbered()
    {
        using var document = PdfDocument.Open(Compose(120));

        var pages = document.GetPages().ToList();
        Assert.True(pages.Count >= 3, $"Expected at least 3 pages, got {pages.Count}.");
        foreach (var page in pages)
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            Assert.Contains("Original", words);
            Assert.Contains($"{page.Number}", words);
            Assert.Contains($"{pages.Count}", words);
        }

        var all = string.Join(" ", pages.SelectMany(p => p.GetWords().Select(w => w.Text)));
        Assert.Contains("Head 120", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_SendOnlyWhatDejaVuLacksToTheFallback()
    {
        var runs = PortalFonts.Runs("XYPI 咸阳 Өскемен");

        Assert.Equal([("XYPI ", false), ("咸阳 ", true), ("Өскемен", false)], runs);
        Assert.Equal("XYPI 咸阳 Өскемен", string.Concat(runs.Select(r => r.Text)));
        Assert.True(PortalFonts.Covers(new Rune('Қ').Value));
        Assert.False(PortalFonts.Covers(new Rune('咸').Value));
        Assert.True(PortalFonts.FallbackCovers(new Rune('咸').Value));
    }
}
