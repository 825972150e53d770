using System.Security.Claims;
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
}
