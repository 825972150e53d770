using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Checklists;

/// <summary>Accounts, visits, checklist items and follow-ups written straight to a test store, each test its own.</summary>
internal static class PlanningWorld
{
    public static DateOnly Today(TestStore store) => DateOnly.FromDateTime(store.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A new enabled account with an e-mail address; returns its id.</summary>
    public static async Task<string> AccountAsync(TestStore store, string name, bool disabled = false)
    {
        var id = Guid.NewGuid().ToString();
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{id[..8]}@xpi.example";
        await using var db = store.NewContext();
        db.Users.Add(new PortalUser { Id = id, UserName = email, Email = email, DisplayName = name, IsDisabled = disabled, CreatedAt = store.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>A new inbound visit of two days from <paramref name="start"/>, hosted by a new institution; returns its id.</summary>
    public static async Task<int> VisitAsync(TestStore store, DateOnly start, VisitStatus status = VisitStatus.Planned, string title = "Kazakh delegation at XPI")
    {
        var host = new Institution { Name = $"Host {Guid.NewGuid():N}", Kind = InstitutionKind.VocationalSchool, CountryCode = "CN" };
        var visit = new Visit { Title = title, Direction = VisitDirection.Inbound, HostInstitution = host, Status = status, TimeZoneId = "Asia/Shanghai" };
        visit.Schedule(start, start.AddDays(1));
        await using var db = store.NewContext();
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        return visit.Id;
    }

    public static async Task<int> ChecklistItemAsync(TestStore store, int visitId, string title, int offsetDays, string? ownerUserId, bool done = false)
    {
        var item = new VisitChecklistItem { VisitId = visitId, Title = title, OffsetDays = offsetDays, OwnerUserId = ownerUserId };
        if (done)
        {
            item.MarkDone(ownerUserId, "Dana Abenova", store.Clock.GetUtcNow());
        }

        await using var db = store.NewContext();
        db.ChecklistItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }

    /// <summary>Moves a visit to new dates, as editing it would.</summary>
    public static async Task MoveVisitAsync(TestStore store, int visitId, int days)
    {
        await using var db = store.NewContext();
        var visit = await db.Visits.SingleAsync(v => v.Id == visitId);
        visit.Schedule(visit.StartDate.AddDays(days), visit.EndDate.AddDays(days));
        await db.SaveChangesAsync();
    }

    public static async Task<List<Notification>> NotificationsOfAsync(TestStore store, string userId)
    {
        await using var db = store.NewContext();
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id).ToListAsync();
    }
}
