using PartnershipPortal.Core.Features.Accounts;

namespace PartnershipPortal.Web.Infrastructure;

/// <summary>A user's own account: the profile, two-factor sign-in, the forgotten-password mail and the mailer behind it.</summary>
public static class ProfileSetup
{
    public static IServiceCollection AddPortalProfile(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(SmtpSettings.Read(configuration));
        services.AddSingleton<SmtpPortalMailer>();
        services.AddSingleton<IPortalMailer>(sp => sp.GetRequiredService<SmtpPortalMailer>());
        services.AddHostedService(sp => sp.GetRequiredService<SmtpPortalMailer>());
        services.AddScoped<ProfileService>();
        services.AddScoped<PasswordResetService>();
        return services;
    }
}
