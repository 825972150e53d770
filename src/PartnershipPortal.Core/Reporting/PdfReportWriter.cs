using System.Globalization;
using PartnershipPortal.Core.Documents;
using PdfSharp;

namespace PartnershipPortal.Core.Reporting;

/// <summary>
/// Writes a report as a landscape A4 PDF: title, who made it and when, the filters, then the table with its
/// header on every page (one table per group when grouped), pages numbered. A PDF is built in memory, so a
/// report longer than <see cref="MaxRows"/> rows is refused before it is read: XLSX serves long reports.
/// </summary>
public static class PdfReportWriter
{
    public const int MaxRows = 5_000;

    public static byte[] Write(ReportDocument document, IReadOnlyList<ReportLine> rows, string footer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count > MaxRows)
        {
            throw new ArgumentException($"A PDF report holds at most {MaxRows} rows; this one has {rows.Count}.", nameof(rows));
        }

        var labels = document.Labels;
        using var pdf = new PdfComposer(document.Title, document.GeneratedBy, PageOrientation.Landscape);
        pdf.Title(document.Title);
        pdf.Note($"{labels.GeneratedBy}: {document.GeneratedBy} · {labels.GeneratedAt}: {labels.FormatMoment(document.GeneratedAt)} · {labels.RowCount}: {rows.Count.ToString("N0", CultureInfo.CurrentCulture)}");
        pdf.Paragraph(labels.FiltersHeading, size: 10, bold: true);
        if (document.Filters.Count == 0)
        {
            pdf.Paragraph(labels.NoFilters, size: 9);
        }

        foreach (var filter in document.Filters)
        {
            pdf.Paragraph($"{filter.Label}: {filter.Value}", size: 9);
        }

        pdf.Space(4);
        var columns = document.Columns.Select(c => new PdfColumn(c.Heading, c.Weight)).ToList();
        if (document.GroupHeading is null)
        {
            pdf.Table(columns, rows.Select(r => Texts(r, labels)), size: 8);
        }
        else
        {
            foreach (var group in rows.GroupBy(r => r.Group))
            {
                var members = group.ToList();
                pdf.Heading($"{document.GroupHeading}: {group.Key ?? labels.NoGroup} ({members.Count.ToString("N0", CultureInfo.CurrentCulture)})");
                pdf.Table(columns, members.Select(r => Texts(r, labels)), size: 8);
            }
        }

        return pdf.Finish(footer);
    }

    private static List<string?> Texts(ReportLine row, ReportLabels labels) =>
        row.Cells.Select(cell => cell switch
        {
            null => null,
            DateOnly date => labels.FormatDate(date),
            int number => number.ToString(CultureInfo.CurrentCulture),
            decimal number => number.ToString(ReportCells.DecimalFormat, CultureInfo.CurrentCulture),
            _ => Convert.ToString(cell, CultureInfo.CurrentCulture),
        }).ToList();
}
