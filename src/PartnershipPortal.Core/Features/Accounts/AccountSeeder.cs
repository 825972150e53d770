using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Accounts;

/// <summary>
/// Makes sure the portal can be entered: the four roles exist, and when no administrator does, one is made
/// from the bootstrap settings, or (with demo data) one demo account per role with a random password that
/// is shown once. No well-known password exists anywhere.
/// </summary>
public sealed class AccountSeeder(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock,
    ILogger<AccountSeeder> logger)
{
    public const string DemoDomain = "portal.example";

    public static readonly IReadOnlyList<(string Role, string Email, string Name)> DemoAccounts =
    [
        (PortalRoles.Administrator, $"administrator@{DemoDomain}", "Demo Administrator"),
        (PortalRoles.InternationalOffice, $"office@{DemoDomain}", "Demo International Office"),
        (PortalRoles.Dean, $"dean@{DemoDomain}", "Demo Dean"),
        (PortalRoles.Viewer, $"viewer@{DemoDomain}", "Demo Viewer"),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }
    }

    public async Task<bool> AnyAdministratorAsync() => (await users.GetUsersInRoleAsync(PortalRoles.Administrator)).Count > 0;

    /// <summary>Creates the first administrator from the bootstrap settings when none exists.</summary>
    public async Task<bool> EnsureAdministratorAsync(string email, string password)
    {
        if (await AnyAdministratorAsync())
        {
            return false;
        }

        await CreateAsync(email, "Administrator", password, [PortalRoles.Administrator], []);
        logger.LogInformation("Created the first administrator account {Email} from the bootstrap settings", email);
        return true;
    }

    /// <summary>
    /// Creates one demo account per role when no administrator exists, and returns the passwords so that the
    /// caller can show them once. The dean is given the home institution's schools that the reference visit names.
    /// </summary>
    public async Task<IReadOnlyList<(string Role, string Email, string Password)>> EnsureDemoAccountsAsync()
    {
        if (await AnyAdministratorAsync())
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync();
        var deanUnits = await db.Units.AsNoTracking()
            .Where(u => u.Institution!.IsHome && (u.Name == "Automotive School" || u.Name == "Medical School"))
            .Select(u => u.Id)
            .ToListAsync();

        var created = new List<(string, string, string)>();
        foreach (var (role, email, name) in DemoAccounts)
        {
            var password = NewPassword();
            await CreateAsync(email, name, password, [role], role == PortalRoles.Dean ? deanUnits : []);
            created.Add((role, email, password));
        }

        logger.LogInformation("Created {Count} demo accounts; their passwords are shown once on the console", created.Count);
        return created;
    }

    /// <summary>A random password of 20 characters from an alphabet without look-alikes (about 110 bits).</summary>
    public static string NewPassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }

    public async Task<PortalUser> CreateAsync(string email, string displayName, string password, IReadOnlyList<string> roleNames, IReadOnlyList<int> deanUnitIds)
    {
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow(),
        };
        foreach (var unitId in deanUnitIds)
        {
            user.DeanUnits.Add(new DeanUnitAssignment { UnitId = unitId });
        }

        Check(await users.CreateAsync(user, password), $"account {email}");
        Check(await users.AddToRolesAsync(user, roleNames), $"roles of {email}");
        return user;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
