using System.Security.Claims;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Checklists;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Checklists;

/// <summary>The office's template: started from the suggested list once, then added to, edited, reordered and archived.</summary>
public abstract class ChecklistTemplateServiceTests(TestStore store)
{
    private static readonly ClaimsPrincipal Office = TestUsers.InRoles("Aliya Office", PortalRoles.InternationalOffice);
    private static readonly ClaimsPrincipal Dean = TestUsers.InRoles("Dean Gulnara", PortalRoles.Dean);

    private ChecklistTemplateService Template => new(store.Contexts, new ChecklistItemInputValidator());

    /// <summary>Every test starts after the suggested list was taken into the empty template, whichever test runs first.</summary>
    private Task<(int First, int Second)> SuggestedAsync() => store.SeedOnceAsync("suggested", async _ =>
        (await Template.StartFromSuggestionsAsync(Office), await Template.StartFromSuggestionsAsync(Office)));

    [Fact]
    public async Task StartFromSuggestions_FillsAnEmptyTemplate_AndOnlyAnEmptyOne()
    {
        var (first, second) = await SuggestedAsync();

        Assert.Equal((10, 0), (first, second));
        var lines = await Template.ListAsync();
        Assert.Equal(SuggestedChecklist.Items, lines.Where(l => SuggestedChecklist.Items.Any(s => s.Title == l.Title)).Select(l => (l.Title, l.OffsetDays)));
        Assert.All(lines.Where(l => SuggestedChecklist.Items.Any(s => s.Title == l.Title)), l => Assert.Null(l.DefaultOwnerUserId));
    }

    [Fact]
    public async Task Lines_AreAddedAtTheEnd_EditedAgainstTheirVersion_Moved_Archived_AndRestored()
    {
        await SuggestedAsync();
        var owner = await PlanningWorld.AccountAsync(store, "Bolat Sarsenov");

        var added = await Template.AddAsync(Office, new ChecklistItemInput { Title = "Airport pick-up arranged", OffsetDays = -1, OwnerUserId = owner });
        var edited = await Template.UpdateAsync(Office, added.Id, added.Version, new ChecklistItemInput { Title = "Airport pick-up booked", OffsetDays = -2, OwnerUserId = owner });
        var stale = await Template.UpdateAsync(Office, added.Id, added.Version, new ChecklistItemInput { Title = "Airport pick-up", OffsetDays = -3 });
        var line = (await Template.ListAsync()).Where(l => !l.IsArchived).Last();

        Assert.Equal(SaveStatus.Saved, edited.Status);
        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal((added.Id, "Airport pick-up booked", -2, "Bolat Sarsenov"), (line.Id, line.Title, line.OffsetDays, line.DefaultOwnerName));

        var before = (await Template.ListAsync()).Where(l => !l.IsArchived).Select(l => l.Id).ToList();
        Assert.True((await Template.MoveAsync(Office, added.Id, -1)).Succeeded);
        var moved = (await Template.ListAsync()).Where(l => !l.IsArchived).Select(l => l.Id).ToList();
        Assert.Equal([.. before[..^2], before[^1], before[^2]], moved);

        var current = (await Template.ListAsync()).Single(l => l.Id == added.Id);
        Assert.True((await Template.SetArchivedAsync(Office, added.Id, current.Version, archived: true)).Succeeded);
        Assert.DoesNotContain(added.Id, (await Template.ListAsync()).Where(l => !l.IsArchived).Select(l => l.Id));
        Assert.Equal(added.Id, (await Template.ListAsync())[^1].Id);

        current = (await Template.ListAsync()).Single(l => l.Id == added.Id);
        Assert.True((await Template.SetArchivedAsync(Office, added.Id, current.Version, archived: false)).Succeeded);
        Assert.Equal(moved, (await Template.ListAsync()).Where(l => !l.IsArchived).Select(l => l.Id));
    }

    [Fact]
    public async Task OnlyEditors_ChangeTheTemplate_AndOnlyToAnEnabledAccount()
    {
        await SuggestedAsync();
        var first = (await Template.ListAsync())[0];
        var disabled = await PlanningWorld.AccountAsync(store, "Gone Away", disabled: true);

        Assert.Equal(SaveStatus.Forbidden, (await Template.AddAsync(Dean, new ChecklistItemInput { Title = "Flowers", OffsetDays = -1 })).Status);
        Assert.Equal(SaveStatus.Forbidden, (await Template.MoveAsync(Dean, first.Id, 1)).Status);
        Assert.Equal(SaveStatus.Forbidden, (await Template.SetArchivedAsync(Dean, first.Id, first.Version, archived: true)).Status);
        Assert.Equal(0, await Template.StartFromSuggestionsAsync(Dean));
        var refused = await Template.AddAsync(Office, new ChecklistItemInput { Title = "Flowers", OffsetDays = -1, OwnerUserId = disabled });
        Assert.Equal(["Choose the owner from the list of accounts."], refused.Errors![nameof(ChecklistItemInput.OwnerUserId)]);
        Assert.DoesNotContain(await Template.OwnerChoicesAsync(), c => c.UserId == disabled);
        Assert.Equal(first, (await Template.ListAsync())[0]);
    }
}

public sealed class SqliteChecklistTemplateServiceTests(SqliteStore store) : ChecklistTemplateServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresChecklistTemplateServiceTests(PostgresStore store) : ChecklistTemplateServiceTests(store), IClassFixture<PostgresStore>;
