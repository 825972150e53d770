using System.Security.Claims;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;

namespace PartnershipPortal.IntegrationTests.Infrastructure;

/// <summary>Signed-in users as services see them: an id, a display name and roles.</summary>
public static class TestUsers
{
    public static ClaimsPrincipal InRoles(string name, params string[] roles)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, $"id-{name.Replace(' ', '-').ToLowerInvariant()}"),
            new(ClaimTypes.Name, name),
            new(PortalAccess.DisplayNameClaim, name),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    /// <summary>A signed-in user whose account is stored, for what belongs to accounts (drafts, saved reports); names must differ per store.</summary>
    public static async Task<ClaimsPrincipal> StoredAsync(TestStore store, string name, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(store);
        var user = InRoles(name, roles);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await using var db = store.NewContext();
        db.Users.Add(new PortalUser { Id = id, UserName = $"{id}@example.org", DisplayName = name });
        await db.SaveChangesAsync();
        return user;
    }
}
