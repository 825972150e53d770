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
            reports.MapGet($"/follow-ups.{extension}", (HttpContext http, FollowUpExports exports) => exports.FollowUpsAsync(http, format));
            reports.MapGet($"/institutions.{extension}", (HttpContext http, DirectoryExports exports) => exports.InstitutionsAsync(http, format));
            reports.MapGet($"/people.{extension}", (HttpContext http, DirectoryExports exports) => exports.PeopleAsync(http, format));
            reports.MapGet($"/partners.{extension}", (HttpContext http, PartnerActivityExports exports) => exports.PartnersAsync(http, format));
        }

        return endpoints;
    }
}

/// <summary>The agreement report's downloads: its query, checks and description, for <see cref="ReportResponses"/>.</summary>
public sealed class AgreementExports(AgreementReportService reports, AgreementReportLayout layout, ReportResponses responses, TimeProvider clock)
{
    public Task<IResult> AgreementsAsync(HttpContext http, ReportFormat format) =>
        responses.ExportAsync(
            http,
            format,
            AgreementReportAddress.Parse,
            async (definition, token) => AgreementReportAddress.Errors((await reports.CheckAsync(definition, token)).Errors),
            async (definition, by, token) => new ReportSource(
                "agreements",
                layout.Document(definition, await reports.NamesAsync(definition, token), by, clock.GetUtcNow(), reports.Today),
                await reports.CountAsync(definition, token),
                AgreementReportAddress.Query(definition),
                definition.Columns,
                rows => reports.RowsAsync(definition, rows).Select(row => layout.Line(definition, row))));
}

/// <summary>The visits report's downloads: its query, checks and description, for <see cref="ReportResponses"/>.</summary>
public sealed class VisitExports(VisitReportService reports, VisitReportLayout layout, ReportResponses responses, TimeProvider clock)
{
    public Task<IResult> VisitsAsync(HttpContext http, ReportFormat format) =>
        responses.ExportAsync(
            http,
            format,
            VisitReportAddress.Parse,
            async (definition, token) => VisitReportAddress.Errors((await reports.CheckAsync(definition, token)).Errors),
            async (definition, by, token) => new ReportSource(
                "visits",
                layout.Document(definition, await reports.UnitNameAsync(definition.UnitId, token), by, clock.GetUtcNow()),
                await reports.CountAsync(definition, token),
                VisitReportAddress.Query(definition),
                VisitReportLayout.ColumnKeys,
                rows => reports.RowsAsync(definition, rows).Select(layout.Line)));
}

/// <summary>The follow-up status report's downloads: its query, checks and description, for <see cref="ReportResponses"/>.</summary>
public sealed class FollowUpExports(FollowUpReportService reports, FollowUpReportLayout layout, ReportResponses responses, TimeProvider clock)
{
    public Task<IResult> FollowUpsAsync(HttpContext http, ReportFormat format) =>
        responses.ExportAsync(
            http,
            format,
            FollowUpReportAddress.Parse,
            async (definition, token) => FollowUpReportAddress.Errors((await reports.CheckAsync(definition, token)).Errors),
            async (definition, by, token) => new ReportSource(
                "follow-ups",
                layout.Document(definition, by, clock.GetUtcNow()),
                await reports.CountAsync(definition, token),
                FollowUpReportAddress.Query(definition),
                FollowUpReportLayout.ColumnKeys,
                rows => reports.RowsAsync(definition, rows).Select(layout.Line)));
}
