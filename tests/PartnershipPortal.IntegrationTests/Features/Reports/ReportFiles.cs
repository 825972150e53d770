using CsvHelper;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>Reading written reports back: a CSV's headings and rows, a spreadsheet cell's column.</summary>
internal static class ReportFiles
{
    public static (string[] Headers, List<string[]> Rows) Csv(byte[] bytes)
    {
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Current.ToArray());
        }

        return (csv.Headers.ToArray(), rows);
    }

    /// <summary>The column of a cell reference, from 0: "C7" is 2, "AA1" is 26.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
