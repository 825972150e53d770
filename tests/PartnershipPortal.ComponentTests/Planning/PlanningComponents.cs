using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Checklists;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Notifications;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.ComponentTests.Planning;

/// <summary>A bUnit context with the planning services on a fresh SQLite file, today being 1 June 2025, and a signed-in user.</summary>
public sealed class PlanningComponents : IAsyncLifetime
{
    private BunitAuthorizationContext? _authorization;

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"portal-bunit-{Guid.NewGuid():N}.db");

    public BunitContext Context { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));

    public IDbContextFactory<PortalDbContext> Contexts => Context.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    public async Task InitializeAsync()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Context.Services.AddSingleton<TimeProvider>(Clock);
        Context.Services.AddPortalDatabase(DatabaseProvider.Sqlite, $"Data Source={_database};Pooling=False");
        Context.Services.AddPortalValidators();
        Context.Services.AddScoped<NotificationService>();
        Context.Services.AddScoped<ChecklistService>();
        Context.Services.AddScoped<UnreadCountSignal>();
        _authorization = Context.AddAuthorization();
        await PortalDatabase.MigrateAsync(Context.Services);
    }

    public void SignIn(string userId, string name, string role)
    {
        var authorization = _authorization ?? throw new InvalidOperationException("The context is not initialised.");
        authorization.SetAuthorized(name);
        authorization.SetRoles(role);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId), new Claim(PortalAccess.DisplayNameClaim, name));
    }

    public async Task<string> AccountAsync(string name)
    {
        var id = Guid.NewGuid().ToString();
        await using var db = await Contexts.CreateDbContextAsync();
        db.Users.Add(new PortalUser { Id = id, UserName = $"{id}@xpi.example", Email = $"{id}@xpi.example", DisplayName = name });
        await db.SaveChangesAsync();
        return id;
    }

    public async Task SeedAsync(Action<PortalDbContext> seed)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        seed(db);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        File.Delete(_database);
    }
}
