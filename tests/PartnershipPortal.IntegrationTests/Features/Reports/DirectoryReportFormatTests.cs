using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.UnitTests.Documents;
using UglyToad.PdfPig;
using static PartnershipPortal.IntegrationTests.Features.Reports.DirectoryReportTestData;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>Both directory lists written in each format from the store, read back, and compared row by row with the query.</summary>
public abstract class DirectoryReportFormatTests(TestStore store)
{
    private const string Author = "Айгерим Test 管理员";

    private sealed record Report(ReportDocument Document, List<ReportLine> Expected, IAsyncEnumerable<ReportLine> Stream);

    private async Task<Report> InstitutionsAsync(InstitutionReportDefinition definition)
    {
        await SeedAsync(store);
        var (service, layout) = (InstitutionReports(store), Layout());
        return new(layout.Document(definition, Author, store.Clock.GetUtcNow()), await service.RowsAsync(definition).Select(layout.Line).ToListAsync(),
            service.RowsAsync(definition).Select(layout.Line));
    }

    private async Task<Report> PeopleAsync(PersonReportDefinition definition)
    {
        await SeedAsync(store);
        var (service, layout) = (PersonReports(store), Layout());
        var institution = await service.InstitutionAsync(definition.InstitutionId);
        return new(layout.Document(definition, institution?.Name, Author, store.Clock.GetUtcNow()), await service.RowsAsync(definition).Select(layout.Line).ToListAsync(),
            service.RowsAsync(definition).Select(layout.Line));
    }

    private static async Task<List<string[]>> CsvAsync(Report report)
    {
        using var output = new MemoryStream();
        Assert.Equal(report.Expected.Count, await CsvReportWriter.WriteAsync(report.Document, report.Stream, output, CancellationToken.None));
        var (headers, rows) = ReportFiles.Csv(output.ToArray());
        Assert.Equal(report.Document.Headings, headers);
        Assert.Equal(report.Expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(report.Expected[i].Cells.Select(c => c switch
            {
                null => string.Empty,
                int number => number.ToString(CultureInfo.InvariantCulture),
                _ => CsvReportWriter.Neutralise((string)c),
            }), rows[i]);
        }

        return rows;
    }

    [Fact]
    public async Task InstitutionsCsv_ReadsBackAsTheQueryRows_WithTheFormulaNeutralised()
    {
        var rows = await CsvAsync(await InstitutionsAsync(new() { IncludeArchived = true }));

        Assert.Equal(["'" + FormulaName, Aktobe, Xypi, Ektu, Normal], rows.Select(r => r[0]));
        Assert.Equal([Xypi, "咸阳职业技术学院", "XYPI", "College", "China (CN)", "Shaanxi", "Xianyang", "https://www.xypi.edu.cn", "", "", "Prospect", "2", "2", "Yes", "No"], rows[2]);
        Assert.Equal([Aktobe, "", "", "College", "Kazakhstan (KZ)", "", "Aktobe", "", "", Ektu, "Dormant", "0", "1", "No", "Yes"], rows[1]);
    }

    [Fact]
    public async Task PeopleCsv_ReadsBackAsTheQueryRows_WithThePhoneNeutralised()
    {
        var rows = await CsvAsync(await PeopleAsync(new() { CountryCode = "KZ", IncludeArchived = true }));

        Assert.Equal(
        [
            ["Erlan Nursultanovich Safin", "", "Vice President", Aktobe, "", "Kazakhstan (KZ)", "", "8 (7132) 55-12-34", "No"],
            ["Mashekenova Assiya", "Машекенова Асия", "Vice President", Ektu, "Faculty of Engineering", "Kazakhstan (KZ)", "assiya@ektu.example", "'" + AssiyaPhone, "No"],
            ["Ирина Петрова", "", "Dean", Ektu, "", "Kazakhstan (KZ)", "petrova@ektu.example", "", "Yes"],
        ], rows);
    }

