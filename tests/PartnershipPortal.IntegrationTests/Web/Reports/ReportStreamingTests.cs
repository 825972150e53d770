using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Http;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.Web.Features.Reports;

namespace PartnershipPortal.IntegrationTests.Web.Reports;

/// <summary>
/// The download plumbing (writer, pipe, response) with a row source that fails after 1,000 rows: the client has
/// the first bytes before the failure happens, and then sees a broken download, not a file that looks complete.
/// The server forbids synchronous writes, as Kestrel does.
/// </summary>
public sealed class ReportStreamingTests : IAsyncLifetime
{
    private const int RowsBeforeFailure = 1_000;

    private static readonly ReportDocument Document = new(
        "Streaming", [new ReportColumn("Title", ReportCellKind.Text), new ReportColumn("Signed", ReportCellKind.Date), new ReportColumn("Visits", ReportCellKind.Number)],
        [], "Tester", DateTimeOffset.UnixEpoch, new ReportLabels());

    private readonly TaskCompletionSource _clientHasBytes = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<int> _recorded = [];
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer(options => options.AllowSynchronousIO = false);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/failing.csv", () => ReportDownload.Csv(Document, FailingRows(CancellationToken.None), "failing.csv", null, RecordExport));
        _app.MapGet("/failing.xlsx", () => ReportDownload.Xlsx(Document, FailingRows, "failing.xlsx", null, RecordExport));
        _app.MapGet("/complete.csv", () => ReportDownload.Csv(Document, Rows(100), "complete.csv", 100, RecordExport));
        _app.MapGet("/complete.xlsx", () => ReportDownload.Xlsx(Document, _ => Rows(100), "complete.xlsx", 100, RecordExport));
        _app.MapGet("/too-long.pdf", async Task<IResult> (HttpContext http) => await new ReportResponses(new ReportExportLog(new NoStore(), TimeProvider.System))
            .DownloadAsync(http, ReportFormat.Pdf, new ReportSource("agreements", Document, PdfReportWriter.MaxRows + 1, "country=KZ", ["title"], _ => Rows(1))));
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private Task RecordExport(int rows)
    {
        lock (_recorded)
        {
            _recorded.Add(rows);
        }

        return Task.CompletedTask;
    }

    private static async IAsyncEnumerable<ReportLine> Rows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return Line(i);
        }
    }

    private static ReportLine Line(int i) => new(null, [$"Agreement {i} — 咸阳 Өскемен", new DateOnly(2025, 5, 20).AddDays(i % 300), i]);

    /// <summary>1,000 rows, then it waits until the client has received bytes (or 30 seconds), then fails.</summary>
    private async IAsyncEnumerable<ReportLine> FailingRows([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < RowsBeforeFailure; i++)
        {
            yield return Line(i);
        }

        await _clientHasBytes.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        throw new InvalidOperationException("The database went away.");
    }

    [Theory]
    [InlineData("/failing.csv")]
    [InlineData("/failing.xlsx")]
    public async Task AFailureAfter1000Rows_ComesAfterTheClientHasBytes_AndBreaksTheDownload(string path)
    {
        using var client = _app!.GetTestClient();

        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[16 * 1024];
        var first = await body.ReadAsync(buffer);
        Assert.True(first > 0, "The client received nothing before the source failed.");
        _clientHasBytes.SetResult();

        var received = first;
        var error = await Record.ExceptionAsync(async () =>
        {
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                received += read;
            }
        });

        Assert.NotNull(error);
        Assert.True(received >= first);
        Assert.Empty(_recorded);
    }

    [Fact]
    public async Task APdfLongerThanItsLimit_IsRefusedWithProblemDetails_OfferingXlsx()
    {
        using var client = _app!.GetTestClient();

        using var response = await client.GetAsync("/too-long.pdf");

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("The report has 5,001 rows; a PDF holds at most 5,000. Download it as XLSX instead, which has no such limit.",
            problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal("/reports/agreements.xlsx?country=KZ", problem.RootElement.GetProperty("xlsx").GetString());
        Assert.Empty(_recorded);
    }

    /// <summary>A store the refused PDF must never reach.</summary>
    private sealed class NoStore : Microsoft.EntityFrameworkCore.IDbContextFactory<Core.Data.PortalDbContext>
    {
        public Core.Data.PortalDbContext CreateDbContext() => throw new InvalidOperationException("A refused report records no export.");
    }

    [Theory]
    [InlineData("/complete.csv")]
    [InlineData("/complete.xlsx")]
    public async Task ACompleteDownload_EndsCleanly_AndReportsItsRows(string path)
    {
        using var client = _app!.GetTestClient();

        var bytes = await client.GetByteArrayAsync(path);

        Assert.NotEmpty(bytes);
        Assert.Equal([100], _recorded);
    }
}
