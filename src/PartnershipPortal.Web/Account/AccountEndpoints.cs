using Microsoft.AspNetCore.Identity;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.Web.Account;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a form post (antiforgery-checked), never a link a page could trigger.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/sign-out", async (SignInManager<PortalUser> signIn, ILoggerFactory logs, HttpContext http) =>
            {
                logs.CreateLogger("PartnershipPortal.Account").LogInformation("Signed out: {UserId}", signIn.UserManager.GetUserId(http.User));
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect("/account/sign-in");
            })
            .RequireAuthorization(PortalPolicies.SignedIn)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());
        return endpoints;
    }
}
