using Microsoft.AspNetCore.Identity;

namespace PartnershipPortal.Core.Domain;

/// <summary>An account of the portal. Roles come from <see cref="PortalRoles"/>; a dean also holds units.</summary>
public class PortalUser : IdentityUser
{
    public const int DisplayNameMaxLength = 200;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>A disabled account cannot sign in, and its open sessions end at the next check.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>Units of the home institution whose partner reviews this user writes as dean.</summary>
    public List<DeanUnitAssignment> DeanUnits { get; } = [];
}

/// <summary>A unit of the home institution assigned to a dean.</summary>
public class DeanUnitAssignment
{
    public string UserId { get; set; } = string.Empty;

    public int UnitId { get; set; }

    public OrganisationalUnit? Unit { get; set; }
}

/// <summary>The four roles of the portal, named exactly as policies and administrators use them.</summary>
public static class PortalRoles
{
    public const string Administrator = "Administrator";
    public const string InternationalOffice = "InternationalOffice";
    public const string Dean = "Dean";
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All = [Administrator, InternationalOffice, Dean, Viewer];
}
