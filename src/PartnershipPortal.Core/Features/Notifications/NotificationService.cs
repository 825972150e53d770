using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;

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
