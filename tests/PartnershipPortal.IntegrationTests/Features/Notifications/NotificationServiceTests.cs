using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
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

    [Fact]
    public async Task List_IsPagedNewestFirst_AndMarkingReadTouchesOnlyTheAccountsOwn()
    {
        var user = await NewUserAsync();
        var other = await NewUserAsync();
        for (var n = 1; n <= 5; n++)
        {
            await Service.NotifyAsync(new NotificationMessage(user, NotificationKind.ChecklistDue, $"Item {n} is due tomorrow", $"/visits/{n}", $"checklist-item:{n}:due"));
        }

        var theirs = new NotificationMessage(other, NotificationKind.FollowUpAssigned, "You own the follow-up “Send the photos”.", "/visits/9", "follow-up:9:assigned");
        await Service.NotifyAsync(theirs);
        var first = await Service.ListAsync(user, new ListRequest(Page: 1, PageSize: 2));
        var last = await Service.ListAsync(user, new ListRequest(Page: 9, PageSize: 2));

        Assert.Equal((5, 1), (first.TotalCount, first.PageNumber));
        Assert.Equal(["Item 5 is due tomorrow", "Item 4 is due tomorrow"], first.Items.Select(n => n.Title));
        Assert.Equal(3, last.PageNumber);
        Assert.Equal(["Item 1 is due tomorrow"], last.Items.Select(n => n.Title));
        var theirId = (await Service.ListAsync(other, new ListRequest())).Items.Single().Id;

        Assert.True(await Service.MarkReadAsync(user, first.Items[0].Id));
        Assert.False(await Service.MarkReadAsync(user, first.Items[0].Id));
        Assert.False(await Service.MarkReadAsync(user, theirId));
        Assert.Equal(4, await Service.UnreadCountAsync(user));
        Assert.Equal(store.Clock.GetUtcNow(), (await Service.ListAsync(user, new ListRequest())).Items[0].ReadAt);

        Assert.Equal(4, await Service.MarkAllReadAsync(user));
        Assert.Equal(0, await Service.UnreadCountAsync(user));
        Assert.Equal(1, await Service.UnreadCountAsync(other));
    }
}

public sealed class SqliteNotificationServiceTests(SqliteStore store) : NotificationServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresNotificationServiceTests(PostgresStore store) : NotificationServiceTests(store), IClassFixture<PostgresStore>;
