using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using PartnershipPortal.Web.Features.Reports;

namespace PartnershipPortal.ComponentTests.Reports;

public sealed class ReportDownloadsTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();

    public Task InitializeAsync()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public void EachButton_DownloadsThePreviewedQuery()
    {
        var downloads = _context.Render<ReportDownloads>(p => p.Add(d => d.Report, "agreements").Add(d => d.Query, "country=KZ&col=title").Add(d => d.Total, 5_000));

        Assert.Equal("/reports/agreements.csv?country=KZ&col=title", downloads.Find("[data-testid=download-csv]").GetAttribute("href"));
        Assert.Equal("/reports/agreements.xlsx?country=KZ&col=title", downloads.Find("[data-testid=download-xlsx]").GetAttribute("href"));
        Assert.Equal("/reports/agreements.pdf?country=KZ&col=title", downloads.Find("[data-testid=download-pdf]").GetAttribute("href"));
        Assert.All(downloads.FindAll("a[data-report-download]"), a => Assert.True(a.HasAttribute("download")));
        Assert.Empty(downloads.FindAll("[data-testid=pdf-too-long]"));
        Assert.Equal("Downloading {0}: {1} received", downloads.Find("[data-report-download-status]").GetAttribute("data-text-working"));
    }

    [Fact]
    public void AReportLongerThanAPdfHolds_OffersXlsxInstead()
    {
        var downloads = _context.Render<ReportDownloads>(p => p.Add(d => d.Report, "agreements").Add(d => d.Query, string.Empty).Add(d => d.Total, 5_001));

        var pdf = downloads.Find("[data-testid=download-pdf]");
        Assert.Equal("span", pdf.TagName, ignoreCase: true);
        Assert.Equal("true", pdf.GetAttribute("aria-disabled"));
        Assert.Equal("A PDF holds at most 5,000 rows: download XLSX for a report this long.", downloads.Find("[data-testid=pdf-too-long]").TextContent);
        Assert.Equal("/reports/agreements.xlsx", downloads.Find("[data-testid=download-xlsx]").GetAttribute("href"));
    }
}
