using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Demo;

namespace PartnershipPortal.Web.Infrastructure;

/// <summary>What happens once at start-up, before the first request: the store, demo data and accounts.</summary>
public static class StartupTasks
{
    public static async Task RunAsync(WebApplication app, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (PortalSettings.ReadMigrateOnStartup(app.Configuration))
        {
            await PortalDatabase.MigrateAsync(app.Services);
        }

        AccountsSetup.EnsureKeyRing(app.Services);
        var demo = PortalSettings.ReadDemoSeed(app.Configuration, provider);
        if (demo)
        {
            await app.Services.GetRequiredService<DemoDataLoader>().LoadAsync(CancellationToken.None);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<AccountSeeder>();
        await seeder.EnsureRolesAsync();

        var email = app.Configuration[AccountsSetup.BootstrapAdminEmail];
        var password = app.Configuration[AccountsSetup.BootstrapAdminPassword];
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrEmpty(password))
        {
            await seeder.EnsureAdministratorAsync(email.Trim(), password);
        }
        else if (demo)
        {
            var accounts = await seeder.EnsureDemoAccountsAsync();
            if (accounts.Count > 0)
            {
                var loader = app.Services.GetRequiredService<DemoDataLoader>();
                await loader.AssignDemoOwnersAsync(CancellationToken.None);
                await loader.WriteDemoReviewsAsync(CancellationToken.None);
                // Straight to the console, never to the log sinks: these passwords are shown once.
                Console.WriteLine();
                Console.WriteLine("PartnershipPortal demo accounts (passwords are shown only now; keep them):");
                foreach (var (role, account, secret) in accounts)
                {
                    Console.WriteLine($"  {role,-20} {account,-32} {secret}");
                }

                Console.WriteLine();
            }
        }

        if (!await seeder.AnyAdministratorAsync())
        {
            app.Logger.LogWarning(
                "No administrator account exists. Set {Email} and {Password} (for example as environment variables Bootstrap__AdminEmail and Bootstrap__AdminPassword) and restart.",
                AccountsSetup.BootstrapAdminEmail, AccountsSetup.BootstrapAdminPassword);
        }
    }

    /// <summary>How to sign in, printed when the portal is ready.</summary>
    public static void PrintSignInHelp(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Urls.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine($"PartnershipPortal is ready: open {address}/ and sign in with an account above, the bootstrap administrator, or one an administrator made for you.");
    }
}
