using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>The partner activity report's downloads: its query, checks and description, for <see cref="ReportResponses"/>.</summary>
public sealed class PartnerActivityExports(PartnerActivityService reports, PartnerActivityLayout layout, ReportResponses responses, TimeProvider clock)
{
    public Task<IResult> PartnersAsync(HttpContext http, ReportFormat format) =>
        responses.ExportAsync(
            http,
            format,
            PartnerActivityAddress.Parse,
            async (definition, token) => PartnerActivityAddress.Errors((await reports.CheckAsync(definition, token)).Errors),
            async (definition, by, token) => new ReportSource(
                "partners",
                layout.Document(definition, by, clock.GetUtcNow()),
                await reports.CountAsync(definition, token),
                PartnerActivityAddress.Query(definition),
                PartnerActivityLayout.ColumnKeys(definition),
                rows => reports.RowsAsync(definition, rows).Select(row => layout.Line(definition, row))));
}
