using System.Globalization;
using System.Text;

namespace PartnershipPortal.Core.Reporting;

/// <summary>
/// Writes a report as CSV (RFC 4180): UTF-8 with a byte-order mark so that Excel reads Chinese and Cyrillic
/// right, comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break. Text that
/// a spreadsheet would take for a formula (starting with =, +, -, @, tab or carriage return) is prefixed with
/// an apostrophe. Rows are written as they arrive, asynchronously, so a response streams.
/// </summary>
public static class CsvReportWriter
{
    private const int BufferChars = 16 * 1024;

    /// <summary>Writes the header and every row; returns how many rows were written.</summary>
    public static async Task<int> WriteAsync(ReportDocument document, IAsyncEnumerable<ReportLine> rows, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rows);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferChars, leaveOpen: true);
        await writer.WriteAsync('\uFEFF');
        await WriteRecordAsync(writer, document.Headings.Cast<object?>().ToList());
        var count = 0;
        var grouped = document.GroupHeading is not null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await WriteRecordAsync(writer, grouped ? [row.Group, .. row.Cells] : row.Cells);
            count++;
        }

        await writer.FlushAsync(cancellationToken);
        return count;
    }

    private static async Task WriteRecordAsync(StreamWriter writer, IReadOnlyList<object?> cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            Append(line, cells[i]);
        }

        line.Append("\r\n");
        await writer.WriteAsync(line);
    }

    private static void Append(StringBuilder line, object? cell)
    {
        switch (cell)
        {
            case null:
                return;
            case DateOnly date:
                line.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return;
            case int number:
                line.Append(number.ToString(CultureInfo.InvariantCulture));
                return;
            case decimal number:
                line.Append(number.ToString(CultureInfo.InvariantCulture));
                return;
            default:
                var text = Neutralise(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty);
                if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                {
                    line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                }
                else
                {
                    line.Append(text);
                }

                return;
        }
    }

    /// <summary>Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice on CSV injection).</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
