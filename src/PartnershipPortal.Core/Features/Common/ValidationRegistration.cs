using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.Core.Features.Common;

public static class ValidationRegistration
{
    /// <summary>
    /// Registers every validator of the portal. They hold no state, so one instance each serves every
    /// form, API call and import; those that check references ask the store through
    /// <see cref="IReportReferences"/>.
    /// </summary>
    public static IServiceCollection AddPortalValidators(this IServiceCollection services)
    {
        services.TryAddSingleton<IReportReferences, StoredReportReferences>();
        return services.AddValidatorsFromAssemblyContaining<InstitutionInputValidator>(ServiceLifetime.Singleton);
    }
}
