using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Notifications;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Notifications;

public abstract class NotificationServiceTests(TestStore store)
{
    private NotificationService Service => new(store.Contexts, store.Clock);

    private async Task<string> NewUserAsync()
    {
        var user = new PortalUser { Id = Guid.NewGuid().ToString(), UserName = $"{Guid.NewGuid():N}@example.org", DisplayName = "Dana Abenova" };
        await using var db = store.NewContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    [Fact]
    public async Task TheSameMessage_IsStoredOnce_HoweverOftenItIsSent()
    {
        var user = await NewUserAsync();
        var due = new NotificationMessage(user, NotificationKind.FollowUpDue, "Send the draft memorandum is due tomorrow", "/follow-ups", "follow-up:7:due");
        var overdue = due with { Kind = NotificationKind.FollowUpOverdue, Key = "follow-up:7:overdue" };

        Assert.Equal(1, await Service.NotifyAsync(due));
        Assert.Equal(0, await Service.NotifyAsync(due));
        Assert.Equal(1, await Service.NotifyAsync([due, overdue, overdue]));

        await using var db = store.NewContext();
        var stored = await db.Notifications.AsNoTracking().Where(n => n.UserId == user).OrderBy(n => n.Id).ToListAsync();
        Assert.Equal(["follow-up:7:due", "follow-up:7:overdue"], stored.Select(n => n.Key));
        Assert.All(stored, n => Assert.Equal(TestStore.Start, n.CreatedAt));
        Assert.Equal(2, await Service.UnreadCountAsync(user));
    }

    [Fact]
    public async Task InstancesSendingAtOnce_StoreOneCopy()
    {
        var user = await NewUserAsync();
        var message = new NotificationMessage(user, NotificationKind.ChecklistOverdue, "Interpreters booked is overdue", "/visits/1", "checklist:1:overdue");

        var counts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Service.NotifyAsync(message))));

        Assert.Equal(1, counts.Sum());
        await using var db = store.NewContext();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == user));
    }
}

public sealed class SqliteNotificationServiceTests(SqliteStore store) : NotificationServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresNotificationServiceTests(PostgresStore store) : NotificationServiceTests(store), IClassFixture<PostgresStore>;
