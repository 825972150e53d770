using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Web.Account;

namespace PartnershipPortal.Web.Infrastructure;

/// <summary>Accounts and sessions, following OWASP ASVS 5.0 level 2 where Identity's defaults fall short.</summary>
public static class AccountsSetup
{
    public const string RevalidationInterval = "Accounts:RevalidationInterval";
    public const string SessionIdleTimeout = "Accounts:SessionIdleTimeout";
    public const string SessionAbsoluteTimeout = "Accounts:SessionAbsoluteTimeout";
    public const string BootstrapAdminEmail = "Bootstrap:AdminEmail";
    public const string BootstrapAdminPassword = "Bootstrap:AdminPassword";

    public static readonly IReadOnlyList<string> Keys =
        [RevalidationInterval, SessionIdleTimeout, SessionAbsoluteTimeout, BootstrapAdminEmail, BootstrapAdminPassword];

    /// <summary>
    /// Makes sure the key ring has a key before any request needs one. Created lazily, the first key would be
    /// written while a caller may hold a transaction on the same SQLite file, which then waits on itself.
    /// </summary>
    public static void EnsureKeyRing(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("PartnershipPortal.Startup").Protect("ready");
    }

    public static IServiceCollection AddPortalAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        // At least a second: a zero interval would make every request and circuit re-check the store without pause.
        var revalidation = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, configuration.GetValue(RevalidationInterval, TimeSpan.FromMinutes(1)).Ticks));
        var idle = configuration.GetValue(SessionIdleTimeout, TimeSpan.FromHours(8));
        var absolute = configuration.GetValue(SessionAbsoluteTimeout, TimeSpan.FromHours(24));

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider>(sp => new PortalAuthenticationStateProvider(
            sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<IServiceScopeFactory>(), revalidation));
        services.AddAuthorization(PortalPolicies.AddTo);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();

        // Identity's stores use a context from the same factory as everything else.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        services.AddIdentityCore<PortalUser>(options =>
            {
                // Length, not composition rules; long pass phrases welcome (ASVS 6.2).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddPasswordValidator<MaximumLengthPasswordValidator>();
        services.AddScoped<AccountSeeder>();

        // The key ring lives in the portal's store: sign-ins survive restarts and work across instances.
        services.AddDataProtection().SetApplicationName("PartnershipPortal").PersistKeysToDbContext<PortalDbContext>();

        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = revalidation);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "PartnershipPortal.Session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = idle;
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = context => SessionLimits.EnforceAbsoluteExpiryAsync(context, absolute);
        });
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = SessionLimits.KeepSignInMoment);
        return services;
    }
}
