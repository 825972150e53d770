using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Visits;

public abstract class VisitDraftServiceTests(TestStore store)
{
    private VisitDraftService Drafts => new(store.Contexts);

    private VisitEditor Editor => new(store.Contexts, new VisitInputValidator(), new CancelVisitInputValidator(), store.Clock,
        new Core.Features.Checklists.ChecklistService(store.Contexts, new Core.Features.Checklists.ChecklistItemInputValidator(), new Core.Features.Notifications.NotificationService(store.Contexts, store.Clock), store.Clock));

    /// <summary>A signed-in member of the office whose account exists, as drafts belong to accounts.</summary>
    private Task<ClaimsPrincipal> AccountAsync(string name, string role = PortalRoles.InternationalOffice) => TestUsers.StoredAsync(store, name, role);

    [Fact]
    public async Task SaveDraft_KeepsTheInputAsTyped_EvenIncomplete_AndNamesItUntitled()
    {
        var user = await AccountAsync("Dana Drafts");
        var input = new VisitInput { Place = "Xianyang", Delegation = new DelegationInput { DeclaredSize = 15 } };

        var saved = await Drafts.SaveDraftAsync(user, null, null, null, 1, input);
        var loaded = await Drafts.LoadAsync(user, saved.Id);

        Assert.Equal(SaveStatus.Saved, saved.Status);
        Assert.Equal((VisitDraftService.UntitledVisit, 1, (int?)null), (loaded!.Title, loaded.Step, loaded.VisitId));
        Assert.Equal(JsonSerializer.Serialize(input), JsonSerializer.Serialize(loaded.Input));
        Assert.Equal([(saved.Id, "Untitled visit")], (await Drafts.ListMineAsync(user)).Select(d => (d.Id, d.Title)));
    }

    [Fact]
    public async Task SaveDraft_Again_ReplacesItsContent_AndListsTheLatestFirst()
    {
        var user = await AccountAsync("Erlan Drafts");
        var first = await Drafts.SaveDraftAsync(user, null, null, null, 0, new VisitInput { Title = "Delegation from Almaty" });
        store.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await Drafts.SaveDraftAsync(user, null, null, null, 0, new VisitInput { Title = "Delegation from Aktobe" });
        store.Clock.Advance(TimeSpan.FromMinutes(5));

        var again = await Drafts.SaveDraftAsync(user, first.Id, null, null, 3, new VisitInput { Title = "  Delegation from Almaty, with ERG  " });

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(["Delegation from Almaty, with ERG 3", "Delegation from Aktobe 0"], (await Drafts.ListMineAsync(user)).Select(d => $"{d.Title} {d.Step}"));
        Assert.Equal(2, await Drafts.CountMineAsync(user));
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task Drafts_AreSeenOpenedAndDiscardedOnlyByTheirOwner()
    {
        var owner = await AccountAsync("Gulnara Owner");
        var other = await AccountAsync("Marat Other");
        var saved = await Drafts.SaveDraftAsync(owner, null, null, null, 2, new VisitInput { Title = "Private draft" });

        Assert.Empty(await Drafts.ListMineAsync(other));
        Assert.Null(await Drafts.LoadAsync(other, saved.Id));
        Assert.False(await Drafts.DiscardAsync(other, saved.Id));
        Assert.Equal(SaveStatus.NotFound, (await Drafts.SaveDraftAsync(other, saved.Id, null, null, 0, new VisitInput { Title = "Taken over" })).Status);
        Assert.Equal(SaveStatus.Forbidden, (await Drafts.SaveDraftAsync(TestUsers.InRoles("Vera Viewer", PortalRoles.Viewer), null, null, null, 0, new VisitInput())).Status);
        Assert.Equal("Private draft", (await Drafts.LoadAsync(owner, saved.Id))!.Title);

        Assert.True(await Drafts.DiscardAsync(owner, saved.Id));
        Assert.Null(await Drafts.LoadAsync(owner, saved.Id));
        Assert.Empty(await Drafts.ListMineAsync(owner));
    }

    [Fact]
    public async Task FinishingADraft_RemovesIt_WithTheSave_ButAFailedSaveKeepsIt()
    {
        var user = await AccountAsync("Aliya Office");
        var world = await VisitWorld.SeedOnceAsync(store);
        var input = world.ReferenceInput();
        var draft = await Drafts.SaveDraftAsync(user, null, null, null, 6, input);
        input.AgendaItems[1].FacilityId = world.StrangersLab;

        var refused = await Editor.CreateAsync(user, input, draft.Id);
        Assert.Equal(SaveStatus.Invalid, refused.Status);
        Assert.NotNull(await Drafts.LoadAsync(user, draft.Id));

        input.AgendaItems[1].FacilityId = world.CncCenter;
        var saved = await Editor.CreateAsync(user, input, draft.Id);
        Assert.Equal(SaveStatus.Saved, saved.Status);
        Assert.Null(await Drafts.LoadAsync(user, draft.Id));
    }

    [Fact]
    public async Task ADraftOfAnExistingVisit_KeepsTheVersionItStartedFrom()
    {
        var user = await AccountAsync("Saule Editor");
        var world = await VisitWorld.SeedOnceAsync(store);
        var created = await Editor.CreateAsync(user, world.ReferenceInput());
        var input = (await Editor.LoadAsync(created.Id))!.Value.Input;
        input.Outcomes.Add("A second visit is planned.");

        var draft = await Drafts.SaveDraftAsync(user, null, created.Id, created.Version, 5, input);
        var loaded = (await Drafts.LoadAsync(user, draft.Id))!;

        Assert.Equal((created.Id, created.Version), (loaded.VisitId, loaded.VisitVersion));
        var finished = await Editor.UpdateAsync(user, created.Id, loaded.VisitVersion!.Value, loaded.Input, loaded.Id);
        Assert.Equal(SaveStatus.Saved, finished.Status);
        await using var db = store.NewContext();
        Assert.False(await db.VisitDrafts.AnyAsync(d => d.Id == draft.Id));
    }
}

public sealed class SqliteVisitDraftServiceTests(SqliteStore store) : VisitDraftServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresVisitDraftServiceTests(PostgresStore store) : VisitDraftServiceTests(store), IClassFixture<PostgresStore>;
