using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Checklists;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Notifications;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Checklists;

/// <summary>A visit's reception checklist: made once from the template, due dates that follow the visit, ticks, owners.</summary>
public abstract class ChecklistServiceTests(TestStore store)
{
    private static readonly ClaimsPrincipal Office = TestUsers.InRoles("Aliya Office", PortalRoles.InternationalOffice);
    private static readonly ClaimsPrincipal Viewer = TestUsers.InRoles("Viktor Viewer", PortalRoles.Viewer);

    private ChecklistService Checklists => new(store.Contexts, new ChecklistItemInputValidator(), new NotificationService(store.Contexts, store.Clock), store.Clock);

    private sealed record Accounts(string Office, string Bolat, string Disabled);

    /// <summary>The store's template: four lines in use (two owned by the office, one by Bolat) and one archived.</summary>
    private Task<Accounts> TemplateAsync() => store.SeedOnceAsync("template", async db =>
    {
        var office = new PortalUser { Id = "id-aliya-office", UserName = "aliya@xpi.example", Email = "aliya@xpi.example", DisplayName = "Aliya Office" };
        var bolat = new PortalUser { Id = Guid.NewGuid().ToString(), UserName = "bolat@xpi.example", Email = "bolat@xpi.example", DisplayName = "Bolat Sarsenov" };
        var disabled = new PortalUser { Id = Guid.NewGuid().ToString(), UserName = "gone@xpi.example", Email = "gone@xpi.example", DisplayName = "Gone Away", IsDisabled = true };
        db.Users.AddRange(office, bolat, disabled);
        db.ChecklistTemplate.AddRange(
            new ChecklistTemplateItem { Title = "Invitation letter sent", OffsetDays = -30, DefaultOwner = office, Order = 0 },
            new ChecklistTemplateItem { Title = "Fax the agenda", OffsetDays = -5, Order = 1, IsArchived = true },
            new ChecklistTemplateItem { Title = "Interpreters booked", OffsetDays = -7, DefaultOwner = bolat, Order = 2 },
            new ChecklistTemplateItem { Title = "Signing room reserved", OffsetDays = 0, Order = 3 },
            new ChecklistTemplateItem { Title = "Photos archived", OffsetDays = 3, DefaultOwner = office, Order = 4 });
        await Task.CompletedTask;
        return new Accounts(office.Id, bolat.Id, disabled.Id);
    });

    private async Task<(Accounts Accounts, int Visit)> PlannedVisitWithChecklistAsync(DateOnly start)
    {
        var accounts = await TemplateAsync();
        var visit = await PlanningWorld.VisitAsync(store, start);
        Assert.Equal(ChecklistCreationStatus.Created, (await Checklists.CreateForVisitAsync(visit, Office)).Status);
        return (accounts, visit);
    }

    [Fact]
    public async Task CreateForVisit_CopiesTheLinesInUseInOrder_WithTheirOwners_Once()
    {
        await TemplateAsync();
        var visit = await PlanningWorld.VisitAsync(store, new DateOnly(2025, 7, 10));

        var first = await Checklists.CreateForVisitAsync(visit, Office);
        var again = await Checklists.CreateForVisitAsync(visit);
        var byUserAgain = await Checklists.CreateForVisitAsync(visit, Office);

        Assert.Equal(new ChecklistCreation(ChecklistCreationStatus.Created, 4), first);
        Assert.Equal(new ChecklistCreation(ChecklistCreationStatus.AlreadyMade, 0), again);
        Assert.Equal(new ChecklistCreation(ChecklistCreationStatus.AlreadyMade, 0), byUserAgain);
        var checklist = (await Checklists.ForVisitAsync(visit))!;
        Assert.Equal(
            [
                ("Invitation letter sent", -30, new DateOnly(2025, 6, 10), "Aliya Office"),
                ("Interpreters booked", -7, new DateOnly(2025, 7, 3), "Bolat Sarsenov"),
                ("Signing room reserved", 0, new DateOnly(2025, 7, 10), (string?)null),
                ("Photos archived", 3, new DateOnly(2025, 7, 13), "Aliya Office"),
            ],
            checklist.Items.Select(i => (i.Title, i.OffsetDays, i.DueOn, i.OwnerName)));
        Assert.Equal(0, checklist.DoneCount);
        Assert.False(checklist.CanBeCreated);
    }

