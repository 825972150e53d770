using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Features.Institutions;

namespace PartnershipPortal.Core.Features.Common;

public static class ValidationRegistration
{
    /// <summary>
    /// Registers every validator of the portal. They hold no state, so one instance each serves every
    /// form, API call and import.
    /// </summary>
    public static IServiceCollection AddPortalValidators(this IServiceCollection services) =>
        services.AddValidatorsFromAssemblyContaining<InstitutionInputValidator>(ServiceLifetime.Singleton);
}
