using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Notifications;
using PartnershipPortal.IntegrationTests.Features.Checklists;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Notifications;

/// <summary>A mailer that keeps what it was given.</summary>
internal sealed class RecordingMailer(bool canSend = true) : IPortalMailer
{
    public ConcurrentQueue<PortalMail> Sent { get; } = new();

    public bool CanSend => canSend;

    public Task SendAsync(PortalMail mail, CancellationToken cancellationToken)
    {
        Sent.Enqueue(mail);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The reminders: each owner is told once when an item comes due and once when it is overdue, however often
/// and on however many instances the check runs, with the fake clock moved day by day; and mailed once.
/// </summary>
public abstract class DueCheckTests(TestStore store)
{
    private static readonly Uri Portal = new("https://portal.xpi.example/");

    private DueCheck Check(IPortalMailer? mailer = null) => new(
        store.Contexts,
        new NotificationService(store.Contexts, store.Clock),
        new NotificationMailer(store.Contexts, mailer ?? new RecordingMailer(canSend: false), new NotificationMailSettings(Portal), store.Clock),
        store.Clock);

    private DateOnly Today => PlanningWorld.Today(store);

    private static string On(DateOnly date) => ValidationRules.DisplayDate(date);

    /// <summary>Runs the check twice, then lists what the owner was told.</summary>
    private async Task<List<string>> RunTwiceAsync(string owner, IPortalMailer? mailer = null)
    {
        await Check(mailer).RunOnceAsync();
        await Check(mailer).RunOnceAsync();
        return (await PlanningWorld.NotificationsOfAsync(store, owner)).Select(n => $"{n.Kind}: {n.Title}").ToList();
    }

    private void NextDay(int days = 1) => store.Clock.Advance(TimeSpan.FromDays(days));

    [Fact]
    public async Task ChecklistItem_IsNotifiedOnceWhenDue_AndOnceWhenOverdue_HoweverOftenTheCheckRuns()
    {
        var owner = await PlanningWorld.AccountAsync(store, "Dana Abenova");
        var visit = await PlanningWorld.VisitAsync(store, Today.AddDays(10), title: "Aktobe college delegation");
        var due = Today.AddDays(3);
        await PlanningWorld.ChecklistItemAsync(store, visit, "Interpreters booked", -7, owner);
        await PlanningWorld.ChecklistItemAsync(store, visit, "Gifts prepared", -7, owner, done: true);
        await PlanningWorld.ChecklistItemAsync(store, visit, "Signing room reserved", -7, ownerUserId: null);
        var cancelled = await PlanningWorld.VisitAsync(store, Today.AddDays(10), VisitStatus.Cancelled, "Cancelled delegation");
        await PlanningWorld.ChecklistItemAsync(store, cancelled, "Interpreters booked", -7, owner);
        var dueNotice = $"ChecklistDue: “Interpreters booked” for “Aktobe college delegation” is due tomorrow ({On(due)}).";
        var overdueNotice = $"ChecklistOverdue: “Interpreters booked” for “Aktobe college delegation” is overdue: it was due on {On(due)}.";

        Assert.Empty(await RunTwiceAsync(owner));
        NextDay();
        Assert.Empty(await RunTwiceAsync(owner));
        NextDay();
        Assert.Equal([dueNotice], await RunTwiceAsync(owner));
        NextDay();
        Assert.Equal([dueNotice], await RunTwiceAsync(owner));
        NextDay();
        Assert.Equal([dueNotice, overdueNotice], await RunTwiceAsync(owner));
        NextDay(5);
        Assert.Equal([dueNotice, overdueNotice], await RunTwiceAsync(owner));
        Assert.All(await PlanningWorld.NotificationsOfAsync(store, owner), n => Assert.Equal($"/visits/{visit}", n.Link));
    }

    [Fact]
    public async Task FollowUp_IsNotifiedOnceWhenDue_AndOnceWhenOverdue_UnlessItIsDone()
    {
        var owner = await PlanningWorld.AccountAsync(store, "Yerlan Safin");
        var visit = await PlanningWorld.VisitAsync(store, Today.AddDays(-20), VisitStatus.Completed);
        var due = Today.AddDays(1);
        await using (var db = store.NewContext())
        {
            var tracked = await db.Visits.SingleAsync(v => v.Id == visit);
            var memorandum = FollowUpAction.ForVisit(tracked, "Send the draft memorandum");
            memorandum.OwnerUserId = owner;
            memorandum.DueOn = due;
            var done = FollowUpAction.ForVisit(tracked, "Share the photos");
            done.OwnerUserId = owner;
            done.DueOn = due;
            done.ChangeStatus(FollowUpStatus.Done, store.Clock.GetUtcNow(), owner, "Yerlan Safin");
            var undated = FollowUpAction.ForVisit(tracked, "Keep in touch");
            undated.OwnerUserId = owner;
            db.FollowUps.AddRange(memorandum, done, undated);
            await db.SaveChangesAsync();
        }

        var dueNotice = $"FollowUpDue: The follow-up “Send the draft memorandum” is due tomorrow ({On(due)}).";
        Assert.Equal([dueNotice], await RunTwiceAsync(owner));
        NextDay();
        Assert.Equal([dueNotice], await RunTwiceAsync(owner));
        NextDay();
        Assert.Equal([dueNotice, $"FollowUpOverdue: The follow-up “Send the draft memorandum” is overdue: it was due on {On(due)}."], await RunTwiceAsync(owner));
        Assert.All(await PlanningWorld.NotificationsOfAsync(store, owner), n => Assert.Equal($"/visits/{visit}", n.Link));
    }

    [Fact]
    public async Task MovingTheVisit_MovesTheReminders()
    {
        var owner = await PlanningWorld.AccountAsync(store, "Assiya Mashekenova");
        var visit = await PlanningWorld.VisitAsync(store, Today.AddDays(4), title: "Oriental college visit");
        var due = Today.AddDays(1);
        await PlanningWorld.ChecklistItemAsync(store, visit, "Agenda agreed with the guests", -3, owner);
        var first = $"ChecklistDue: “Agenda agreed with the guests” for “Oriental college visit” is due tomorrow ({On(due)}).";
        Assert.Equal([first], await RunTwiceAsync(owner));

        await PlanningWorld.MoveVisitAsync(store, visit, 7);
        NextDay(2);
        Assert.Equal([first], await RunTwiceAsync(owner));
        NextDay(5);

        Assert.Equal([first, $"ChecklistDue: “Agenda agreed with the guests” for “Oriental college visit” is due tomorrow ({On(due.AddDays(7))})."], await RunTwiceAsync(owner));
    }

    [Fact]
    public async Task SeveralInstancesCheckingAtOnce_TellAndMailEachOwnerOnce()
    {
        var owner = await PlanningWorld.AccountAsync(store, "Ruslan Ismukhambetov");
        var visit = await PlanningWorld.VisitAsync(store, Today.AddDays(2), title: "ERG project visit");
        await PlanningWorld.ChecklistItemAsync(store, visit, "Signing room reserved", -1, owner);
        var mailer = new RecordingMailer();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Check(mailer).RunOnceAsync())));

