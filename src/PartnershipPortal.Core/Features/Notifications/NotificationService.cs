using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Notifications;

/// <summary>A notification to send: to whom, what, where it points, and the key that makes it happen once.</summary>
public sealed record NotificationMessage(string UserId, NotificationKind Kind, string Title, string? Link, string Key);

/// <summary>
/// Sends in-app notifications. Each (account, key) pair is stored once: sending the same message again,
/// from a later check or from another instance at the same moment, changes nothing.
/// </summary>
public sealed class NotificationService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>Stores the messages not sent before; returns how many were new.</summary>
    public async Task<int> NotifyAsync(IReadOnlyCollection<NotificationMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var wanted = messages
            .Where(m => !string.IsNullOrEmpty(m.UserId))
            .DistinctBy(m => (m.UserId, m.Key))
            .ToList();
        if (wanted.Count == 0)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var fresh = await WithoutThoseSentAsync(db, wanted, cancellationToken);
        if (fresh.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        db.Notifications.AddRange(fresh.Select(m => ToRow(m, now)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            // Another instance stored some of them between our check and our insert: store the rest one by one.
            return await NotifyOneByOneAsync(fresh, now, cancellationToken);
        }
    }

    public Task<int> NotifyAsync(NotificationMessage message, CancellationToken cancellationToken = default) =>
        NotifyAsync([message], cancellationToken);

    public async Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }

    /// <summary>One page of the account's notifications, newest first; the request's text and sort are not used.</summary>
    public async Task<Page<NotificationRow>> ListAsync(string userId, ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var total = await mine.CountAsync(cancellationToken);
        var size = request.SafePageSize;
        var page = Math.Min(request.SafePage, Math.Max(1, (total + size - 1) / size));
        var items = await mine
            .OrderByDescending(n => n.Id)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.Title, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        return new Page<NotificationRow>(items, total, page, size);
    }

    /// <summary>Marks one of the account's notifications read; false when it is not the account's or was read before.</summary>
    public async Task<bool> MarkReadAsync(string userId, long notificationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await db.Notifications
            .Where(n => n.Id == notificationId && n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken) == 1;
    }

    /// <summary>Marks every unread notification of the account read; returns how many were unread.</summary>
    public async Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await db.Notifications
            .Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private async Task<int> NotifyOneByOneAsync(List<NotificationMessage> messages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = 0;
        foreach (var message in messages)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await db.Notifications.AnyAsync(n => n.UserId == message.UserId && n.Key == message.Key, cancellationToken))
            {
                continue;
            }

            db.Notifications.Add(ToRow(message, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                stored++;
            }
            catch (DbUpdateException)
            {
                // Stored by another instance in the meantime: the one copy that counts exists.
            }
        }

        return stored;
    }

    private static async Task<List<NotificationMessage>> WithoutThoseSentAsync(PortalDbContext db, List<NotificationMessage> wanted, CancellationToken cancellationToken)
    {
        var users = wanted.Select(m => m.UserId).Distinct().ToList();
        var keys = wanted.Select(m => m.Key).Distinct().ToList();
        var sent = await db.Notifications.AsNoTracking()
            .Where(n => users.Contains(n.UserId) && keys.Contains(n.Key))
            .Select(n => new { n.UserId, n.Key })
            .ToListAsync(cancellationToken);
        var known = sent.Select(s => (s.UserId, s.Key)).ToHashSet();
        return wanted.Where(m => !known.Contains((m.UserId, m.Key))).ToList();
    }

    private static Notification ToRow(NotificationMessage message, DateTimeOffset now) => new()
    {
        UserId = message.UserId,
        Kind = message.Kind,
        Title = message.Title.Length > Notification.TitleMaxLength ? message.Title[..Notification.TitleMaxLength] : message.Title,
        Link = message.Link,
        Key = message.Key,
        CreatedAt = now,
    };
}

/// <summary>A notification as the account's list shows it; <see cref="ReadAt"/> is null while unread.</summary>
public sealed record NotificationRow(long Id, NotificationKind Kind, string Title, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
