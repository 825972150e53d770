using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Features.Accounts;

namespace PartnershipPortal.IntegrationTests.Infrastructure;

/// <summary>The whole portal in memory (WebApplicationFactory) with the given settings.</summary>
public class PortalApp(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Makes an account holding the given roles, with a fresh random password.</summary>
    public async Task<(string Email, string Password)> CreateUserAsync(params string[] roles)
    {
        var email = $"{(roles.Length == 0 ? "none" : string.Join("-", roles).ToLowerInvariant())}-{Guid.NewGuid():N}@test.example";
        var password = AccountSeeder.NewPassword();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountSeeder>().CreateAsync(email, $"Test {string.Join(" ", roles)}", password, roles, []);
        return (email, password);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see where they lead.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> SignedInClientAsync(params string[] roles)
    {
        var (email, password) = await CreateUserAsync(roles);
        var client = NewClient();
        await HttpSignIn.SignInAsync(client, email, password);
        return client;
    }
}
