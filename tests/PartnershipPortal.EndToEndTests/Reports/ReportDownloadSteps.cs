using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Reports;

/// <summary>What the report journeys do with a download: click it, check its name and the page's message, read it back.</summary>
internal static class ReportDownloadSteps
{
    /// <summary>Downloads the report shown as CSV and reads its headings and rows.</summary>
    public static async Task<(string[] Headers, List<string[]> Rows)> DownloadCsvAsync(IPage page, string report)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-csv").ClickAsync());

        Assert.Matches($@"^{report}-\d{{4}}-\d{{2}}-\d{{2}}\.csv$", download.SuggestedFilename);
        await Expect(page.GetByTestId("download-message")).ToHaveTextAsync(new Regex(@"^CSV downloaded \(\d+ KB\)\.$"));
        using var csv = CsvReader.Create(await File.ReadAllBytesAsync(await download.PathAsync()), new CsvReaderOptions { HasHeader = true });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Current.ToArray());
        }

        return (csv.Headers.ToArray(), rows);
    }
}
