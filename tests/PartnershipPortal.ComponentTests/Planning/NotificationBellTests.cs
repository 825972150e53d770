using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Notifications;
using PartnershipPortal.Web.Components.Layout;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.ComponentTests.Planning;

public sealed class NotificationBellTests : IAsyncLifetime
{
    private readonly PlanningComponents _planning = new();

    public Task InitializeAsync() => _planning.InitializeAsync();

    public Task DisposeAsync() => _planning.DisposeAsync();

    [Fact]
    public async Task Bell_CountsTheUsersUnreadNotifications_AndCountsAgainWhenTheyAreRead()
    {
        var dana = await _planning.AccountAsync("Dana Abenova");
        var other = await _planning.AccountAsync("Bolat Sarsenov");
        var notifications = new NotificationService(_planning.Contexts, _planning.Clock);
        await notifications.NotifyAsync([
            new NotificationMessage(dana, NotificationKind.ChecklistDue, "Interpreters booked is due tomorrow", "/visits/1", "checklist-item:1:due"),
            new NotificationMessage(dana, NotificationKind.ChecklistOverdue, "Gifts prepared is overdue", "/visits/1", "checklist-item:2:overdue"),
            new NotificationMessage(dana, NotificationKind.FollowUpAssigned, "You own the follow-up “Send the photos”.", "/visits/1", "follow-up:3:assigned"),
            new NotificationMessage(other, NotificationKind.FollowUpAssigned, "You own the follow-up “Book the bus”.", "/visits/1", "follow-up:4:assigned"),
        ]);
        _planning.SignIn(dana, "Dana Abenova", PortalRoles.Dean);

        var bell = _planning.Context.Render<NotificationBell>();

        bell.WaitForAssertion(() => Assert.Equal("3", bell.Find("[data-testid=unread-count]").TextContent));
        Assert.Equal("Notifications: 3 unread", bell.Find("[data-testid=notification-bell]").GetAttribute("aria-label"));
        Assert.Equal("/notifications", bell.Find("[data-testid=notification-bell]").GetAttribute("href"));

        await notifications.MarkAllReadAsync(dana);
        _planning.Context.Services.GetRequiredService<UnreadCountSignal>().Raise();

        bell.WaitForAssertion(() => Assert.Empty(bell.FindAll("[data-testid=unread-count]")));
        Assert.Equal("Notifications", bell.Find("[data-testid=notification-bell]").GetAttribute("aria-label"));
    }
}
