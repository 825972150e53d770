using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.UnitTests.Documents;
using UglyToad.PdfPig;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>Each format written from the store, read back, and compared row by row with the report's query.</summary>
public abstract class AgreementReportFormatTests(TestStore store)
{
    private static readonly string[] AllColumns = [.. AgreementReportColumns.All];

    private async Task<(ReportDocument Document, List<ReportLine> Expected, IAsyncEnumerable<ReportLine> Stream)> ReportAsync(AgreementReportDefinition definition)
    {
        await ReportTestData.SeedAsync(store);
        var service = ReportTestData.Service(store);
        var layout = ReportTestData.Layout();
        var document = layout.Document(definition, await service.NamesAsync(definition), "Айгерим Test 管理员", store.Clock.GetUtcNow(), service.Today);
        var expected = await service.RowsAsync(definition).Select(r => layout.Line(definition, r)).ToListAsync();
        return (document, expected, service.RowsAsync(definition).Select(r => layout.Line(definition, r)));
    }

    internal static string CsvText(object? cell) => cell switch
    {
        null => string.Empty,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => CsvReportWriter.Neutralise((string)cell),
    };

    [Theory]
    [InlineData(null)]
    [InlineData("country")]
    public async Task Csv_ReadsBackAsTheQueryRows_WithFormulasNeutralised(string? group)
    {
        var (document, expected, stream) = await ReportAsync(new() { Columns = AllColumns, Sort = "signed", GroupBy = group });
        using var output = new MemoryStream();

        var written = await CsvReportWriter.WriteAsync(document, stream, output, CancellationToken.None);

        var bytes = output.ToArray();
        Assert.Equal(expected.Count, written);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Current.ToArray());
        }

        Assert.Equal(document.Headings, csv.Headers);
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var cells = group is null ? expected[i].Cells : [expected[i].Group, .. expected[i].Cells];
            Assert.Equal(cells.Select(CsvText), rows[i]);
        }

        var titles = rows.Select(r => r[group is null ? 0 : 1]).ToList();
        Assert.Contains(ReportTestData.ChineseTitle, titles);
        Assert.Contains(ReportTestData.CyrillicTitle, titles);
        Assert.Contains("'=HYPERLINK(\"http://evil.example\",\"Click\")", titles);
        Assert.Contains("'+7 Partnership", titles);
        Assert.Contains("'-2 Addendum", titles);
        Assert.Contains("'@SUM(A1:A2)", titles);
        Assert.Contains("'\tTabbed agreement", titles);
        Assert.Contains("'\rReturned agreement", titles);
        Assert.DoesNotContain(titles, t => t.Length > 0 && t[0] is '=' or '+' or '-' or '@' or '\t' or '\r');

        // Every record ends with CRLF; the only other line break is the one quoted inside a title.
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(expected.Count + 1, text.Split("\r\n").Length - 1);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_IsValid_TypedAndFormatted_AndReadsBackAsTheQueryRows()
    {
        var (document, expected, stream) = await ReportAsync(new() { Columns = AllColumns, Sort = "expires" });
        using var output = new MemoryStream();

        var written = XlsxReportWriter.Write(document, stream.ToBlockingEnumerable(), output);

        Assert.Equal(expected.Count, written);
        output.Position = 0;
        using var workbook = SpreadsheetDocument.Open(output, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);

        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Report", "Filters"], sheets.Select(s => s.Name!.Value));
        var data = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet;
        var pane = data.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 1.0, "A2"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
        Assert.Equal($"A1:M{expected.Count + 1}", data.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.All(data.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 8, 64));

        var styles = part.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = styles.Fonts!.Elements<Font>().ToList();
        var rows = data.Descendants<Row>().ToList();
        Assert.All(rows[0].Elements<Cell>(), c => Assert.NotNull(fonts[(int)formats[(int)c.StyleIndex!.Value].FontId!.Value].Bold));
        Assert.Equal(document.Headings, rows[0].Elements<Cell>().Select(c => c.InlineString!.Text!.Text));
        Assert.Equal(expected.Count + 1, rows.Count);
        var dateFormat = styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == 164);
        Assert.Equal("yyyy\\-mm\\-dd", dateFormat.FormatCode!.Value);

        for (var i = 0; i < expected.Count; i++)
        {
            var cells = rows[i + 1].Elements<Cell>().ToDictionary(c => ReportFiles.ColumnIndex(c.CellReference!.Value!));
            for (var c = 0; c < expected[i].Cells.Count; c++)
            {
                var value = expected[i].Cells[c];
                if (value is null || (value is string empty && empty.Length == 0))
                {
                    Assert.True(!cells.ContainsKey(c) || cells[c].InlineString?.Text?.Text is "", $"Row {i + 2}, column {c + 1} should be empty.");
                    continue;
                }

                var cell = cells[c];
                switch (value)
                {
                    case DateOnly date:
                        Assert.Null(cell.DataType);
                        Assert.Equal(dateFormat.NumberFormatId!.Value, formats[(int)cell.StyleIndex!.Value].NumberFormatId!.Value);
                        Assert.Equal(date, DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture))));
                        break;
                    case int number:
                        Assert.Null(cell.DataType);
                        Assert.Equal(number, int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture));
                        break;
                    default:
                        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
                        Assert.Equal((string)value, cell.InlineString!.Text!.Text);
                        break;
                }
            }
        }

        var titles = rows.Skip(1).Select(r => r.Elements<Cell>().First().InlineString!.Text!.Text).ToList();
        Assert.Contains(ReportTestData.ChineseTitle, titles);
        Assert.Contains("=HYPERLINK(\"http://evil.example\",\"Click\")", titles);
        Assert.DoesNotContain(data.Descendants<CellFormula>(), _ => true);

        var filters = ((WorksheetPart)part.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>()
            .Select(r => string.Join(" | ", r.Elements<Cell>().Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text)))
            .ToList();
        Assert.Equal(["Filter | Value", "Agreement report", "Generated by | Айгерим Test 管理员", "Generated at | 1 Jun 2025 08:00 UTC",
            $"Rows | {expected.Count}", "Sorted by | Expires, ascending"], filters);
    }

    [Fact]
    public async Task Pdf_IsLandscape_WithFiltersAndRepeatedHeaders_AndEveryRowInRealGlyphs()
    {
        var (document, expected, _) = await ReportAsync(new() { CountryCode = "KZ", Columns = ["title", "kind", "status", "parties", "signed", "expires", "visits"] });

        var bytes = PdfReportWriter.Write(document, expected, "PartnershipPortal · Agreement report");

        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count >= 10, $"Expected at least 10 pages, got {pages.Count}.");
        Assert.All(pages, p => Assert.True(p.Width > p.Height, $"Page {p.Number} is not landscape."));
        foreach (var page in pages)
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            Assert.Contains("Parties", words);
            Assert.Contains($"{page.Number}", words);
            Assert.Contains($"{pages.Count}", words);
        }

        var first = string.Concat(pages[0].Letters.Select(l => l.Value));
        Assert.Contains("Agreement report", first, StringComparison.Ordinal);
        Assert.Contains("Generated by: Айгерим Test 管理员", first, StringComparison.Ordinal);
        Assert.Contains("Country of a party: Kazakhstan (KZ)", first, StringComparison.Ordinal);

        var text = string.Concat(pages.SelectMany(p => p.Letters).Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var line in expected)
        {
            Assert.Contains(((string)line.Cells[0]!).Replace(" ", string.Empty, StringComparison.Ordinal), text, StringComparison.Ordinal);
        }

        var letters = pages.SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var missing = PdfGlyphs.Missing(letters);
        Assert.Empty(missing);
        Assert.Contains(letters, l => l.Value == "Қ" || l.Value == "Ө");
    }

    [Fact]
    public async Task Pdf_WithTheChineseAgreement_DrawsItsCharactersInTheFallbackFont()
    {
        var (document, expected, _) = await ReportAsync(new() { CountryCode = "CN", Columns = AllColumns, GroupBy = "status" });

        using var pdf = PdfDocument.Open(PdfReportWriter.Write(document, expected, "footer"));

        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        Assert.All(letters.Where(l => ReportTestData.ChineseTitle.Contains(l.Value, StringComparison.Ordinal)),
            l => Assert.Contains("Droid Sans Fallback", l.FontName ?? string.Empty, StringComparison.Ordinal));
        var text = string.Concat(letters.Select(l => l.Value));
        Assert.Contains(ReportTestData.ChineseTitle, text, StringComparison.Ordinal);
        Assert.Contains("Status: Active (2)", string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_RefusesMoreThanItsRowLimit()
    {
        var document = new ReportDocument("Long", [new ReportColumn("Title", ReportCellKind.Text)], [], "Tester", DateTimeOffset.UnixEpoch, new ReportLabels());
        var rows = Enumerable.Range(0, PdfReportWriter.MaxRows + 1).Select(i => new ReportLine(null, [$"Row {i}"])).ToList();

        var error = Assert.Throws<ArgumentException>(() => PdfReportWriter.Write(document, rows, "footer"));

        Assert.StartsWith("A PDF report holds at most 5000 rows; this one has 5001.", error.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteAgreementReportFormatTests(SqliteStore store) : AgreementReportFormatTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresAgreementReportFormatTests(PostgresStore store) : AgreementReportFormatTests(store), IClassFixture<PostgresStore>;
