using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace PartnershipPortal.Web.Account;

/// <summary>
/// A session slides while it is used, but never outlives its absolute limit from the moment of sign-in,
/// and the security stamp is checked on the configured interval (a disabled account or a changed password
/// ends it).
/// </summary>
public static class SessionLimits
{
    public const string SignedInClaim = "portal:signed_in";

    public static async Task EnforceAbsoluteExpiryAsync(CookieValidatePrincipalContext context, TimeSpan absolute)
    {
        ArgumentNullException.ThrowIfNull(context);
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal?.FindFirst(SignedInClaim)?.Value is not { } ticks)
        {
            return;
        }

        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var signedIn = new DateTimeOffset(long.Parse(ticks, CultureInfo.InvariantCulture), TimeSpan.Zero);
        if (clock.GetUtcNow() - signedIn > absolute)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>Carries the sign-in moment over when the security stamp check rebuilds the principal.</summary>
    public static Task KeepSignInMoment(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CurrentPrincipal?.FindFirst(SignedInClaim) is { } claim && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
        {
            identity.AddClaim(new System.Security.Claims.Claim(SignedInClaim, claim.Value));
        }

        return Task.CompletedTask;
    }
}
