using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.Web.Features.Reports;

/// <summary>The directory export's downloads, institutions and people: their queries, checks and descriptions, for <see cref="ReportResponses"/>.</summary>
public sealed class DirectoryExports(
    InstitutionReportService institutions, PersonReportService people, DirectoryReportLayout layout, ReportResponses responses, TimeProvider clock)
{
    public Task<IResult> InstitutionsAsync(HttpContext http, ReportFormat format) =>
        responses.ExportAsync(
            http,
            format,
            DirectoryReportAddress.ParseInstitutions,
            async (definition, token) => DirectoryReportAddress.Errors((await institutions.CheckAsync(definition, token)).Errors),
            async (definition, by, token) => new ReportSource(
                DirectoryReportAddress.Institutions,
                layout.Document(definition, by, clock.GetUtcNow()),
                await institutions.CountAsync(definition, token),
                DirectoryReportAddress.Query(definition),
                DirectoryReportLayout.InstitutionColumnKeys,
                rows => institutions.RowsAsync(definition, rows).Select(layout.Line)));

    public Task<IResult> PeopleAsync(HttpContext http, ReportFormat format) =>
        responses.ExportAsync(
            http,
            format,
            DirectoryReportAddress.ParsePeople,
            async (definition, token) => DirectoryReportAddress.Errors((await people.CheckAsync(definition, token)).Errors),
            async (definition, by, token) => new ReportSource(
                DirectoryReportAddress.People,
                layout.Document(definition, (await people.InstitutionAsync(definition.InstitutionId, token))?.Name, by, clock.GetUtcNow()),
                await people.CountAsync(definition, token),
                DirectoryReportAddress.Query(definition),
                DirectoryReportLayout.PersonColumnKeys,
                rows => people.RowsAsync(definition, rows).Select(layout.Line)));
}
