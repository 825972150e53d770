using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Administration;

/// <summary>Reads the change history: one record's, or the whole log filtered and paged in the store.</summary>
public sealed class ChangeHistoryService(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>Every change of one record, newest first.</summary>
    public async Task<IReadOnlyList<ChangeView>> HistoryOfAsync(string entityType, string entityId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Newest(db.ChangeRecords.AsNoTracking().Where(c => c.EntityType == entityType && c.EntityId == entityId))
            .Select(View)
            .ToListAsync(cancellationToken);
    }

    /// <summary>One page of the whole log, newest first, filtered by account, record type and UTC days (both inclusive).</summary>
    public async Task<Page<ChangeView>> ListAsync(ChangeLogFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.ChangeRecords.AsNoTracking();
        if (filter.UserId is { Length: > 0 } userId)
        {
            query = query.Where(c => c.UserId == userId);
        }

        if (filter.EntityType is { Length: > 0 } entityType)
        {
            query = query.Where(c => c.EntityType == entityType);
        }

        if (filter.From is { } from)
        {
            var start = StartOfDay(from);
            query = query.Where(c => c.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOfDay(to.AddDays(1));
            query = query.Where(c => c.At < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var size = request.SafePageSize;
        var page = Math.Min(request.SafePage, Math.Max(1, (total + size - 1) / size));
        var items = await Newest(query).Skip((page - 1) * size).Take(size).Select(View).ToListAsync(cancellationToken);
        return new Page<ChangeView>(items, total, page, size);
    }

    /// <summary>The record types the log holds, for its filter.</summary>
    public async Task<IReadOnlyList<string>> RecordTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChangeRecords.AsNoTracking().Select(c => c.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    /// <summary>The portal's accounts, for the log's filter by who made a change.</summary>
    public async Task<IReadOnlyList<ChangeAuthor>> AuthorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new ChangeAuthor(u.Id, u.DisplayName, u.Email))
            .ToListAsync(cancellationToken);
    }

    private static DateTimeOffset StartOfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static IOrderedQueryable<ChangeRecord> Newest(IQueryable<ChangeRecord> query) =>
        query.OrderByDescending(c => c.At).ThenByDescending(c => c.Id);

    private static readonly System.Linq.Expressions.Expression<Func<ChangeRecord, ChangeView>> View =
        c => new ChangeView(c.Id, c.At, c.UserId, c.Actor, c.EntityType, c.EntityId, c.Kind, c.Fields);
}

/// <summary>What the change log is narrowed to; empty parts do not filter.</summary>
public sealed record ChangeLogFilter(string? UserId = null, string? EntityType = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>One change as the history shows it.</summary>
public sealed record ChangeView(
    long Id, DateTimeOffset At, string? UserId, string Actor, string EntityType, string EntityId, ChangeKind Kind, IReadOnlyList<FieldChange> Fields);

public sealed record ChangeAuthor(string Id, string DisplayName, string? Email);
