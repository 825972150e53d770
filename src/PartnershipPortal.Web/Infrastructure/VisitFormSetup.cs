using PartnershipPortal.Core.Features.Frameworks;
using PartnershipPortal.Core.Features.Visits;

namespace PartnershipPortal.Web.Infrastructure;

/// <summary>The services behind the guided visit form: saving, drafts, the form's look-ups and inline frameworks.</summary>
public static class VisitFormSetup
{
    public static IServiceCollection AddVisitForm(this IServiceCollection services)
    {
        services.AddScoped<VisitEditor>();
        services.AddScoped<VisitDraftService>();
        services.AddScoped<VisitFormLookup>();
        services.AddScoped<FrameworkService>();
        return services;
    }
}
