using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Checklists;

/// <summary>An account that can own a reception task, as pickers list it.</summary>
public sealed record OwnerChoice(string UserId, string Name);

/// <summary>Who may own a reception task: any enabled account of the portal.</summary>
internal static class ChecklistOwners
{
    public static async Task<IReadOnlyList<OwnerChoice>> ChoicesAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled)
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new OwnerChoice(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);

    /// <summary>Null when the owner may be chosen (none, or an enabled account); otherwise the refusal to return.</summary>
    public static async Task<SaveOutcome?> RefusalAsync(PortalDbContext db, string? ownerUserId, CancellationToken cancellationToken)
    {
        if (ownerUserId is null || await db.Users.AnyAsync(u => u.Id == ownerUserId && !u.IsDisabled, cancellationToken))
        {
            return null;
        }

        return SaveOutcome.Invalid(nameof(ChecklistItemInput.OwnerUserId), "Choose the owner from the list of accounts.");
    }

    /// <summary>An empty choice means nobody.</summary>
    public static string? Clean(string? ownerUserId) => string.IsNullOrWhiteSpace(ownerUserId) ? null : ownerUserId;
}
