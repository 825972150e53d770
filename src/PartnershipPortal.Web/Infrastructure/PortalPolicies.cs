using Microsoft.AspNetCore.Authorization;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Web.Infrastructure;

/// <summary>
/// The authorization policies every page, endpoint and export names. Each is built on the four roles;
/// a user with several roles gets the union of what they allow.
/// </summary>
public static class PortalPolicies
{
    /// <summary>Read institutions, people, visits and agreements: every role.</summary>
    public const string CanRead = nameof(CanRead);

    /// <summary>Create and edit the office's records, archive them: administrators and the international office.</summary>
    public const string CanEdit = nameof(CanEdit);

    /// <summary>Write partner reviews: deans (for their units) and administrators.</summary>
    public const string CanReview = nameof(CanReview);

    /// <summary>Export reports: administrators and the international office.</summary>
    public const string CanExport = nameof(CanExport);

    /// <summary>Accounts, the change history of everything, deletion and merges: administrators.</summary>
    public const string CanAdminister = nameof(CanAdminister);

    /// <summary>Any signed-in user, whatever their roles (their own profile, signing out).</summary>
    public const string SignedIn = nameof(SignedIn);

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByPolicy = new Dictionary<string, IReadOnlyList<string>>
    {
        [CanRead] = PortalRoles.All,
        [CanEdit] = [PortalRoles.Administrator, PortalRoles.InternationalOffice],
        [CanReview] = [PortalRoles.Administrator, PortalRoles.Dean],
        [CanExport] = [PortalRoles.Administrator, PortalRoles.InternationalOffice],
        [CanAdminister] = [PortalRoles.Administrator],
    };

    public static void AddTo(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (policy, roles) in RolesByPolicy)
        {
            options.AddPolicy(policy, builder => builder.RequireAuthenticatedUser().RequireRole(roles));
        }

        options.AddPolicy(SignedIn, builder => builder.RequireAuthenticatedUser());

        // Anything that names no policy is closed to anonymous visitors.
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