    [Fact]
    public async Task Xlsx_OfBothLists_IsValid_AndReadsBackAsTheQueryRows()
    {
        var institutions = await InstitutionsAsync(new() { IncludeArchived = true });
        var people = await PeopleAsync(new() { IncludeArchived = true });

        foreach (var report in new[] { institutions, people })
        {
            using var output = new MemoryStream();
            Assert.Equal(report.Expected.Count, XlsxReportWriter.Write(report.Document, report.Stream.ToBlockingEnumerable(), output));
            output.Position = 0;
            using var workbook = SpreadsheetDocument.Open(output, false);
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
            var part = workbook.WorkbookPart!;
            var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
            var rows = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
            Assert.Equal(report.Document.Headings, rows[0].Elements<Cell>().Select(c => c.InlineString!.Text!.Text));
            Assert.Equal(report.Expected.Count + 1, rows.Count);
            for (var i = 0; i < report.Expected.Count; i++)
            {
                var cells = rows[i + 1].Elements<Cell>().ToDictionary(c => ReportFiles.ColumnIndex(c.CellReference!.Value!));
                for (var c = 0; c < report.Expected[i].Cells.Count; c++)
                {
                    switch (report.Expected[i].Cells[c])
                    {
                        case null or "":
                            Assert.True(!cells.ContainsKey(c) || cells[c].InlineString?.Text?.Text is "", $"Row {i + 2}, column {c + 1} should be empty.");
                            break;
                        case int number:
                            Assert.Null(cells[c].DataType);
                            Assert.Equal(number, int.Parse(cells[c].CellValue!.Text, CultureInfo.InvariantCulture));
                            break;
                        case var text:
                            Assert.Equal(CellValues.InlineString, cells[c].DataType!.Value);
                            Assert.Equal((string)text, cells[c].InlineString!.Text!.Text);
                            break;
                    }
                }
            }

            Assert.DoesNotContain(part.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<CellFormula>()), _ => true);
            var filters = ((WorksheetPart)part.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>()
                .Select(r => string.Join(" | ", r.Elements<Cell>().Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text)))
                .ToList();
            Assert.Equal(["Filter | Value", report.Document.Title, $"Generated by | {Author}", "Generated at | 1 Jun 2025 08:00 UTC",
                $"Rows | {report.Expected.Count}", "Archived records | Included"], filters);
        }

        Assert.Equal(("Directory of institutions", 5, "Directory of people", 7),
            (institutions.Document.Title, institutions.Expected.Count, people.Document.Title, people.Expected.Count));
    }

    [Fact]
    public async Task Pdf_OfThePeople_NamesItsFilters_AndDrawsEveryRowInRealGlyphs()
    {
        var seeded = await SeedAsync(store);
        var report = await PeopleAsync(new() { InstitutionId = seeded.EktuId, IncludeArchived = true });
        var everyone = await PeopleAsync(new() { IncludeArchived = true });

        using var pdf = PdfDocument.Open(PdfReportWriter.Write(report.Document, report.Expected, "PartnershipPortal · Directory of people"));
        using var all = PdfDocument.Open(PdfReportWriter.Write(everyone.Document, everyone.Expected, "PartnershipPortal · Directory of people"));

        var page = pdf.GetPages().Single();
        Assert.True(page.Width > page.Height, "The page is not landscape.");
        var text = string.Concat(page.Letters.Select(l => l.Value));
        Assert.Contains("Directory of people", text, StringComparison.Ordinal);
        Assert.Contains($"Institution: {Ektu}", text, StringComparison.Ordinal);
        Assert.Contains("Archived records: Included", text, StringComparison.Ordinal);
        var letters = all.GetPages().SelectMany(p => p.Letters).ToList();
        var drawn = string.Concat(letters.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var line in everyone.Expected)
        {
            Assert.Contains(((string)line.Cells[0]!).Replace(" ", string.Empty, StringComparison.Ordinal), drawn, StringComparison.Ordinal);
        }

        Assert.Contains("李伟", drawn, StringComparison.Ordinal);
        Assert.Contains(PersonErasure.Marker, drawn, StringComparison.Ordinal);
        Assert.Empty(PdfGlyphs.Missing(letters));
    }
}

public sealed class SqliteDirectoryReportFormatTests(SqliteStore store) : DirectoryReportFormatTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresDirectoryReportFormatTests(PostgresStore store) : DirectoryReportFormatTests(store), IClassFixture<PostgresStore>;
