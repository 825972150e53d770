using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Checklists;

namespace PartnershipPortal.Core.Features.Demo;

/// <summary>
/// The demo's reception planning: the suggested template, and a checklist for each planned or confirmed
/// visit in which what fell due before today is mostly done (every fifth such item is left overdue, to show
/// what that looks like). The demo accounts are made after the data, so owners are given afterwards.
/// </summary>
internal static class DemoChecklists
{
    /// <summary>Who ticked the demo's done items, by the name of the demo account that will own them.</summary>
    private const string DoneBy = "Demo International Office";

    /// <summary>Tasks that fall to the administrator in the demo; the office owns the rest.</summary>
    private static readonly HashSet<string> AdministratorTasks = new(StringComparer.Ordinal) { "Gifts prepared", "Signing room reserved" };

    public static (List<ChecklistTemplateItem> Template, List<VisitChecklistItem> Items) Build(IEnumerable<Visit> visits, DateOnly today, DateTimeOffset now)
    {
        var template = ChecklistTemplateService.Suggested().ToList();
        var items = new List<VisitChecklistItem>();
        var planned = visits.Where(v => ChecklistService.IsPlanned(v.Status)).OrderBy(v => v.StartDate).ToList();
        for (var v = 0; v < planned.Count; v++)
        {
            var visit = planned[v];
            foreach (var line in template)
            {
                var item = new VisitChecklistItem { Visit = visit, Title = line.Title, OffsetDays = line.OffsetDays, Order = line.Order };
                var due = item.DueOn(visit.StartDate);
                if (due < today && (v + line.Order) % 5 != 0)
                {
                    item.MarkDone(null, DoneBy, now.AddDays(due.DayNumber - today.DayNumber));
                }

                items.Add(item);
            }
        }

        return (template, items);
    }

    /// <summary>The office's member whose follow-up actions the demo office account takes on, so that its "Mine" list is not empty.</summary>
    public const string FollowUpOfficer = "Huang Tao";

    /// <summary>
    /// Gives the template's lines and the checklist items without an owner to the demo accounts, once they exist,
    /// and the office account the follow-up actions of <see cref="FollowUpOfficer"/>.
    /// </summary>
    public static async Task<int> AssignOwnersAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var emails = new[] { AccountSeeder.DemoAccounts[0].Email, AccountSeeder.DemoAccounts[1].Email };
        var accounts = await db.Users.Where(u => emails.Contains(u.Email)).ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        if (!accounts.TryGetValue(AccountSeeder.DemoAccounts[1].Email, out var office))
        {
            return 0;
        }

        var administrator = accounts.GetValueOrDefault(AccountSeeder.DemoAccounts[0].Email, office);
        string OwnerOf(string title) => AdministratorTasks.Contains(title) ? administrator : office;
        var lines = await db.ChecklistTemplate.Where(t => t.DefaultOwnerUserId == null).ToListAsync(cancellationToken);
        var items = await db.ChecklistItems.Where(i => i.OwnerUserId == null).ToListAsync(cancellationToken);
        var followUps = await db.FollowUps
            .Where(f => f.OwnerUserId == null && f.Owner != null && f.Owner.FullName == FollowUpOfficer && f.Owner.Institution!.IsHome)
            .ToListAsync(cancellationToken);
        lines.ForEach(t => t.DefaultOwnerUserId = OwnerOf(t.Title));
        items.ForEach(i => i.OwnerUserId = OwnerOf(i.Title));
        followUps.ForEach(f => f.OwnerUserId = office);
        await db.SaveChangesAsync(cancellationToken);
        return lines.Count + items.Count + followUps.Count;
    }
}
