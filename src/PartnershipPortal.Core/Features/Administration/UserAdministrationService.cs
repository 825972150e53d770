using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Administration;

/// <summary>
/// Accounts as administrators manage them: the list, one account, and every change to an account. Each
/// change checks, against the store, that the acting user is an enabled administrator, runs in one
/// transaction, and is recorded in the change history under that administrator's name.
/// </summary>
/// <remarks>
/// Each change opens its own service scope, so Identity's <see cref="UserManager{TUser}"/> works on a fresh
/// context: in a Blazor circuit the scoped context would otherwise live as long as the circuit, serve
/// stale accounts and keep the edits of a failed save for the next one.
/// </remarks>
public sealed class UserAdministrationService(
    IServiceScopeFactory scopes,
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    IValidator<AccountInput> accountValidator,
    IValidator<AccountAccessInput> accessValidator)
{
    public const string NotAllowed = "Only an enabled administrator can change accounts.";
    public const string NoSuchAccount = "This account does not exist any more.";

    public async Task<Page<UserRow>> ListAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Users.AsNoTracking();
        if (request.Text?.Trim() is { Length: > 0 } text)
        {
            var lower = text.ToLowerInvariant();
            var upper = text.ToUpperInvariant();
            query = query.Where(u => u.DisplayName.ToLower().Contains(lower) || u.NormalizedEmail!.Contains(upper));
        }

        var total = await query.CountAsync(cancellationToken);
        var size = request.SafePageSize;
        var page = Math.Min(request.SafePage, Math.Max(1, (total + size - 1) / size));
        var users = await Sort(query, request.Sort, request.Descending)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsDisabled, u.LastSignInAt })
            .ToListAsync(cancellationToken);

        var ids = users.Select(u => u.Id).ToList();
        var roles = await RolesOfAsync(db, ids, cancellationToken);
        var units = (await db.DeanUnits.AsNoTracking()
                .Where(d => ids.Contains(d.UserId))
                .Select(d => new { d.UserId, d.Unit!.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.UserId, d => d.Name);
        var rows = users
            .Select(u => new UserRow(u.Id, u.DisplayName, u.Email, u.IsDisabled, u.LastSignInAt, roles[u.Id].ToList(), units[u.Id].Order(StringComparer.CurrentCulture).ToList()))
            .ToList();
        return new Page<UserRow>(rows, total, page, size);
    }

    public async Task<UserDetails?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsDisabled, u.CreatedAt, u.LastSignInAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await RolesOfAsync(db, [id], cancellationToken);
        var units = await db.DeanUnits.AsNoTracking()
            .Where(d => d.UserId == id)
            .OrderBy(d => d.Unit!.Name)
            .Select(d => new UnitOption(d.UnitId, d.Unit!.Name))
            .ToListAsync(cancellationToken);
        return new UserDetails(user.Id, user.DisplayName, user.Email, user.IsDisabled, user.CreatedAt, user.LastSignInAt, roles[id].ToList(), units);
    }

    /// <summary>The units of the home institution, the only ones a dean can be given.</summary>
    public async Task<IReadOnlyList<UnitOption>> HomeUnitsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Units.AsNoTracking()
            .Where(u => u.Institution!.IsHome && !u.IsArchived)
            .OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Select(u => new UnitOption(u.Id, u.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Creates an account without a password and returns the one-time link its holder sets one with, so
    /// that no administrator ever knows another person's password.
    /// </summary>
    public Task<AccountResult<CreatedAccount>> CreateAsync(ClaimsPrincipal actor, AccountInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return AsAdministratorAsync(actor, AccountResult.Failed<CreatedAccount>, async admin =>
        {
            var validation = await accountValidator.ValidateAsync(input, cancellationToken);
            if (!validation.IsValid)
            {
                return AccountResult.Failed<CreatedAccount>(AccountResult.From(validation));
            }

            var email = input.Email!;
            if (await admin.Users.FindByEmailAsync(email) is not null)
            {
                return AccountResult.Failed<CreatedAccount>([new(nameof(AccountInput.Email), "An account with this e-mail address exists already.")]);
            }

            if (await ForeignUnitAsync(admin.Db, input.DeanUnitIds, cancellationToken) is { } foreign)
            {
                return AccountResult.Failed<CreatedAccount>([foreign]);
            }

            var user = new PortalUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = input.DisplayName!.Trim(),
                CreatedAt = clock.GetUtcNow(),
            };
            user.DeanUnits.AddRange(input.DeanUnitIds.Select(id => new DeanUnitAssignment { UnitId = id }));
            var refused = Refusal(await admin.Users.CreateAsync(user));
            refused ??= Refusal(await admin.Users.AddToRolesAsync(user, input.Roles));
            if (refused is not null)
            {
                return AccountResult.Failed<CreatedAccount>(refused);
            }

            var token = await admin.Users.GeneratePasswordResetTokenAsync(user);
            return AccountResult.Done(new CreatedAccount(user.Id, PasswordResetLink.Create(email, token)));
        }, cancellationToken);
    }

    /// <summary>
    /// Sets an account's roles and dean units. Taking a role away also ends the account's sessions, so the
    /// narrower rights hold from the next check, not from the next sign-in.
    /// </summary>
    public Task<AccountResult> ChangeAccessAsync(ClaimsPrincipal actor, string userId, AccountAccessInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return AsAdministratorAsync(actor, AccountResult.Failed, async admin =>
        {
            var validation = await accessValidator.ValidateAsync(input, cancellationToken);
            if (!validation.IsValid)
            {
                return AccountResult.Failed(AccountResult.From(validation));
            }

            if (await admin.Users.FindByIdAsync(userId) is not { } user)
            {
                return AccountResult.Failed(AccountError.Form, NoSuchAccount);
            }

            var current = await admin.Users.GetRolesAsync(user);
            var removed = current.Except(input.Roles, StringComparer.Ordinal).ToList();
            var added = input.Roles.Except(current, StringComparer.Ordinal).ToList();
            if (removed.Contains(PortalRoles.Administrator)
                && await KeepAnAdministratorAsync(admin, user, nameof(AccountAccessInput.Roles),
                    "The last enabled administrator keeps the Administrator role.", "You cannot take the Administrator role from yourself.") is { } kept)
            {
                return AccountResult.Failed([kept]);
            }

            if (await ForeignUnitAsync(admin.Db, input.DeanUnitIds, cancellationToken) is { } foreign)
            {
                return AccountResult.Failed([foreign]);
            }

            var refused = removed.Count > 0 ? Refusal(await admin.Users.RemoveFromRolesAsync(user, removed)) : null;
            refused ??= added.Count > 0 ? Refusal(await admin.Users.AddToRolesAsync(user, added)) : null;
            if (refused is not null)
            {
                return AccountResult.Failed(refused);
            }

            var assigned = await admin.Db.DeanUnits.Where(d => d.UserId == user.Id).ToListAsync(cancellationToken);
            admin.Db.DeanUnits.RemoveRange(assigned.Where(a => !input.DeanUnitIds.Contains(a.UnitId)));
            admin.Db.DeanUnits.AddRange(input.DeanUnitIds.Except(assigned.Select(a => a.UnitId))
                .Select(id => new DeanUnitAssignment { UserId = user.Id, UnitId = id }));
            await admin.Db.SaveChangesAsync(cancellationToken);

            return removed.Count > 0 ? Outcome(await admin.Users.UpdateSecurityStampAsync(user)) : AccountResult.Success;
        }, cancellationToken);
    }

    /// <summary>Disables an account and renews its security stamp, so each of its sessions ends at its next check.</summary>
    public Task<AccountResult> DisableAsync(ClaimsPrincipal actor, string userId, CancellationToken cancellationToken = default) =>
        AsAdministratorAsync(actor, AccountResult.Failed, async admin =>
        {
            if (await admin.Users.FindByIdAsync(userId) is not { } user)
            {
                return AccountResult.Failed(AccountError.Form, NoSuchAccount);
            }

            if (user.IsDisabled)
            {
                return AccountResult.Success;
            }

            if (await KeepAnAdministratorAsync(admin, user, AccountError.Form,
                    "The last enabled administrator cannot be disabled.", "You cannot disable your own account.") is { } kept)
            {
                return AccountResult.Failed([kept]);
            }

            user.IsDisabled = true;
            return Outcome(await admin.Users.UpdateSecurityStampAsync(user));
        }, cancellationToken);

    public Task<AccountResult> EnableAsync(ClaimsPrincipal actor, string userId, CancellationToken cancellationToken = default) =>
        AsAdministratorAsync(actor, AccountResult.Failed, async admin =>
        {
            if (await admin.Users.FindByIdAsync(userId) is not { } user)
            {
                return AccountResult.Failed(AccountError.Form, NoSuchAccount);
            }

            if (!user.IsDisabled)
            {
                return AccountResult.Success;
            }

            user.IsDisabled = false;
            return Outcome(await admin.Users.UpdateAsync(user));
        }, cancellationToken);

    /// <summary>A one-time link to set a new password, for the administrator to hand over; it ends when used.</summary>
    public Task<AccountResult<string>> CreateResetLinkAsync(ClaimsPrincipal actor, string userId, CancellationToken cancellationToken = default) =>
        AsAdministratorAsync(actor, AccountResult.Failed<string>, async admin =>
        {
            if (await admin.Users.FindByIdAsync(userId) is not { Email: { } email } user)
            {
                return AccountResult.Failed<string>([new(AccountError.Form, NoSuchAccount)]);
            }

            return AccountResult.Done(PasswordResetLink.Create(email, await admin.Users.GeneratePasswordResetTokenAsync(user)));
        }, cancellationToken);

    /// <summary>Renews the account's security stamp: every session of it ends at its next check.</summary>
    public Task<AccountResult> EndSessionsAsync(ClaimsPrincipal actor, string userId, CancellationToken cancellationToken = default) =>
        AsAdministratorAsync(actor, AccountResult.Failed, async admin =>
            await admin.Users.FindByIdAsync(userId) is { } user
                ? Outcome(await admin.Users.UpdateSecurityStampAsync(user))
                : AccountResult.Failed(AccountError.Form, NoSuchAccount),
            cancellationToken);

    private sealed record Administrator(UserManager<PortalUser> Users, PortalDbContext Db, PortalUser Account);

    /// <summary>
    /// Runs a change for an enabled administrator, checked in the store (a session's claims may be older than
    /// a demotion), in one transaction that commits only when the change succeeds.
    /// </summary>
    private async Task<TResult> AsAdministratorAsync<TResult>(
        ClaimsPrincipal actor,
        Func<IReadOnlyList<AccountError>, TResult> refuse,
        Func<Administrator, Task<TResult>> change,
        CancellationToken cancellationToken)
        where TResult : AccountResult
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var account = users.GetUserId(actor) is { } id ? await users.FindByIdAsync(id) : null;
        if (account is null || account.IsDisabled || !await users.IsInRoleAsync(account, PortalRoles.Administrator))
        {
            return refuse([new AccountError(AccountError.Form, NotAllowed)]);
        }

        db.Actor = new ChangeActor(account.Id, account.DisplayName);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await change(new Administrator(users, db, account));
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Refuses to disable or demote the last enabled administrator, or the acting administrator themselves
    /// (who would lock themselves out mid-task).
    /// </summary>
    private static async Task<AccountError?> KeepAnAdministratorAsync(Administrator admin, PortalUser target, string field, string lastMessage, string selfMessage)
    {
        if (target.IsDisabled || !await admin.Users.IsInRoleAsync(target, PortalRoles.Administrator))
        {
            return null;
        }

        var enabled = (await admin.Users.GetUsersInRoleAsync(PortalRoles.Administrator)).Count(u => !u.IsDisabled);
        if (enabled <= 1)
        {
            return new AccountError(field, lastMessage);
        }

        return target.Id == admin.Account.Id ? new AccountError(field, selfMessage) : null;
    }

    private static async Task<AccountError?> ForeignUnitAsync(PortalDbContext db, List<int> unitIds, CancellationToken cancellationToken)
    {
        if (unitIds.Count == 0)
        {
            return null;
        }

        var homeUnits = await db.Units.CountAsync(u => unitIds.Contains(u.Id) && u.Institution!.IsHome, cancellationToken);
        return homeUnits == unitIds.Distinct().Count()
            ? null
            : new AccountError(nameof(AccountAccessInput.DeanUnitIds), "A dean can only be given units of the home institution.");
    }

    /// <summary>Each account's roles, in the order of <see cref="PortalRoles.All"/>.</summary>
    private static async Task<ILookup<string, string>> RolesOfAsync(PortalDbContext db, List<string> userIds, CancellationToken cancellationToken)
    {
        var held = await db.UserRoles.AsNoTracking()
            .Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return PortalRoles.All
            .SelectMany(role => held.Where(h => h.Name == role))
            .ToLookup(h => h.UserId, h => h.Name!);
    }

    /// <summary>Never-signed-in accounts come last in either direction, alike on both stores.</summary>
    private static IOrderedQueryable<PortalUser> Sort(IQueryable<PortalUser> query, string? key, bool descending)
    {
        var ordered = key?.ToLowerInvariant() switch
        {
            "email" => descending ? query.OrderByDescending(u => u.NormalizedEmail) : query.OrderBy(u => u.NormalizedEmail),
            "signin" => descending
                ? query.OrderBy(u => u.LastSignInAt == null).ThenByDescending(u => u.LastSignInAt)
                : query.OrderBy(u => u.LastSignInAt == null).ThenBy(u => u.LastSignInAt),
            _ => descending ? query.OrderByDescending(u => u.DisplayName) : query.OrderBy(u => u.DisplayName),
        };
        return ordered.ThenBy(u => u.Id);
    }

    private static AccountResult Outcome(IdentityResult result) =>
        Refusal(result) is { } errors ? AccountResult.Failed(errors) : AccountResult.Success;

    /// <summary>Identity's refusal, placed beside the field it concerns; null when Identity agreed.</summary>
    private static List<AccountError>? Refusal(IdentityResult result) =>
        result.Succeeded
            ? null
            : result.Errors.Select(e => e.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                    or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName)
                    => new AccountError(nameof(AccountInput.Email), e.Description),
                nameof(IdentityErrorDescriber.ConcurrencyFailure)
                    => new AccountError(AccountError.Form, "Someone else changed this account at the same time. Reload the page and try again."),
                _ => new AccountError(AccountError.Form, e.Description),
            }).ToList();
}
