using System.Security.Claims;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Accounts;

/// <summary>
/// What a signed-in user may do, decided in the services as well as on the pages, so that a change refused
/// by a page is refused by the service too, whatever calls it.
/// </summary>
public static class PortalAccess
{
    public const string DisplayNameClaim = "portal:display_name";

    public static bool CanEdit(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(PortalRoles.Administrator) || user.IsInRole(PortalRoles.InternationalOffice);
    }

    public static bool CanAdminister(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(PortalRoles.Administrator);
    }

    /// <summary>The user as the change history names them.</summary>
    public static ChangeActor ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "Unknown user";
        return new ChangeActor(id, name);
    }
}
