using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Administration;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Administration;

/// <summary>
/// The portal's account services (Identity configured as the app configures it) over one test store, with
/// helpers to make accounts and to act as one.
/// </summary>
public sealed class AdministrationServices : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public AdministrationServices(TestStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(store.Clock);
        services.AddSingleton(store.Contexts);
        services.AddPortalAccounts(new ConfigurationBuilder().Build());
        services.AddPortalValidators();
        services.AddScoped<UserAdministrationService>();
        _services = services.BuildServiceProvider();
        AccountsSetup.EnsureKeyRing(_services);
    }

    public UserAdministrationService Administration => _services.GetRequiredService<UserAdministrationService>();

    /// <summary>Makes the principal a signed-in session holds, security stamp included.</summary>
    public IUserClaimsPrincipalFactory<PortalUser> PrincipalFactory => _services.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>();

    public static ClaimsPrincipal Acting(string userId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));

    /// <summary>Makes an account holding the given roles; returns its id and a principal acting as it.</summary>
    public async Task<(string Id, ClaimsPrincipal Principal)> AccountAsync(string displayName, params string[] roles)
    {
        await using var scope = _services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<AccountSeeder>();
        await seeder.EnsureRolesAsync();
        var user = await seeder.CreateAsync($"{Guid.NewGuid():N}@test.example", displayName, AccountSeeder.NewPassword(), roles, []);
        return (user.Id, Acting(user.Id));
    }

    /// <summary>Runs something with a fresh UserManager, as a request of its own would.</summary>
    public async Task<T> WithUsersAsync<T>(Func<UserManager<PortalUser>, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
