using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;

namespace PartnershipPortal.EndToEndTests.Infrastructure;

/// <summary>The real portal on a real socket (Kestrel, port 0) with its own SQLite file, for Chromium to drive.</summary>
public class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"portal-e2e-{Guid.NewGuid():N}.db");

    /// <summary>Whether the server starts with the demo data, as `dotnet run` does.</summary>
    protected virtual bool SeedDemo => false;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The SQLite file of this server, as its connections report it.</summary>
    public string DatabaseFile => _database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={_database};Pooling=False");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Demo:Seed", SeedDemo ? "true" : "false");
    }

    /// <summary>One account per role, made at start with a fresh random password.</summary>
    public Dictionary<string, (string Email, string Password)> Accounts { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);

        await using var scope = Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<AccountSeeder>();
        foreach (var role in PortalRoles.All)
        {
            var email = $"{role.ToLowerInvariant()}@e2e.example";
            var password = AccountSeeder.NewPassword();
            await seeder.CreateAsync(email, $"E2E {role}", password, [role], []);
            Accounts[role] = (email, password);
        }
    }

    private readonly SemaphoreSlim _seedLock = new(1, 1);
    private bool _seeded;

    /// <summary>Seeds once per server, whichever test of the class comes first.</summary>
    public async Task SeedOnceAsync(Action<PortalDbContext> seed)
    {
        await _seedLock.WaitAsync();
        try
        {
            if (!_seeded)
            {
                await SeedAsync(seed);
                _seeded = true;
            }
        }
        finally
        {
            _seedLock.Release();
        }
    }

    /// <summary>Writes records straight to the portal's store, as another user of the office would; returns the first new record's id.</summary>
    public async Task<int> SeedAsync(Action<PortalDbContext> seed)
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        seed(db);
        var added = db.ChangeTracker.Entries<Entity>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        await db.SaveChangesAsync();
        return added.Count == 0 ? 0 : added[0].Id;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _seedLock.Dispose();
        foreach (var path in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(path);
        }
    }
}

/// <summary>The portal as a newcomer first sees it: with the demo data loaded at start-up.</summary>
public sealed class DemoPortalServer : PortalServer
{
    protected override bool SeedDemo => true;
}
