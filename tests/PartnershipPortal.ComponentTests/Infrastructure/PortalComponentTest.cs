using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using PartnershipPortal.Core.Data;

namespace PartnershipPortal.ComponentTests.Infrastructure;

/// <summary>
/// A bUnit context as the portal runs components: MudBlazor, the interface texts, a fixed clock and a
/// migrated SQLite database of its own; a test class adds the services its components need.
/// </summary>
public abstract class PortalComponentTest : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"portal-bunit-{Guid.NewGuid():N}.db");

    protected BunitContext Context { get; } = new();

    protected virtual void AddServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Context.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2025, 5, 10, 9, 0, 0, TimeSpan.Zero)));
        Context.Services.AddPortalDatabase(DatabaseProvider.Sqlite, $"Data Source={_database};Pooling=False");
        AddServices(Context.Services);
        await PortalDatabase.MigrateAsync(Context.Services);
    }

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        File.Delete(_database);
    }
}
