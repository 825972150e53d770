using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace PartnershipPortal.Core.Reporting;

/// <summary>
/// Writes a report as an Excel workbook (SpreadsheetML in a zip), row by row, holding only the first rows at a
/// time (to size the columns). Dates are dates and numbers numbers; the header row is bold and frozen and
/// carries an autofilter; a second sheet lists the filters the report was made with. Strings are written
/// inline, not to a shared-string table that would grow with the report. The writing is synchronous (the zip
/// and XML writers are): run it on a thread of its own when the output is a response (see <see cref="PipedOutput"/>).
/// </summary>
public static class XlsxReportWriter
{
    /// <summary>Rows read ahead to choose the columns' widths.</summary>
    private const int WidthSample = 200;

    /// <summary>Excel holds at most this many characters in a cell.</summary>
    private const int MaxCellText = 32_767;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private const int HeaderStyle = 1;
    private const int DateStyle = 2;
    private const int NumberStyle = 3;
    private const int WrappedStyle = 4;
    private const int DecimalStyle = 5;

    /// <summary>Line ends are written as character references, so that a carriage return in a value survives reading.</summary>
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false, NewLineHandling = NewLineHandling.Entitize };

    /// <summary>Writes the workbook; returns how many rows the report sheet holds (its header aside).</summary>
    public static int Write(ReportDocument document, IEnumerable<ReportLine> rows, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rows);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", ContentTypes);
        Part(zip, "_rels/.rels", RootRelationships);
        Part(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
        Part(zip, "xl/styles.xml", Styles);

        var kinds = document.GroupHeading is null
            ? document.Columns.Select(c => c.Kind).ToList()
            : [ReportCellKind.Text, .. document.Columns.Select(c => c.Kind)];
        int count;
        using (var rowEnumerator = rows.GetEnumerator())
        {
            var sample = new List<ReportLine>();
            while (sample.Count < WidthSample && rowEnumerator.MoveNext())
            {
                sample.Add(rowEnumerator.Current);
            }

            var headings = document.Headings;
            var widths = Widths(headings, kinds, sample.Select(r => Cells(document, r)));
            count = Part(zip, "xl/worksheets/sheet1.xml", xml => WriteDataSheet(xml, document, headings, kinds, widths, sample, rowEnumerator));
        }

        Part(zip, "xl/worksheets/sheet2.xml", xml => WriteFiltersSheet(xml, document, count));
        Part(zip, "xl/workbook.xml", xml => WriteWorkbook(xml, document, kinds.Count, count));
        return count;
    }

    private static IReadOnlyList<object?> Cells(ReportDocument document, ReportLine row) =>
        document.GroupHeading is null ? row.Cells : [row.Group, .. row.Cells];

    private static int WriteDataSheet(
        XmlWriter xml, ReportDocument document, IReadOnlyList<string> headings, List<ReportCellKind> kinds, double[] widths,
        List<ReportLine> sample, IEnumerator<ReportLine> rest)
    {
        xml.WriteStartElement("worksheet", Main);
        xml.WriteStartElement("sheetViews");
        xml.WriteStartElement("sheetView");
        xml.WriteAttributeString("tabSelected", "1");
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane");
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteStartElement("selection");
        xml.WriteAttributeString("pane", "bottomLeft");
        xml.WriteAttributeString("activeCell", "A2");
        xml.WriteAttributeString("sqref", "A2");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("cols");
        for (var c = 0; c < widths.Length; c++)
        {
            xml.WriteStartElement("col");
            Attribute(xml, "min", c + 1);
            Attribute(xml, "max", c + 1);
            xml.WriteAttributeString("width", widths[c].ToString("0.##", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        xml.WriteStartElement("sheetData");
        WriteRow(xml, 1, headings.Cast<object?>().ToList(), kinds, header: true);
        var row = 1;
        foreach (var line in sample)
        {
            WriteRow(xml, ++row, Cells(document, line), kinds, header: false);
        }

        while (rest.MoveNext())
        {
            WriteRow(xml, ++row, Cells(document, rest.Current), kinds, header: false);
        }

        xml.WriteEndElement();

        xml.WriteStartElement("autoFilter");
        xml.WriteAttributeString("ref", Range(kinds.Count, row));
        xml.WriteEndElement();
        xml.WriteEndElement();
        return row - 1;
    }

    private static void WriteFiltersSheet(XmlWriter xml, ReportDocument document, int count)
    {
        var labels = document.Labels;
        var lines = new List<(string, object?)>
        {
            (labels.GeneratedBy, document.GeneratedBy),
            (labels.GeneratedAt, labels.FormatMoment(document.GeneratedAt)),
            (labels.RowCount, count),
        };
        lines.AddRange(document.Filters.Count == 0
            ? [(labels.FiltersHeading, labels.NoFilters)]
            : document.Filters.Select(f => (f.Label, (object?)f.Value)));

        xml.WriteStartElement("worksheet", Main);
        xml.WriteStartElement("cols");
        foreach (var (column, width) in new[] { (1, 28), (2, 80) })
        {
            xml.WriteStartElement("col");
            Attribute(xml, "min", column);
            Attribute(xml, "max", column);
            Attribute(xml, "width", width);
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("sheetData");
        List<ReportCellKind> kinds = [ReportCellKind.Text, ReportCellKind.Text];
        WriteRow(xml, 1, [labels.Filter, labels.Value], kinds, header: true);
        WriteRow(xml, 2, [document.Title, null], kinds, header: true);
        var row = 2;
        foreach (var (label, value) in lines)
        {
            WriteRow(xml, ++row, [label, value], [ReportCellKind.Text, value is int ? ReportCellKind.Number : ReportCellKind.Text], header: false);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteWorkbook(XmlWriter xml, ReportDocument document, int columns, int count)
    {
        xml.WriteStartElement("workbook", Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        xml.WriteStartElement("sheets");
        foreach (var (name, id) in new[] { (SheetName(document.Labels.DataSheet), 1), (SheetName(document.Labels.FiltersSheet), 2) })
        {
            xml.WriteStartElement("sheet");
            xml.WriteAttributeString("name", name);
            Attribute(xml, "sheetId", id);
            xml.WriteAttributeString("id", Relationships, $"rId{id}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        // Excel names the autofilter's range; without the name some versions drop the filter buttons.
        xml.WriteStartElement("definedNames");
        xml.WriteStartElement("definedName");
        xml.WriteAttributeString("name", "_xlnm._FilterDatabase");
        xml.WriteAttributeString("localSheetId", "0");
        xml.WriteAttributeString("hidden", "1");
        var sheet = SheetName(document.Labels.DataSheet).Replace("'", "''", StringComparison.Ordinal);
        xml.WriteString($"'{sheet}'!$A$1:${ColumnName(columns - 1)}${count + 1}");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteRow(XmlWriter xml, int row, IReadOnlyList<object?> cells, IReadOnlyList<ReportCellKind> kinds, bool header)
    {
        xml.WriteStartElement("row");
        Attribute(xml, "r", row);
        for (var c = 0; c < cells.Count; c++)
        {
            var value = cells[c];
            if (value is null)
            {
                continue;
            }

            xml.WriteStartElement("c");
            xml.WriteAttributeString("r", ColumnName(c) + row.ToString(CultureInfo.InvariantCulture));
            switch (value)
            {
                case DateOnly date:
                    Attribute(xml, "s", DateStyle);
                    xml.WriteElementString("v", (date.DayNumber - Epoch.DayNumber).ToString(CultureInfo.InvariantCulture));
                    break;
                case int number:
                    Attribute(xml, "s", header ? HeaderStyle : NumberStyle);
                    xml.WriteElementString("v", number.ToString(CultureInfo.InvariantCulture));
                    break;
                case decimal number:
                    Attribute(xml, "s", header ? HeaderStyle : DecimalStyle);
                    xml.WriteElementString("v", number.ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    var text = XmlSafe(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                    xml.WriteAttributeString("t", "inlineStr");
                    if (header || text.Contains('\n', StringComparison.Ordinal))
                    {
                        Attribute(xml, "s", header ? HeaderStyle : WrappedStyle);
                    }

                    xml.WriteStartElement("is");
                    xml.WriteStartElement("t");
                    xml.WriteAttributeString("xml", "space", null, "preserve");
                    xml.WriteString(text);
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                    break;
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>Spreadsheet day numbers count from 30 December 1899 (Excel's 1900 date system).</summary>
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    /// <summary>Widths in characters: a date's or a number's fixed, text as long as the longest sampled value, within bounds.</summary>
    private static double[] Widths(IReadOnlyList<string> headings, List<ReportCellKind> kinds, IEnumerable<IReadOnlyList<object?>> sample)
    {
        var widths = headings.Select((h, c) => Math.Max(DisplayLength(h) + 4.0, kinds[c] switch
        {
            ReportCellKind.Date => 12,
            ReportCellKind.Number => 8,
            _ => 10,
        })).ToArray();
        foreach (var cells in sample)
        {
            for (var c = 0; c < cells.Count && c < widths.Length; c++)
            {
                if (cells[c] is string text)
                {
                    var longestLine = text.Split('\n').Max(DisplayLength);
                    widths[c] = Math.Max(widths[c], Math.Min(60, longestLine + 2.0));
                }
            }
        }

        return widths;
    }

    /// <summary>Chinese characters take two columns' width.</summary>
    private static int DisplayLength(string text) => text.Sum(c => c is >= '\u2E80' and <= '\uFFEF' ? 2 : 1);

    private static string Range(int columns, int lastRow) =>
        string.Create(CultureInfo.InvariantCulture, $"A1:{ColumnName(columns - 1)}{lastRow}");

    /// <summary>A, B, ..., Z, AA, AB, ...</summary>
    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0).ToArray()).Trim();
        return clean.Length == 0 ? "Sheet" : clean[..Math.Min(31, clean.Length)];
    }

    /// <summary>Drops characters XML cannot carry (most control characters, lone surrogates) and caps the length.</summary>
    private static string XmlSafe(string text)
    {
        var safe = text;
        if (text.Any(c => !XmlConvert.IsXmlChar(c)))
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (XmlConvert.IsXmlChar(text[i]))
                {
                    builder.Append(text[i]);
                }
                else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
                {
                    builder.Append(text[i]).Append(text[++i]);
                }
            }

            safe = builder.ToString();
        }

        return safe.Length > MaxCellText ? safe[..MaxCellText] : safe;
    }

    private static void Attribute(XmlWriter xml, string name, int value) =>
        xml.WriteAttributeString(name, value.ToString(CultureInfo.InvariantCulture));

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var writer = new StreamWriter(stream, Settings.Encoding);
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        writer.Write(content);
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write) =>
        Part(zip, name, xml =>
        {
            write(xml);
            return 0;
        });

    private static int Part(ZipArchive zip, string name, Func<XmlWriter, int> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument(standalone: true);
        var result = write(xml);
        xml.WriteEndDocument();
        return result;
    }

    private const string ContentTypes =
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
        "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
        "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
        "</Types>";

    private const string RootRelationships =
        "<Relationships xmlns=\"" + PackageRelationships + "\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
        "</Relationships>";

    private const string WorkbookRelationships =
        "<Relationships xmlns=\"" + PackageRelationships + "\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>" +
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
        "</Relationships>";

    /// <summary>Cell formats: 0 plain, 1 bold header, 2 date (yyyy-mm-dd), 3 whole number, 4 wrapped text.</summary>
    private const string Styles =
        "<styleSheet xmlns=\"" + Main + "\">" +
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/><numFmt numFmtId=\"165\" formatCode=\"0.0##\"/></numFmts>" +
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>" +
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>" +
        "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>" +
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFEBEEF2\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>" +
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"6\">" +
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>" +
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>" +
        "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "</cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>" +
        "</styleSheet>";
}
