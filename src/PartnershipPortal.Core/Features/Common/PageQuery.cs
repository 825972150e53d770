using Microsoft.EntityFrameworkCore;

namespace PartnershipPortal.Core.Features.Common;

internal static class PageQuery
{
    /// <summary>Counts the filtered rows, then reads one sorted page of them with LIMIT/OFFSET.</summary>
    public static async Task<Page<TRow>> ToPageAsync<TEntity, TRow>(
        this IQueryable<TEntity> filtered,
        SortMap<TEntity> sorts,
        ListRequest request,
        System.Linq.Expressions.Expression<Func<TEntity, TRow>> projection,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var total = await filtered.CountAsync(cancellationToken);
        var size = request.SafePageSize;
        var lastPage = Math.Max(1, (total + size - 1) / size);
        var page = Math.Min(request.SafePage, lastPage);
        var items = await sorts.Apply(filtered, request.Sort, request.Descending)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(projection)
            .ToListAsync(cancellationToken);
        return new Page<TRow>(items, total, page, size);
    }
}
