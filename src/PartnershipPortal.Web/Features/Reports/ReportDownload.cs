using System.Globalization;
using Microsoft.Net.Http.Headers;
using PartnershipPortal.Core.Reporting;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>The formats a report downloads in.</summary>
public enum ReportFormat
{
    Csv,
    Xlsx,
    Pdf,
}

/// <summary>
/// A report written straight into the response as its rows arrive. Once the first bytes have left, a failure
/// can no longer become an error page: the response is aborted, so the client sees a broken download rather
/// than a file that ends early but looks complete. When the whole report has been written,
/// <c>completed</c> runs with the number of rows (to record the export).
/// </summary>
public sealed class ReportDownload(
    ReportFormat format,
    string fileName,
    int? expectedRows,
    Func<Stream, CancellationToken, Task<int>> write,
    Func<int, Task> completed) : IResult
{
    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Csv => "text/csv; charset=utf-8",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/pdf",
    };

    /// <summary>CSV, streamed with asynchronous writes.</summary>
    public static ReportDownload Csv(ReportDocument document, IAsyncEnumerable<ReportLine> rows, string fileName, int? expectedRows, Func<int, Task> completed) =>
        new(ReportFormat.Csv, fileName, expectedRows, (body, token) => CsvReportWriter.WriteAsync(document, rows, body, token), completed);

    /// <summary>XLSX, written on a thread of its own into a pipe that is copied to the response (the writer is synchronous).</summary>
    public static ReportDownload Xlsx(ReportDocument document, Func<CancellationToken, IAsyncEnumerable<ReportLine>> rows, string fileName, int? expectedRows, Func<int, Task> completed) =>
        new(ReportFormat.Xlsx, fileName, expectedRows,
            (body, token) => PipedOutput.CopyAsync((pipe, stop) => XlsxReportWriter.Write(document, rows(stop).ToBlockingEnumerable(stop), pipe), body, token),
            completed);

    /// <summary>A PDF already built in memory.</summary>
    public static ReportDownload Pdf(byte[] pdf, int rows, string fileName, Func<int, Task> completed) =>
        new(ReportFormat.Pdf, fileName, rows, async (body, token) =>
        {
            await body.WriteAsync(pdf, token);
            return rows;
        }, completed);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.ContentType = ContentType(format);
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        response.Headers.CacheControl = "no-store";
        if (expectedRows is { } count)
        {
            response.Headers["X-Report-Rows"] = count.ToString(CultureInfo.InvariantCulture);
        }

        int rows;
        try
        {
            rows = await write(response.Body, httpContext.RequestAborted);
            await response.Body.FlushAsync(httpContext.RequestAborted);
        }
        catch (Exception error) when (response.HasStarted)
        {
            var logger = httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<ReportDownload>();
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                logger.LogInformation("The client left during the download of {File}", fileName);
            }
            else
            {
                logger.LogError(error, "The download of {File} failed after it had started; the response is aborted", fileName);
            }

            httpContext.Abort();
            return;
        }

        await completed(rows);
    }
}
