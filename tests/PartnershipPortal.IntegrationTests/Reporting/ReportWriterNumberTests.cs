using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PartnershipPortal.Core.Reporting;
using UglyToad.PdfPig;

namespace PartnershipPortal.IntegrationTests.Reporting;

/// <summary>Decimal cells (a review's rating) are numbers in every format, shown with at least one decimal place.</summary>
public sealed class ReportWriterNumberTests
{
    private static readonly ReportDocument Document = new(
        "Ratings", [new("Partner", ReportCellKind.Text), new("Rating", ReportCellKind.Number), new("Reviews", ReportCellKind.Number)],
        [], "Test", new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero), new ReportLabels());

    private static readonly ReportLine[] Lines =
    [
        new(null, ["East Kazakhstan Technical University", 4.0m, 2]),
        new(null, ["Aktobe Higher Polytechnic College", 3.25m, 1]),
        new(null, ["ERG", null, 0]),
    ];

    [Fact]
    public async Task Csv_WritesDecimalsAsInvariantNumbers()
    {
        using var output = new MemoryStream();

        await CsvReportWriter.WriteAsync(Document, Lines.ToAsyncEnumerable(), output, CancellationToken.None);

        Assert.Equal(
            "\uFEFFPartner,Rating,Reviews\r\nEast Kazakhstan Technical University,4.0,2\r\nAktobe Higher Polytechnic College,3.25,1\r\nERG,,0\r\n",
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void Xlsx_WritesDecimalsAsNumbers_WithAtLeastOneDecimalPlace()
    {
        using var output = new MemoryStream();

        XlsxReportWriter.Write(Document, Lines, output);

        output.Position = 0;
        using var workbook = SpreadsheetDocument.Open(output, false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(workbook));
        var part = workbook.WorkbookPart!;
        var styles = part.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var codes = styles.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var sheet = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var ratings = sheet.Worksheet.Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().SingleOrDefault(c => c.CellReference!.Value!.StartsWith('B'))).ToList();

        Assert.Equal(["4.0", "3.25", null], ratings.Select(c => c?.CellValue?.Text));
        Assert.All(ratings.Take(2), c =>
        {
            Assert.Null(c!.DataType);
            Assert.Equal("0.0##", codes[formats[(int)c.StyleIndex!.Value].NumberFormatId!.Value]);
        });
    }

    [Fact]
    public void Pdf_PrintsDecimalsWithAtLeastOneDecimalPlace()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-GB");
        try
        {
            using var pdf = PdfDocument.Open(PdfReportWriter.Write(Document, Lines, "Ratings"));

            var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
            Assert.Contains("4.0", words);
            Assert.Contains("3.25", words);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
