using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>
/// Reads a report's rows as the caller consumes them: the main query keeps its reader open on one connection,
/// and every <see cref="BatchSize"/> rows are completed (their collections read) through a second one, so that
/// memory holds one batch whatever the report's length.
/// </summary>
internal static class ReportStream
{
    /// <summary>Rows completed together: one round trip per collection per batch.</summary>
    public const int BatchSize = 500;

    public static async IAsyncEnumerable<TRow> ReadAsync<TCore, TRow>(
        IDbContextFactory<PortalDbContext> contexts,
        Func<PortalDbContext, IQueryable<TCore>> query,
        Func<PortalDbContext, List<TCore>, CancellationToken, Task<List<TRow>>> complete,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var lookups = await contexts.CreateDbContextAsync(cancellationToken);
        var batch = new List<TCore>(BatchSize);
        await foreach (var row in query(db).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                foreach (var completed in await complete(lookups, batch, cancellationToken))
                {
                    yield return completed;
                }

                batch.Clear();
            }
        }

        foreach (var completed in await complete(lookups, batch, cancellationToken))
        {
            yield return completed;
        }
    }
}
