using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>Whether the records a report's filters name exist; the report validators ask it.</summary>
public interface IReportReferences
{
    Task<bool> InstitutionExistsAsync(int id, CancellationToken cancellationToken);

    Task<bool> UnitExistsAsync(int id, CancellationToken cancellationToken);

    Task<bool> FrameworkExistsAsync(int id, CancellationToken cancellationToken);
}

/// <summary>Answers from the store (archived records count: a report may cover the past).</summary>
public sealed class StoredReportReferences(IDbContextFactory<PortalDbContext> contexts) : IReportReferences
{
    public async Task<bool> InstitutionExistsAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Institutions.AnyAsync(i => i.Id == id, cancellationToken);
    }

    public async Task<bool> UnitExistsAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Units.AnyAsync(u => u.Id == id, cancellationToken);
    }

    public async Task<bool> FrameworkExistsAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Frameworks.AnyAsync(f => f.Id == id, cancellationToken);
    }
}
