using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.FollowUps;
using PartnershipPortal.Core.Features.Notifications;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.FollowUps;

/// <summary>Follow-up actions on both stores: who owns them, what is overdue by the fake clock, who completed them, who was told.</summary>
public abstract class FollowUpServiceTests(TestStore store)
{
    private FollowUpService FollowUps => new(store.Contexts, new FollowUpInputValidator(), new NotificationService(store.Contexts, store.Clock), store.Clock);

    private DateOnly Today => DateOnly.FromDateTime(store.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A visit and an agreement whose titles no other test uses, so that a text filter finds only this test's actions.</summary>
    private sealed record World(string Tag, int Visit, int Agreement, int Contact, ClaimsPrincipal Office, ClaimsPrincipal Dana, ClaimsPrincipal Erlan);

    private async Task<World> WorldAsync()
    {
        var tag = $"Oskemen {Guid.NewGuid():N}"[..16];
        var host = new Institution { Name = $"East Kazakhstan Technical University {tag}", Kind = InstitutionKind.University, CountryCode = "KZ" };
        var visit = new Visit { Title = $"Delegation from {tag}", Direction = VisitDirection.Inbound, HostInstitution = host, Status = VisitStatus.Completed };
        visit.Schedule(new DateOnly(2025, 5, 20), new DateOnly(2025, 5, 20));
        var agreement = new CooperationAgreement { Title = $"Memorandum with {tag}", Kind = AgreementKind.MemorandumOfUnderstanding };
        var contact = new Person { FullName = "Assiya Mashekenova", Institution = host };
        var office = await AccountAsync($"Aliya Office {tag[^6..]}", PortalRoles.InternationalOffice);
        var dana = await AccountAsync($"Dana Abenova {tag[^6..]}", PortalRoles.Viewer);
        var erlan = await AccountAsync($"Erlan Safin {tag[^6..]}", PortalRoles.Dean);
        await using var db = store.NewContext();
        db.AddRange(visit, agreement, contact);
        await db.SaveChangesAsync();
        return new World(tag, visit.Id, agreement.Id, contact.Id, office, dana, erlan);
    }

    /// <summary>A stored account and the principal the services see for it.</summary>
    private async Task<ClaimsPrincipal> AccountAsync(string name, string role, bool disabled = false)
    {
        var principal = TestUsers.InRoles(name, role);
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await using var db = store.NewContext();
        db.Users.Add(new PortalUser { Id = id, UserName = $"{id}@test.example", Email = $"{id}@test.example", DisplayName = name, IsDisabled = disabled, CreatedAt = store.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
        return principal;
    }

    private static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private static FollowUpInput OnVisit(World world, string title, ClaimsPrincipal? owner, DateOnly? due = null) =>
        new() { Title = title, VisitId = world.Visit, OwnerUserId = owner is null ? null : IdOf(owner), DueOn = due };

    private async Task<FollowUpRow> CreateAsync(World world, FollowUpInput input)
    {
        var outcome = await FollowUps.CreateAsync(world.Office, input);
        Assert.Equal(SaveStatus.Saved, outcome.Status);
        return (await FollowUps.GetAsync(outcome.Id))!;
    }

    private Task<Page<FollowUpRow>> ListAsync(World world, ClaimsPrincipal user, FollowUpFilter filter, string? sort = null) =>
        FollowUps.ListAsync(user, filter, new ListRequest(world.Tag, sort));

    private async Task<List<(NotificationKind Kind, string Title, string? Link)>> NotificationsOfAsync(ClaimsPrincipal user)
    {
        var id = IdOf(user);
        await using var db = store.NewContext();
        var stored = await db.Notifications.AsNoTracking().Where(n => n.UserId == id).OrderBy(n => n.Id).Select(n => new { n.Kind, n.Title, n.Link }).ToListAsync();
        return stored.Select(n => (n.Kind, n.Title, n.Link)).ToList();
    }

    [Fact]
    public async Task Create_OnAVisitAndAnAgreement_StoresWhatWasEntered_AndListsThemUnderMineAndAll()
    {
        var world = await WorldAsync();
        var prospectus = await CreateAsync(world, new FollowUpInput
        {
            Title = "  Send the Qinling Workshop prospectus  ",
            Notes = "In Russian and English",
            VisitId = world.Visit,
            OwnerUserId = IdOf(world.Dana),
            OwnerPersonId = world.Contact,
            DueOn = Today.AddDays(14),
        });
        await CreateAsync(world, OnVisit(world, "Book the return visit", world.Erlan));
        await CreateAsync(world, new FollowUpInput { Title = "Register the memorandum", AgreementId = world.Agreement, OwnerUserId = IdOf(world.Dana) });
        await CreateAsync(world, OnVisit(world, "Archive the photos", owner: null));

        Assert.Equal("Send the Qinling Workshop prospectus", prospectus.Title);
        Assert.Equal("In Russian and English", prospectus.Notes);
        Assert.Equal((IdOf(world.Dana), world.Dana.FindFirstValue(ClaimTypes.Name)), (prospectus.OwnerUserId, prospectus.OwnerName));
        Assert.Equal((world.Contact, "Assiya Mashekenova"), (prospectus.ContactPersonId, prospectus.ContactPerson));
        Assert.Equal((FollowUpSubject.OfVisit(world.Visit), $"Delegation from {world.Tag}"), (prospectus.Subject, prospectus.SubjectTitle));
        Assert.Equal((FollowUpStatus.Open, false, (DateTimeOffset?)null, (string?)null), (prospectus.Status, prospectus.IsOverdue, prospectus.CompletedAt, prospectus.CompletedBy));

        var danasOwn = await ListAsync(world, world.Dana, new FollowUpFilter(FollowUpScope.Mine), sort: "title");
        Assert.Equal(["Register the memorandum", "Send the Qinling Workshop prospectus"], danasOwn.Items.Select(r => r.Title));
        Assert.Equal(1, (await ListAsync(world, world.Erlan, new FollowUpFilter(FollowUpScope.Mine))).TotalCount);
        Assert.Equal(0, (await ListAsync(world, world.Office, new FollowUpFilter(FollowUpScope.Mine))).TotalCount);
        Assert.Equal(4, (await ListAsync(world, world.Office, new FollowUpFilter(FollowUpScope.All))).TotalCount);
        Assert.Equal(3, (await ListAsync(world, world.Office, new FollowUpFilter(FollowUpScope.All, Subject: FollowUpSubjectKind.Visit))).TotalCount);
        var onAgreement = await ListAsync(world, world.Office, new FollowUpFilter(FollowUpScope.All, Subject: FollowUpSubjectKind.Agreement));
        Assert.Equal([(FollowUpSubject.OfAgreement(world.Agreement), $"Memorandum with {world.Tag}")], onAgreement.Items.Select(r => (r.Subject, r.SubjectTitle)));
    }

    [Fact]
    public async Task ForSubject_ListsDatedActionsByDueDate_ThenUndatedOnes()
    {
        var world = await WorldAsync();
        await CreateAsync(world, OnVisit(world, "Archive the photos", owner: null));
        await CreateAsync(world, OnVisit(world, "Send the prospectus", world.Dana, Today.AddDays(14)));
        await CreateAsync(world, OnVisit(world, "Thank the delegation", world.Dana, Today.AddDays(2)));

        var rows = await FollowUps.ForSubjectAsync(FollowUpSubject.OfVisit(world.Visit));

        Assert.Equal(["Thank the delegation", "Send the prospectus", "Archive the photos"], rows.Select(r => r.Title));
        Assert.Empty(await FollowUps.ForSubjectAsync(FollowUpSubject.OfAgreement(world.Agreement)));
    }

    [Fact]
    public async Task Overdue_FollowsTheClock_AndEndsWhenTheActionIsDone()
    {
        var world = await WorldAsync();
        var soon = await CreateAsync(world, OnVisit(world, "Thank the delegation", world.Dana, Today.AddDays(2)));
        await CreateAsync(world, OnVisit(world, "Send the prospectus", world.Dana, Today.AddDays(10)));
        await CreateAsync(world, OnVisit(world, "Book the return visit", world.Erlan, Today.AddDays(1)));
        var overdueOnly = new FollowUpFilter(FollowUpScope.Mine, OverdueOnly: true);

        Assert.Equal(0, (await ListAsync(world, world.Dana, overdueOnly)).TotalCount);
        Assert.Equal(0, await FollowUps.MyOverdueCountAsync(world.Dana));

        store.Clock.Advance(TimeSpan.FromDays(3));
        var overdue = await ListAsync(world, world.Dana, overdueOnly);
        Assert.Equal([("Thank the delegation", true)], overdue.Items.Select(r => (r.Title, r.IsOverdue)));
        Assert.Equal(1, await FollowUps.MyOverdueCountAsync(world.Dana));
        Assert.Equal(1, await FollowUps.MyOverdueCountAsync(world.Erlan));
        Assert.Equal(2, (await ListAsync(world, world.Office, overdueOnly with { Scope = FollowUpScope.All })).TotalCount);

        var done = await FollowUps.ChangeStatusAsync(world.Office, soon.Id, soon.Version, FollowUpStatus.Done);
        Assert.Equal(SaveStatus.Saved, done.Status);
        Assert.Equal(0, (await ListAsync(world, world.Dana, overdueOnly)).TotalCount);
        Assert.Equal(0, await FollowUps.MyOverdueCountAsync(world.Dana));
    }

    [Fact]
    public async Task List_FiltersByStatusAndDueRange_AndSortsByDueDate()
    {
        var world = await WorldAsync();
        var thank = await CreateAsync(world, OnVisit(world, "Thank the delegation", world.Dana, Today.AddDays(2)));
        await CreateAsync(world, OnVisit(world, "Send the prospectus", world.Dana, Today.AddDays(10)));
        await CreateAsync(world, OnVisit(world, "Book the return visit", world.Dana, Today.AddDays(30)));
        await CreateAsync(world, OnVisit(world, "Archive the photos", world.Dana));
        var cancelled = await CreateAsync(world, OnVisit(world, "Order gifts", world.Dana, Today.AddDays(5)));
        await FollowUps.ChangeStatusAsync(world.Office, thank.Id, thank.Version, FollowUpStatus.Done);
        await FollowUps.ChangeStatusAsync(world.Office, cancelled.Id, cancelled.Version, FollowUpStatus.Cancelled);
        var all = new FollowUpFilter(FollowUpScope.All);

        var open = await ListAsync(world, world.Office, all);
        var byDue = await ListAsync(world, world.Office, all, sort: "due");
        var between = await ListAsync(world, world.Office, all with { Status = FollowUpStatusFilter.All, DueFrom = Today.AddDays(3), DueTo = Today.AddDays(10) });

        Assert.Equal(["Send the prospectus", "Book the return visit", "Archive the photos"], open.Items.Select(r => r.Title));
        Assert.Equal(open.Items.Select(r => r.Id), byDue.Items.Select(r => r.Id));
        Assert.Equal(
            ["Archive the photos", "Book the return visit", "Send the prospectus"],
            (await FollowUps.ListAsync(world.Office, all, new ListRequest(world.Tag, "due", Descending: true))).Items.Select(r => r.Title));
        Assert.Equal(["Thank the delegation"], (await ListAsync(world, world.Office, all with { Status = FollowUpStatusFilter.Done })).Items.Select(r => r.Title));
        Assert.Equal(["Order gifts"], (await ListAsync(world, world.Office, all with { Status = FollowUpStatusFilter.Cancelled })).Items.Select(r => r.Title));
        Assert.Equal(5, (await ListAsync(world, world.Office, all with { Status = FollowUpStatusFilter.All })).TotalCount);
        Assert.Equal(["Order gifts", "Send the prospectus"], between.Items.Select(r => r.Title));
    }

    [Fact]
    public async Task Completing_RecordsWhoAndWhen_AndReopeningClearsIt()
    {
        var world = await WorldAsync();
        var action = await CreateAsync(world, OnVisit(world, "Send the prospectus", world.Dana, Today.AddDays(10)));
        store.Clock.Advance(TimeSpan.FromMinutes(90));
        var completedAt = store.Clock.GetUtcNow();

        var done = await FollowUps.ChangeStatusAsync(world.Office, action.Id, action.Version, FollowUpStatus.Done);
        var completed = (await FollowUps.GetAsync(action.Id))!;
        var reopened = await FollowUps.ChangeStatusAsync(world.Office, action.Id, done.Version, FollowUpStatus.Open);
        var open = (await FollowUps.GetAsync(action.Id))!;

        Assert.Equal(SaveStatus.Saved, done.Status);
        Assert.Equal((FollowUpStatus.Done, completedAt, world.Office.FindFirstValue(ClaimTypes.Name)), (completed.Status, completed.CompletedAt, completed.CompletedBy));
        Assert.Equal(SaveStatus.Saved, reopened.Status);
        Assert.Equal((FollowUpStatus.Open, (DateTimeOffset?)null, (string?)null), (open.Status, open.CompletedAt, open.CompletedBy));
        await using var db = store.NewContext();
        Assert.Null((await db.FollowUps.AsNoTracking().SingleAsync(f => f.Id == action.Id)).CompletedByUserId);
    }

    [Fact]
    public async Task Completing_ThroughTheEditForm_RecordsWhoAndWhenToo()
    {
        var world = await WorldAsync();
        var action = await CreateAsync(world, OnVisit(world, "Send the prospectus", world.Dana));
        var input = action.ToInput();
        input.Status = FollowUpStatus.Done;

        var saved = await FollowUps.UpdateAsync(world.Office, action.Id, action.Version, input);

        Assert.Equal(SaveStatus.Saved, saved.Status);
        var completed = (await FollowUps.GetAsync(action.Id))!;
        Assert.Equal((FollowUpStatus.Done, store.Clock.GetUtcNow(), world.Office.FindFirstValue(ClaimTypes.Name)), (completed.Status, completed.CompletedAt, completed.CompletedBy));
        await using var db = store.NewContext();
        Assert.Equal(IdOf(world.Office), (await db.FollowUps.AsNoTracking().SingleAsync(f => f.Id == action.Id)).CompletedByUserId);
    }

    [Fact]
    public async Task GivingAnActionToAnAccount_NotifiesItOnce_AndAgainOnlyWhenTheOwnerChanges()
    {
        var world = await WorldAsync();
        var action = await CreateAsync(world, OnVisit(world, "Send the prospectus", world.Dana, new DateOnly(2025, 6, 20)));
        var retitled = action.ToInput();
        retitled.Title = "Send the prospectus in Russian";
        var afterRetitle = await FollowUps.UpdateAsync(world.Office, action.Id, action.Version, retitled);
        Assert.Equal(SaveStatus.Saved, afterRetitle.Status);
        Assert.Equal(
            [(NotificationKind.FollowUpAssigned, "You own the follow-up “Send the prospectus”, due 20 June 2025", $"/visits/{world.Visit}")],
            await NotificationsOfAsync(world.Dana));

        var toErlan = retitled;
        toErlan.OwnerUserId = IdOf(world.Erlan);
        var afterReassign = await FollowUps.UpdateAsync(world.Office, action.Id, afterRetitle.Version, toErlan);
        Assert.Equal(SaveStatus.Saved, afterReassign.Status);
        Assert.Single(await NotificationsOfAsync(world.Dana));
        Assert.Equal(
            [(NotificationKind.FollowUpAssigned, "You own the follow-up “Send the prospectus in Russian”, due 20 June 2025", $"/visits/{world.Visit}")],
            await NotificationsOfAsync(world.Erlan));

        toErlan.OwnerUserId = IdOf(world.Dana);
        Assert.Equal(SaveStatus.Saved, (await FollowUps.UpdateAsync(world.Office, action.Id, afterReassign.Version, toErlan)).Status);
        Assert.Equal(2, (await NotificationsOfAsync(world.Dana)).Count);
        Assert.Single(await NotificationsOfAsync(world.Erlan));
    }

    [Fact]
    public async Task TakingAnActionOneself_OrOnAnAgreement_NotifiesTheRightPeople()
    {
        var world = await WorldAsync();
        await CreateAsync(world, OnVisit(world, "Thank the delegation", world.Office));
        await CreateAsync(world, new FollowUpInput { Title = "Register the memorandum", AgreementId = world.Agreement, OwnerUserId = IdOf(world.Erlan) });

        Assert.Empty(await NotificationsOfAsync(world.Office));
        Assert.Equal(
            [(NotificationKind.FollowUpAssigned, "You own the follow-up “Register the memorandum”", $"/agreements/{world.Agreement}")],
            await NotificationsOfAsync(world.Erlan));
    }

    [Fact]
    public async Task StaleEdit_IsRefusedWithTheConflict_AndKeepsTheNewerVersion()
    {
        var world = await WorldAsync();
        var action = await CreateAsync(world, OnVisit(world, "Send the prospectus", world.Dana));
        var theirs = action.ToInput();
        theirs.Title = "Send the prospectus by courier";
        var mine = action.ToInput();
        mine.Title = "Send the prospectus by e-mail";

        var first = await FollowUps.UpdateAsync(world.Office, action.Id, action.Version, theirs);
        var second = await FollowUps.UpdateAsync(world.Office, action.Id, action.Version, mine);
        var staleDone = await FollowUps.ChangeStatusAsync(world.Office, action.Id, action.Version, FollowUpStatus.Done);

        Assert.Equal(SaveStatus.Saved, first.Status);
        Assert.Equal(SaveStatus.Conflict, second.Status);
        Assert.Equal(nameof(FollowUpAction), second.Conflict!.RecordType);
        Assert.Equal([new FieldConflict("Title", "Send the prospectus by e-mail", "Send the prospectus by courier")], second.Conflict.Fields);
        Assert.Equal(first.Version, second.Conflict.StoredVersion);
        Assert.Equal(SaveStatus.Conflict, staleDone.Status);
        var stored = (await FollowUps.GetAsync(action.Id))!;
        Assert.Equal(("Send the prospectus by courier", FollowUpStatus.Open), (stored.Title, stored.Status));
    }

    [Fact]
    public async Task OnlyStaffWhoEdit_MayAddOrCompleteActions()
    {
        var world = await WorldAsync();
        var action = await CreateAsync(world, OnVisit(world, "Send the prospectus", world.Dana));

        Assert.Equal(SaveStatus.Forbidden, (await FollowUps.CreateAsync(world.Dana, OnVisit(world, "Thank the delegation", world.Dana))).Status);
        Assert.Equal(SaveStatus.Forbidden, (await FollowUps.ChangeStatusAsync(world.Dana, action.Id, action.Version, FollowUpStatus.Done)).Status);
        Assert.Equal(SaveStatus.Forbidden, (await FollowUps.UpdateAsync(world.Erlan, action.Id, action.Version, action.ToInput())).Status);
        Assert.Equal(SaveStatus.NotFound, (await FollowUps.ChangeStatusAsync(world.Office, int.MaxValue, action.Version, FollowUpStatus.Done)).Status);
        Assert.Equal(["Send the prospectus"], (await FollowUps.ForSubjectAsync(FollowUpSubject.OfVisit(world.Visit))).Select(r => r.Title));
    }

    [Fact]
    public async Task BadInput_IsReportedBesideItsField_AndNothingIsSaved()
    {
        var world = await WorldAsync();
        var disabled = await AccountAsync($"Old Account {world.Tag[^6..]}", PortalRoles.InternationalOffice, disabled: true);

        var empty = await FollowUps.CreateAsync(world.Office, OnVisit(world, "   ", world.Dana));
        var tooLong = await FollowUps.CreateAsync(world.Office, OnVisit(world, new string('a', 301), world.Dana));
        var unknownOwner = await FollowUps.CreateAsync(world.Office, new FollowUpInput { Title = "Send the prospectus", VisitId = world.Visit, OwnerUserId = "no-such-account" });
        var absurdYear = await FollowUps.CreateAsync(world.Office, OnVisit(world, "Send the prospectus", world.Dana, new DateOnly(2205, 6, 20)));
        var farAhead = await FollowUps.CreateAsync(world.Office, OnVisit(world, "Send the prospectus", world.Dana, Today.AddYears(11)));
        var toDisabled = await FollowUps.CreateAsync(world.Office, OnVisit(world, "Send the prospectus", disabled));
        var unknownVisit = await FollowUps.CreateAsync(world.Office, new FollowUpInput { Title = "Send the prospectus", VisitId = int.MaxValue });

        Assert.Equal(["Say what must be done."], empty.Errors!["Title"]);
        Assert.Equal(["The title can be at most 300 characters long (this one has 301)."], tooLong.Errors!["Title"]);
        Assert.Equal(["Enter a due date between 2000 and 2099: check the year."], absurdYear.Errors!["DueOn"]);
        var latest = ValidationRules.DisplayDate(Today.AddYears(10));
        Assert.Equal([$"A due date more than 10 years ahead (after {latest}) is surely a typing error: check the year."], farAhead.Errors!["DueOn"]);
        Assert.Equal(["This account is disabled: choose another account."], toDisabled.Errors!["OwnerUserId"]);
        Assert.Equal(["This visit no longer exists."], unknownVisit.Errors!["VisitId"]);
        Assert.Equal(["There is no such account: choose the account responsible from the list."], unknownOwner.Errors!["OwnerUserId"]);
        Assert.All([empty, tooLong, unknownOwner, absurdYear, farAhead, toDisabled, unknownVisit], outcome => Assert.Single(outcome.Errors!));
        Assert.Empty(await FollowUps.ForSubjectAsync(FollowUpSubject.OfVisit(world.Visit)));
        Assert.Empty(await NotificationsOfAsync(world.Dana));
    }
}

public sealed class SqliteFollowUpServiceTests(SqliteStore store) : FollowUpServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresFollowUpServiceTests(PostgresStore store) : FollowUpServiceTests(store), IClassFixture<PostgresStore>;
