using System.Security.Claims;
using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Visits.Brief;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.Web.Features.Visits.Brief;

public static class VisitBriefEndpoints
{
    /// <summary>GET /visits/{id}/brief.pdf: the brief as a PDF, for anyone who may read visits.</summary>
    public static IEndpointRouteBuilder MapVisitBrief(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/visits/{id:int}/brief.pdf", async (int id, VisitBriefService briefs, IStringLocalizer<SharedResource> l, ClaimsPrincipal user, CancellationToken cancellationToken) =>
            {
                var brief = await briefs.BuildAsync(id, cancellationToken);
                if (brief is null)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such visit", detail: $"There is no visit {id}.");
                }

                var pdf = VisitBriefPdf.Render(brief, l, PortalAccess.ActorOf(user).Name);
                return Results.File(pdf, "application/pdf", $"visit-{id}-brief.pdf");
            })
            .RequireAuthorization(PortalPolicies.CanRead);
        return endpoints;
    }
}
