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
using static PartnershipPortal.IntegrationTests.Features.Reports.PartnerActivityTestData;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>The partner activity report written in each format from the store, read back and compared row by row with its query.</summary>
public abstract class PartnerActivityFormatTests(TestStore store)
{
    private async Task<(ReportDocument Document, List<ReportLine> Expected, IAsyncEnumerable<ReportLine> Stream)> ReportAsync(PartnerActivityDefinition definition)
    {
        await SeedAsync(store);
        var service = Service(store);
        var layout = Layout();
        var document = layout.Document(definition, "Айгерим Test 管理员", store.Clock.GetUtcNow());
        var expected = await service.RowsAsync(definition).Select(r => layout.Line(definition, r)).ToListAsync();
        return (document, expected, service.RowsAsync(definition).Select(r => layout.Line(definition, r)));
    }

    private static string CsvText(object? cell) => cell switch
    {
        null => string.Empty,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => CsvReportWriter.Neutralise((string)cell),
    };

    [Theory]
    [InlineData("institution")]
    [InlineData("country")]
    public async Task Csv_ReadsBackAsTheQueryRows(string by)
    {
        var (document, expected, stream) = await ReportAsync(new() { By = by });
        using var output = new MemoryStream();

        var written = await CsvReportWriter.WriteAsync(document, stream, output, CancellationToken.None);

        using var csv = CsvReader.Create(output.ToArray(), new CsvReaderOptions { HasHeader = true });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Current.ToArray());
        }

        Assert.Equal(expected.Count, written);
        Assert.Equal(document.Headings, csv.Headers);
        Assert.Equal(expected.Select(e => e.Cells.Select(CsvText)), rows);
        Assert.Equal(by == "country"
                ? ["Kazakhstan (KZ)", "3", "3", "1", "2", "2025-04-02", "4", "4.3", "Maintain", Ektu]
                : [Ektu, "Kazakhstan", "University", "2", "1", "2", "2025-04-02", "2", "4.3", "Maintain"],
            rows.Single(r => r[0] == (by == "country" ? "Kazakhstan (KZ)" : Ektu)));
        Assert.Contains(rows, r => r[0] == (by == "country" ? "China (CN)" : Normal));
    }

    [Fact]
    public async Task Xlsx_IsValid_Typed_AndReadsBackAsTheQueryRows()
    {
        var definition = Quarter with { By = "country", Sort = "visits" };
        var (document, expected, stream) = await ReportAsync(definition);
        using var output = new MemoryStream();

        var written = XlsxReportWriter.Write(document, stream.ToBlockingEnumerable(), output);

        Assert.Equal(expected.Count, written);
        output.Position = 0;
        using var workbook = SpreadsheetDocument.Open(output, false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(workbook));
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        var rows = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(document.Headings, rows[0].Elements<Cell>().Select(c => c.InlineString!.Text!.Text));
        Assert.Equal(expected.Count + 1, rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var cells = rows[i + 1].Elements<Cell>().ToDictionary(c => c.CellReference!.Value![0] - 'A');
            for (var c = 0; c < expected[i].Cells.Count; c++)
            {
                object? read = cells.TryGetValue(c, out var cell)
                    ? cell.DataType?.Value == CellValues.InlineString
                        ? cell.InlineString!.Text!.Text
                        : expected[i].Cells[c] is DateOnly
                            ? DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)))
                            : int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)
                    : null;
                Assert.Equal(expected[i].Cells[c], read);
            }
        }

        var filters = ((WorksheetPart)part.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>()
            .Select(r => string.Join(" | ", r.Elements<Cell>().Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text)))
            .ToList();
        Assert.Equal(["Filter | Value", "Partner activity report", "Generated by | Айгерим Test 管理员", "Generated at | 1 Jun 2025 08:00 UTC",
            $"Rows | {expected.Count}", "One row for | Each country", "Period | 1 Jan 2025 – 31 Mar 2025", "Sorted by | Most visits first"], filters);
    }

    [Fact]
    public async Task Pdf_HoldsEveryRowInRealGlyphs_WithTheFilters()
    {
        var (document, expected, _) = await ReportAsync(new() { ActiveOnly = true });

        using var pdf = PdfDocument.Open(PdfReportWriter.Write(document, expected, "PartnershipPortal · Partner activity report"));

        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        var text = string.Concat(letters.Select(l => l.Value));
        Assert.Contains("Partner activity report", text, StringComparison.Ordinal);
        Assert.Contains("Activity: Only partners with a visit in the period or an active agreement", text, StringComparison.Ordinal);
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.All(expected, line => Assert.Contains(((string)line.Cells[0]!).Replace(" ", string.Empty, StringComparison.Ordinal), compact, StringComparison.Ordinal));
        Assert.Empty(PdfGlyphs.Missing(letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList()));
        Assert.Equal([Aktobe, ArchivedWithAgreement, Ektu, Normal], expected.Select(l => l.Cells[0]));
    }
}

public sealed class SqlitePartnerActivityFormatTests(SqliteStore store) : PartnerActivityFormatTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresPartnerActivityFormatTests(PostgresStore store) : PartnerActivityFormatTests(store), IClassFixture<PostgresStore>;
