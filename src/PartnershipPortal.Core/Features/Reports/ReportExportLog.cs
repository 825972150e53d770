using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>
/// Records each export in the change history: who, which report in which format, with which filters and
/// columns, and how many rows left. An export changes no record, so it is written directly as a "created"
/// entry of type <see cref="EntityType"/> keyed by the report's name.
/// </summary>
public sealed class ReportExportLog(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const string EntityType = "ReportExport";

    public async Task RecordAsync(ChangeActor actor, ReportExport export, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(export);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeRecords.Add(new ChangeRecord
        {
            At = clock.GetUtcNow(),
            UserId = actor.UserId,
            Actor = actor.Name,
            EntityType = EntityType,
            EntityId = export.Report,
            Kind = ChangeKind.Created,
            Fields =
            [
                new("Report", null, export.Report),
                new("Format", null, export.Format),
                new("Filters", null, export.Filters.Length == 0 ? "(none)" : export.Filters),
                new("Columns", null, export.Columns),
                new("Rows", null, export.Rows.ToString(CultureInfo.InvariantCulture)),
            ],
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>One export: the report's name ("agreements"), the format, its filters and columns as in the address, and the rows written.</summary>
public sealed record ReportExport(string Report, string Format, string Filters, string Columns, int Rows);