    [Fact]
    public async Task CreateForVisit_CalledFromSeveralPlacesAtOnce_MakesOneChecklist()
    {
        await TemplateAsync();
        var visit = await PlanningWorld.VisitAsync(store, new DateOnly(2025, 8, 1));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Checklists.CreateForVisitAsync(visit))));

        Assert.Single(results, r => r.Status == ChecklistCreationStatus.Created);
        Assert.All(results.Where(r => r.Status != ChecklistCreationStatus.Created), r => Assert.Equal(ChecklistCreationStatus.AlreadyMade, r.Status));
        await using var db = store.NewContext();
        Assert.Equal(4, await db.ChecklistItems.CountAsync(i => i.VisitId == visit));
    }

    [Fact]
    public async Task CreateForVisit_OnlyForAPlannedOrConfirmedVisit_AndOnlyByAnEditor()
    {
        await TemplateAsync();
        var start = new DateOnly(2025, 9, 1);
        var completed = await PlanningWorld.VisitAsync(store, start, VisitStatus.Completed);
        var cancelled = await PlanningWorld.VisitAsync(store, start, VisitStatus.Cancelled);
        var confirmed = await PlanningWorld.VisitAsync(store, start, VisitStatus.Confirmed);
        var planned = await PlanningWorld.VisitAsync(store, start);

        Assert.Equal(ChecklistCreationStatus.NotPlanned, (await Checklists.CreateForVisitAsync(completed, Office)).Status);
        Assert.Equal(ChecklistCreationStatus.NotPlanned, (await Checklists.CreateForVisitAsync(cancelled, Office)).Status);
        Assert.Equal(ChecklistCreationStatus.Forbidden, (await Checklists.CreateForVisitAsync(planned, Viewer)).Status);
        Assert.Equal(ChecklistCreationStatus.NotFound, (await Checklists.CreateForVisitAsync(int.MaxValue, Office)).Status);
        Assert.Equal(new ChecklistCreation(ChecklistCreationStatus.Created, 4), await Checklists.CreateForVisitAsync(confirmed, Office));
        Assert.Empty((await Checklists.ForVisitAsync(planned))!.Items);
        Assert.True((await Checklists.ForVisitAsync(planned))!.CanBeCreated);
        Assert.False((await Checklists.ForVisitAsync(completed))!.CanBeCreated);
    }

    [Fact]
    public async Task CreateForVisit_NotifiesEachDefaultOwnerOnce_ButNotWhoeverMadeIt()
    {
        var accounts = await TemplateAsync();
        var byOffice = await PlanningWorld.VisitAsync(store, new DateOnly(2025, 10, 1), title: "Almaty college leaders");
        var bySystem = await PlanningWorld.VisitAsync(store, new DateOnly(2025, 10, 8), title: "Shymkent delegation");

        await Checklists.CreateForVisitAsync(byOffice, Office);
        await Checklists.CreateForVisitAsync(bySystem);
        await Checklists.CreateForVisitAsync(bySystem);

        var bolat = (await PlanningWorld.NotificationsOfAsync(store, accounts.Bolat)).Where(n => n.Link == $"/visits/{byOffice}" || n.Link == $"/visits/{bySystem}").ToList();
        Assert.Equal(
            [
                (NotificationKind.ChecklistAssigned, "You own 1 reception task for “Almaty college leaders”.", $"/visits/{byOffice}"),
                (NotificationKind.ChecklistAssigned, "You own 1 reception task for “Shymkent delegation”.", $"/visits/{bySystem}"),
            ],
            bolat.Select(n => (n.Kind, n.Title, n.Link)));
        var office = (await PlanningWorld.NotificationsOfAsync(store, accounts.Office)).Where(n => n.Link == $"/visits/{byOffice}" || n.Link == $"/visits/{bySystem}").ToList();
        Assert.Equal(["You own 2 reception tasks for “Shymkent delegation”."], office.Select(n => n.Title));
    }

    [Fact]
    public async Task DueDates_FollowTheVisit_WhenItsDatesMove()
    {
        var (_, visit) = await PlannedVisitWithChecklistAsync(new DateOnly(2025, 11, 20));

        await PlanningWorld.MoveVisitAsync(store, visit, 14);
        var later = (await Checklists.ForVisitAsync(visit))!;
        await PlanningWorld.MoveVisitAsync(store, visit, -21);
        var earlier = (await Checklists.ForVisitAsync(visit))!;

        Assert.Equal(new DateOnly(2025, 12, 4), later.StartDate);
        Assert.Equal(
            [new DateOnly(2025, 11, 4), new DateOnly(2025, 11, 27), new DateOnly(2025, 12, 4), new DateOnly(2025, 12, 7)],
            later.Items.Select(i => i.DueOn));
        Assert.Equal(
            [new DateOnly(2025, 10, 14), new DateOnly(2025, 11, 6), new DateOnly(2025, 11, 13), new DateOnly(2025, 11, 16)],
            earlier.Items.Select(i => i.DueOn));
    }

    [Fact]
    public async Task Tick_RecordsWhoAndWhen_ReopeningForgetsIt_AndAStaleTickIsAConflict()
    {
        var (_, visit) = await PlannedVisitWithChecklistAsync(new DateOnly(2025, 12, 1));
        var interpreters = (await Checklists.ForVisitAsync(visit))!.Items.Single(i => i.Title == "Interpreters booked");
        store.Clock.Advance(TimeSpan.FromMinutes(7));
        var tickedAt = store.Clock.GetUtcNow();

        var ticked = await Checklists.SetDoneAsync(Office, interpreters.Id, interpreters.Version, done: true);
        var stale = await Checklists.SetDoneAsync(Office, interpreters.Id, interpreters.Version, done: false);
        var byViewer = await Checklists.SetDoneAsync(Viewer, interpreters.Id, ticked.Version, done: false);
        var done = (await Checklists.ForVisitAsync(visit))!;

        Assert.Equal(SaveStatus.Saved, ticked.Status);
        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal(SaveStatus.Forbidden, byViewer.Status);
        var item = done.Items.Single(i => i.Id == interpreters.Id);
        Assert.Equal((tickedAt, "Aliya Office"), (item.DoneAt, item.DoneByName));
        Assert.Equal(1, done.DoneCount);
        await using (var db = store.NewContext())
        {
            Assert.Equal("id-aliya-office", (await db.ChecklistItems.SingleAsync(i => i.Id == interpreters.Id)).DoneByUserId);
        }

        var reopened = await Checklists.SetDoneAsync(Office, interpreters.Id, ticked.Version, done: false);
        var open = (await Checklists.ForVisitAsync(visit))!.Items.Single(i => i.Id == interpreters.Id);

        Assert.Equal(SaveStatus.Saved, reopened.Status);
        Assert.Equal((null, null), (open.DoneAt, open.DoneByName));
    }

    [Fact]
    public async Task Overdue_IsAnOpenItemDueBeforeToday()
    {
        var today = PlanningWorld.Today(store);
        var (_, visit) = await PlannedVisitWithChecklistAsync(today.AddDays(5));
        var interpreters = (await Checklists.ForVisitAsync(visit))!.Items.Single(i => i.Title == "Interpreters booked");
        await Checklists.SetDoneAsync(Office, interpreters.Id, interpreters.Version, done: true);

        var checklist = (await Checklists.ForVisitAsync(visit))!;

        Assert.Equal(
            [("Invitation letter sent", true), ("Interpreters booked", false), ("Signing room reserved", false), ("Photos archived", false)],
            checklist.Items.Select(i => (i.Title, i.IsOverdue)));
    }

    [Fact]
    public async Task ChangeOwner_NotifiesTheNewOwnerOnce_NotWhoeverChangedIt_AndRefusesAnAccountNotOffered()
    {
        var (accounts, visit) = await PlannedVisitWithChecklistAsync(new DateOnly(2026, 1, 15));
        var room = (await Checklists.ForVisitAsync(visit))!.Items.Single(i => i.Title == "Signing room reserved");
        var bolatBefore = (await PlanningWorld.NotificationsOfAsync(store, accounts.Bolat)).Count;
        var officeBefore = (await PlanningWorld.NotificationsOfAsync(store, accounts.Office)).Count;

        var toBolat = await Checklists.ChangeOwnerAsync(Office, room.Id, room.Version, accounts.Bolat);
        var toOffice = await Checklists.ChangeOwnerAsync(Office, room.Id, toBolat.Version, accounts.Office);
        var toNobody = await Checklists.ChangeOwnerAsync(Office, room.Id, toOffice.Version, string.Empty);
        var unknown = await Checklists.ChangeOwnerAsync(Office, room.Id, toNobody.Version, "no-such-account");
        var disabled = await Checklists.ChangeOwnerAsync(Office, room.Id, toNobody.Version, accounts.Disabled);

        Assert.All([toBolat, toOffice, toNobody], o => Assert.Equal(SaveStatus.Saved, o.Status));
        Assert.Equal(["Choose the owner from the list of accounts."], unknown.Errors![nameof(ChecklistItemInput.OwnerUserId)]);
        Assert.Equal(SaveStatus.Invalid, disabled.Status);
        Assert.Null((await Checklists.ForVisitAsync(visit))!.Items.Single(i => i.Id == room.Id).OwnerUserId);
        var bolat = (await PlanningWorld.NotificationsOfAsync(store, accounts.Bolat)).Skip(bolatBefore).ToList();
        Assert.Equal(
            [(NotificationKind.ChecklistAssigned, "You own “Signing room reserved” for “Kazakh delegation at XPI”.", $"/visits/{visit}")],
            bolat.Select(n => (n.Kind, n.Title, n.Link)));
        Assert.Equal(officeBefore, (await PlanningWorld.NotificationsOfAsync(store, accounts.Office)).Count);
    }

    [Fact]
    public async Task AddItem_AppendsItWithItsOwnerAndDueDate_AndRefusesWhatTheValidatorRefuses()
    {
        var (accounts, visit) = await PlannedVisitWithChecklistAsync(new DateOnly(2026, 2, 10));
        var bolatBefore = (await PlanningWorld.NotificationsOfAsync(store, accounts.Bolat)).Count;

        var added = await Checklists.AddItemAsync(Office, visit, new ChecklistItemInput { Title = "  Airport pick-up arranged ", OffsetDays = -1, OwnerUserId = accounts.Bolat });
        var untitled = await Checklists.AddItemAsync(Office, visit, new ChecklistItemInput { Title = " ", OffsetDays = 0 });
        var tooFar = await Checklists.AddItemAsync(Office, visit, new ChecklistItemInput { Title = "Plan next year's return visit", OffsetDays = 400 });
        var byViewer = await Checklists.AddItemAsync(Viewer, visit, new ChecklistItemInput { Title = "Coffee", OffsetDays = 0 });

        Assert.Equal(SaveStatus.Saved, added.Status);
        Assert.Equal(["Say what must be done."], untitled.Errors![nameof(ChecklistItemInput.Title)]);
        Assert.Equal(["A task falls at most 365 days before or after the visit's first day."], tooFar.Errors![nameof(ChecklistItemInput.OffsetDays)]);
        Assert.Equal(SaveStatus.Forbidden, byViewer.Status);
        var last = (await Checklists.ForVisitAsync(visit))!.Items[^1];
        Assert.Equal((added.Id, "Airport pick-up arranged", new DateOnly(2026, 2, 9), "Bolat Sarsenov"), (last.Id, last.Title, last.DueOn, last.OwnerName));
        Assert.Equal(5, (await Checklists.ForVisitAsync(visit))!.Items.Count);
        var bolat = (await PlanningWorld.NotificationsOfAsync(store, accounts.Bolat)).Skip(bolatBefore).Select(n => n.Title);
        Assert.Equal(["You own “Airport pick-up arranged” for “Kazakh delegation at XPI”."], bolat);
    }
}

public sealed class SqliteChecklistServiceTests(SqliteStore store) : ChecklistServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresChecklistServiceTests(PostgresStore store) : ChecklistServiceTests(store), IClassFixture<PostgresStore>;
