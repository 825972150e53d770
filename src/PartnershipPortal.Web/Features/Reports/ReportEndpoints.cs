using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.Web.Features.Reports;

public static class ReportEndpoints
{
    /// <summary>
    /// GET /reports/{report}.csv, .xlsx and .pdf with the query of the report's page, for those who may export.
    /// Bad input answers with problem details (RFC 9457), never a file.
    /// </summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/reports").RequireAuthorization(PortalPolicies.CanExport);
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            var extension = format.ToString().ToLowerInvariant();
            reports.MapGet($"/agreements.{extension}", (HttpContext http, AgreementExports exports) => exports.AgreementsAsync(http, format));
            reports.MapGet($"/visits.{extension}", (HttpContext http, VisitExports exports) => exports.VisitsAsync(http, format));
        }

        return endpoints;
    }
}

/// <summary>Makes an agreement report download: checks the query, describes the report, hands it to <see cref="ReportResponses"/>.</summary>
public sealed class AgreementExports(AgreementReportService reports, AgreementReportLayout layout, ReportResponses responses, TimeProvider clock)
{
    public async Task<IResult> AgreementsAsync(HttpContext http, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(http);
        var cancellationToken = http.RequestAborted;
        var (definition, errors) = AgreementReportAddress.Parse(http.Request.Query);
        if (errors.Count == 0)
        {
            errors = AgreementReportAddress.Errors((await reports.CheckAsync(definition, cancellationToken)).Errors);
        }

        if (errors.Count > 0)
        {
            return ReportResponses.Invalid(errors);
        }

        var document = layout.Document(
            definition, await reports.NamesAsync(definition, cancellationToken), PortalAccess.ActorOf(http.User).Name, clock.GetUtcNow(), reports.Today);
        var source = new ReportSource(
            "agreements", document, await reports.CountAsync(definition, cancellationToken), AgreementReportAddress.Query(definition), definition.Columns,
            token => reports.RowsAsync(definition, token).Select(row => layout.Line(definition, row)));
        return await responses.DownloadAsync(http, format, source);
    }
}

/// <summary>Makes a visits report download: checks the query, describes the report, hands it to <see cref="ReportResponses"/>.</summary>
public sealed class VisitExports(VisitReportService reports, VisitReportLayout layout, ReportResponses responses, TimeProvider clock)
{
    public async Task<IResult> VisitsAsync(HttpContext http, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(http);
        var cancellationToken = http.RequestAborted;
        var (definition, errors) = VisitReportAddress.Parse(http.Request.Query);
        if (errors.Count == 0)
        {
            errors = VisitReportAddress.Errors((await reports.CheckAsync(definition, cancellationToken)).Errors);
        }

        if (errors.Count > 0)
        {
            return ReportResponses.Invalid(errors);
        }

        var document = layout.Document(definition, await reports.UnitNameAsync(definition.UnitId, cancellationToken), PortalAccess.ActorOf(http.User).Name, clock.GetUtcNow());
        var source = new ReportSource(
            "visits", document, await reports.CountAsync(definition, cancellationToken), VisitReportAddress.Query(definition), VisitReportLayout.ColumnKeys,
            token => reports.RowsAsync(definition, token).Select(layout.Line));
        return await responses.DownloadAsync(http, format, source);
    }
}
