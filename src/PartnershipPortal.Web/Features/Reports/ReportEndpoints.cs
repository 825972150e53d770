using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Core.Reporting;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.Web.Features.Reports;

public static class ReportEndpoints
{
    public const string AgreementsPath = "/reports/agreements";

    /// <summary>
    /// GET /reports/agreements.csv, .xlsx and .pdf with the page's query: the agreement report, for those who
    /// may export. Bad input answers with problem details (RFC 9457), never a file.
    /// </summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/reports").RequireAuthorization(PortalPolicies.CanExport);
        reports.MapGet("/agreements.csv", (HttpContext http, AgreementExports exports) => exports.AgreementsAsync(http, ReportFormat.Csv));
        reports.MapGet("/agreements.xlsx", (HttpContext http, AgreementExports exports) => exports.AgreementsAsync(http, ReportFormat.Xlsx));
        reports.MapGet("/agreements.pdf", (HttpContext http, AgreementExports exports) => exports.AgreementsAsync(http, ReportFormat.Pdf));
        return endpoints;
    }

    public static string Address(ReportFormat format, string query) =>
        $"{AgreementsPath}.{format.ToString().ToLowerInvariant()}" + (query.Length == 0 ? string.Empty : "?" + query);
}

/// <summary>Makes an agreement report download: checks the query, describes the report, streams it, records the export.</summary>
public sealed class AgreementExports(AgreementReportService reports, AgreementReportLayout layout, ReportExportLog log, TimeProvider clock)
{
    public async Task<IResult> AgreementsAsync(HttpContext http, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(http);
        var cancellationToken = http.RequestAborted;
        var (definition, errors) = AgreementReportAddress.Parse(http.Request.Query);
        if (errors.Count == 0)
        {
            var check = await reports.CheckAsync(definition, cancellationToken);
            errors = AgreementReportAddress.Errors(check.Errors);
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The report cannot be made", detail: "Correct the report's filters or columns and try again.");
        }

        var total = await reports.CountAsync(definition, cancellationToken);
        var query = AgreementReportAddress.Query(definition);
        if (format == ReportFormat.Pdf && total > PdfReportWriter.MaxRows)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The report is too long for a PDF",
                detail: $"The report has {total:N0} rows; a PDF holds at most {PdfReportWriter.MaxRows:N0}. Download it as XLSX instead, which has no such limit.",
                extensions: new Dictionary<string, object?> { ["rows"] = total, ["xlsx"] = ReportEndpoints.Address(ReportFormat.Xlsx, query) });
        }

        var actor = PortalAccess.ActorOf(http.User);
        var now = clock.GetUtcNow();
        var document = layout.Document(definition, await reports.NamesAsync(definition, cancellationToken), actor.Name, now, reports.Today);
        var fileName = $"agreements-{now.UtcDateTime:yyyy-MM-dd}.{format.ToString().ToLowerInvariant()}";
        Func<int, Task> record = rows => log.RecordAsync(
            actor, new ReportExport("agreements", format.ToString().ToUpperInvariant(), query, string.Join(",", definition.Columns), rows), CancellationToken.None);
        IAsyncEnumerable<ReportLine> Lines(CancellationToken token) => reports.RowsAsync(definition, token).Select(row => layout.Line(definition, row));

        switch (format)
        {
            case ReportFormat.Csv:
                return ReportDownload.Csv(document, Lines(cancellationToken), fileName, total, record);
            case ReportFormat.Xlsx:
                return ReportDownload.Xlsx(document, Lines, fileName, total, record);
            default:
                var rows = await Lines(cancellationToken).Take(PdfReportWriter.MaxRows).ToListAsync(cancellationToken);
                var pdf = PdfReportWriter.Write(document, rows, $"PartnershipPortal · {document.Title}");
                return ReportDownload.Pdf(pdf, rows.Count, fileName, record);
        }
    }
}