        Assert.Single(await PlanningWorld.NotificationsOfAsync(store, owner));
        var email = await EmailOfAsync(owner);
        Assert.Single(mailer.Sent, m => m.To == email);
    }

    [Fact]
    public async Task EachNotification_IsMailedOnce_WithLinksIntoThePortal()
    {
        var owner = await PlanningWorld.AccountAsync(store, "Gulnara Temirova");
        var visit = await PlanningWorld.VisitAsync(store, Today.AddDays(1), title: "Medical School guests");
        await PlanningWorld.ChecklistItemAsync(store, visit, "Name cards ready", -1, owner);
        var mailer = new RecordingMailer();
        var email = await EmailOfAsync(owner);

        await RunTwiceAsync(owner, mailer);
        await new NotificationService(store.Contexts, store.Clock).NotifyAsync(
            NotificationMessages.FollowUpAssigned(owner, 41, Guid.NewGuid(), "Send the programme", null, "/agreements/3"));
        await RunTwiceAsync(owner, mailer);

        var mails = mailer.Sent.Where(m => m.To == email).ToList();
        Assert.Equal(
            [$"PartnershipPortal: “Name cards ready” for “Medical School guests” is due today ({On(Today)}).", "PartnershipPortal: You own the follow-up “Send the programme”"],
            mails.Select(m => m.Subject));
        Assert.Contains($"Open it in the portal: https://portal.xpi.example/visits/{visit}", mails[0].Body, StringComparison.Ordinal);
        Assert.Contains("Open it in the portal: https://portal.xpi.example/agreements/3", mails[1].Body, StringComparison.Ordinal);
        Assert.Contains("All your notifications: https://portal.xpi.example/notifications", mails[1].Body, StringComparison.Ordinal);
        Assert.All(await PlanningWorld.NotificationsOfAsync(store, owner), n => Assert.Equal(store.Clock.GetUtcNow(), n.MailedAt));
    }

    [Fact]
    public async Task WithoutSmtp_NothingIsMailed_AndOnlyRecentNotificationsAreMailedLater()
    {
        var owner = await PlanningWorld.AccountAsync(store, "Irgebayev Yernar");
        var late = await PlanningWorld.AccountAsync(store, "Late Reader");
        var disabled = await PlanningWorld.AccountAsync(store, "Left Office", disabled: true);
        var notifications = new NotificationService(store.Contexts, store.Clock);
        await notifications.NotifyAsync(NotificationMessages.FollowUpAssigned(late, 42, Guid.NewGuid(), "Old news", null, "/follow-ups"));
        NextDay(3);
        await notifications.NotifyAsync(NotificationMessages.FollowUpAssigned(owner, 43, Guid.NewGuid(), "Book the bus", null, "/visits/1"));
        await notifications.NotifyAsync(NotificationMessages.FollowUpAssigned(disabled, 44, Guid.NewGuid(), "Nobody reads this", null, "/visits/1"));

        var withoutSmtp = await Check(new RecordingMailer(canSend: false)).RunOnceAsync();
        Assert.Equal(0, withoutSmtp.Mailed);
        Assert.Null((await PlanningWorld.NotificationsOfAsync(store, owner)).Single().MailedAt);

        var mailer = new RecordingMailer();
        await Check(mailer).RunOnceAsync();

        var (ownerEmail, lateEmail, disabledEmail) = (await EmailOfAsync(owner), await EmailOfAsync(late), await EmailOfAsync(disabled));
        Assert.Single(mailer.Sent, m => m.To == ownerEmail);
        Assert.DoesNotContain(mailer.Sent, m => m.To == lateEmail || m.To == disabledEmail);
        Assert.Null((await PlanningWorld.NotificationsOfAsync(store, late)).Single().MailedAt);
    }

    private async Task<string> EmailOfAsync(string userId)
    {
        await using var db = store.NewContext();
        return (await db.Users.SingleAsync(u => u.Id == userId)).Email!;
    }
}

public sealed class SqliteDueCheckTests(SqliteStore store) : DueCheckTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresDueCheckTests(PostgresStore store) : DueCheckTests(store), IClassFixture<PostgresStore>;
