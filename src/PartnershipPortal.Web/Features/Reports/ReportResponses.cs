using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>A report ready to download: its name in addresses ("agreements"), description, size, query and rows.</summary>
public sealed record ReportSource(
    string Name, ReportDocument Document, int Total, string Query, IReadOnlyList<string> Columns, Func<CancellationToken, IAsyncEnumerable<ReportLine>> Lines);

/// <summary>
/// Turns a checked report into its download in any format, the same way for every report: problem details for
/// bad input or a PDF too long, a file named after the report and the day, and the export recorded in the
/// change history once the whole file has been written.
/// </summary>
public sealed class ReportResponses(ReportExportLog log)
{
    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The report cannot be made", detail: "Correct the report's filters or columns and try again.");

    public static string Address(string report, ReportFormat format, string query) =>
        $"/reports/{report}.{format.ToString().ToLowerInvariant()}" + (query.Length == 0 ? string.Empty : "?" + query);

    /// <summary>
    /// The whole answer to a report's download: the query parsed and checked (problem details when wrong), then
    /// the report described by <paramref name="describe"/> (given the definition and who asks) and downloaded.
    /// </summary>
    public async Task<IResult> ExportAsync<TDefinition>(
        HttpContext http,
        ReportFormat format,
        Func<IQueryCollection, (TDefinition Definition, Dictionary<string, string[]> Errors)> parse,
        Func<TDefinition, CancellationToken, Task<Dictionary<string, string[]>>> check,
        Func<TDefinition, string, CancellationToken, Task<ReportSource>> describe)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(describe);
        var (definition, errors) = parse(http.Request.Query);
        if (errors.Count == 0)
        {
            errors = await check(definition, http.RequestAborted);
        }

        return errors.Count > 0
            ? Invalid(errors)
            : await DownloadAsync(http, format, await describe(definition, PortalAccess.ActorOf(http.User).Name, http.RequestAborted));
    }

    public async Task<IResult> DownloadAsync(HttpContext http, ReportFormat format, ReportSource source)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(source);
        if (format == ReportFormat.Pdf && source.Total > PdfReportWriter.MaxRows)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The report is too long for a PDF",
                detail: $"The report has {source.Total:N0} rows; a PDF holds at most {PdfReportWriter.MaxRows:N0}. Download it as XLSX instead, which has no such limit.",
                extensions: new Dictionary<string, object?> { ["rows"] = source.Total, ["xlsx"] = Address(source.Name, ReportFormat.Xlsx, source.Query) });
        }

        var actor = PortalAccess.ActorOf(http.User);
        var extension = format.ToString().ToLowerInvariant();
        var fileName = $"{source.Name}-{source.Document.GeneratedAt.UtcDateTime:yyyy-MM-dd}.{extension}";
        Func<int, Task> record = rows => log.RecordAsync(
            actor, new ReportExport(source.Name, format.ToString().ToUpperInvariant(), source.Query, string.Join(",", source.Columns), rows), CancellationToken.None);
        switch (format)
        {
            case ReportFormat.Csv:
                return ReportDownload.Csv(source.Document, source.Lines(http.RequestAborted), fileName, source.Total, record);
            case ReportFormat.Xlsx:
                return ReportDownload.Xlsx(source.Document, source.Lines, fileName, source.Total, record);
            default:
                var rows = await source.Lines(http.RequestAborted).Take(PdfReportWriter.MaxRows).ToListAsync(http.RequestAborted);
                var pdf = PdfReportWriter.Write(source.Document, rows, $"PartnershipPortal · {source.Document.Title}");
                return ReportDownload.Pdf(pdf, rows.Count, fileName, record);
        }
    }
}
