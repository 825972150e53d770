using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Features.Accounts;
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

    /// <summary>
    /// What every save of a checklist line or template line does first: the user may edit, the input passes its
    /// validator, the owner chosen is nobody or an enabled account. Then <paramref name="save"/> writes, on a
    /// context acting as the user, with the owner cleaned.
    /// </summary>
    public static async Task<SaveOutcome> SaveAsync(
        IDbContextFactory<PortalDbContext> contexts, ClaimsPrincipal user, IValidator<ChecklistItemInput> validator, ChecklistItemInput input,
        Func<PortalDbContext, string?, Task<SaveOutcome>> save, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(save);
        if (await Saving.RefusalAsync(user, validator, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var owner = Clean(input.OwnerUserId);
        return await RefusalAsync(db, owner, cancellationToken) ?? await save(db, owner);
    }

    /// <summary>An empty choice means nobody.</summary>
    public static string? Clean(string? ownerUserId) => string.IsNullOrWhiteSpace(ownerUserId) ? null : ownerUserId;
}
