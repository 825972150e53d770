using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Checklists;

namespace PartnershipPortal.IntegrationTests.Demo;

/// <summary>The demo's reception planning: the suggested template, and a checklist for each planned or confirmed visit.</summary>
public abstract partial class DemoDataLoaderTests
{
    [Fact]
    public async Task Planning_HasTheSuggestedTemplate_AndAChecklistForEachPlannedOrConfirmedVisitOnly()
    {
        await LoadOnceAsync();
        await using var db = store.NewContext();
        var template = await db.ChecklistTemplate.AsNoTracking().OrderBy(t => t.Order).Select(t => new { t.Title, t.OffsetDays }).ToListAsync();
        var visits = await db.Visits.AsNoTracking()
            .Select(v => new { v.Status, v.StartDate, Items = db.ChecklistItems.Where(i => i.VisitId == v.Id).Select(i => new { i.OffsetDays, i.DoneAt, i.DoneByName }).ToList() })
            .ToListAsync();
        var itemsBefore = await db.ChecklistItems.CountAsync();

        await NewLoader().LoadAsync(CancellationToken.None);

        Assert.Equal(SuggestedChecklist.Items, template.Select(t => (t.Title, t.OffsetDays)));
        var planned = visits.Where(v => v.Status is VisitStatus.Planned or VisitStatus.Confirmed).ToList();
        Assert.True(planned.Count >= 10, $"{planned.Count} planned or confirmed visits");
        Assert.All(planned, v => Assert.Equal(SuggestedChecklist.Items.Count, v.Items.Count));
        Assert.All(visits.Except(planned), v => Assert.Empty(v.Items));
        var items = planned.SelectMany(v => v.Items.Select(i => (Due: v.StartDate.AddDays(i.OffsetDays), i.DoneAt, i.DoneByName))).ToList();
        Assert.All(items.Where(i => i.DoneAt is not null), i => Assert.True(i.Due < Today && i.DoneByName == "Demo International Office"));
        Assert.Contains(items, i => i.DoneAt is not null);
        Assert.Contains(items, i => i.DoneAt is null && i.Due < Today);
        Assert.Equal(itemsBefore, await db.ChecklistItems.CountAsync());
        Assert.Equal(template.Count, await db.ChecklistTemplate.CountAsync());
    }

    [Fact]
    public async Task Planning_TasksAndTheOfficersFollowUpsGoToTheDemoAccounts_OnceTheyExist()
    {
        await LoadOnceAsync();
        var loader = NewLoader();
        var beforeAccounts = await loader.AssignDemoOwnersAsync(CancellationToken.None);
        string office, administrator;
        await using (var db = store.NewContext())
        {
            var made = AccountSeeder.DemoAccounts.Take(2)
                .Select(a => new PortalUser { Id = Guid.NewGuid().ToString(), UserName = a.Email, Email = a.Email, DisplayName = a.Name }).ToList();
            db.Users.AddRange(made);
            await db.SaveChangesAsync();
            (administrator, office) = (made[0].Id, made[1].Id);
        }

        int officersFollowUps;
        await using (var db = store.NewContext())
        {
            officersFollowUps = await db.FollowUps.CountAsync(f => f.Owner!.FullName == "Huang Tao");
        }

        var assigned = await loader.AssignDemoOwnersAsync(CancellationToken.None);
        var again = await loader.AssignDemoOwnersAsync(CancellationToken.None);

        Assert.Equal(0, beforeAccounts);
        Assert.Equal(0, again);
        await using var read = store.NewContext();
        Assert.InRange(officersFollowUps, 3, int.MaxValue);
        Assert.Equal(assigned, await read.ChecklistTemplate.CountAsync() + await read.ChecklistItems.CountAsync() + officersFollowUps);
        Assert.Equal(officersFollowUps, await read.FollowUps.CountAsync(f => f.OwnerUserId == office));
        Assert.False(await read.FollowUps.AnyAsync(f => f.OwnerUserId != null && f.Owner!.FullName != "Huang Tao"));
        Assert.All(await read.ChecklistTemplate.AsNoTracking().ToListAsync(), t =>
            Assert.Equal(t.Title is "Gifts prepared" or "Signing room reserved" ? administrator : office, t.DefaultOwnerUserId));
        Assert.False(await read.ChecklistItems.AnyAsync(i => i.OwnerUserId == null));
    }
}
