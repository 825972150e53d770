using System.Globalization;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.Web.Api;

/// <summary>Calendar files (iCalendar) of one visit and of a filtered set of visits, for every reader.</summary>
public static class VisitCalendarEndpoints
{
    public static IEndpointRouteBuilder MapVisitCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/visits/{id:int}/calendar.ics", VisitAsync).RequireAuthorization(PortalPolicies.CanRead);
        endpoints.MapGet("/visits/calendar.ics", FilteredAsync).RequireAuthorization(PortalPolicies.CanRead);
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> VisitAsync(
        int id, VisitCalendarFile files, HttpRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForVisitAsync(id, SiteOf(request), cancellationToken);
        return file is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such visit",
                detail: string.Create(CultureInfo.InvariantCulture, $"No visit has the number {id}."))
            : Download(file);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> FilteredAsync(
        VisitCalendarFile files, IValidator<VisitFilterInput> validator, HttpRequest request, CancellationToken cancellationToken)
    {
        var input = VisitFilterInput.FromParameters(name => request.Query[name].ToString());
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            var errors = validation.Errors
                .GroupBy(e => e.PropertyName.ToLowerInvariant(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray(), StringComparer.Ordinal);
            return TypedResults.ValidationProblem(errors, title: "The filter cannot be applied as written.");
        }

        var result = await files.ForFilterAsync(input.ToFilter(), SiteOf(request), cancellationToken);
        return result.File is { } file
            ? Download(file)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Too many visits for one calendar file",
                detail: string.Create(CultureInfo.InvariantCulture,
                    $"The filter matches {result.MatchCount:N0} visits; a calendar file holds at most {VisitCalendarFile.MaxVisits:N0}. Narrow the dates or add a filter."));
    }

    private static FileContentHttpResult Download(CalendarFile file) =>
        TypedResults.File(Encoding.UTF8.GetBytes(file.Text), VisitCalendarFile.ContentType + "; charset=utf-8", file.FileName);

    private static Uri SiteOf(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
