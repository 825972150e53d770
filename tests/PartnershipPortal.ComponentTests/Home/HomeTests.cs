using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Features.Dashboard;
using PartnershipPortal.Core.Features.Demo;

namespace PartnershipPortal.ComponentTests.Home;

public sealed class HomeTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"portal-bunit-{Guid.NewGuid():N}.db");
    private readonly BunitContext _context = new();

    public async Task InitializeAsync()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        _context.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2025, 5, 10, 9, 0, 0, TimeSpan.Zero)));
        _context.Services.AddPortalDatabase(DatabaseProvider.Sqlite, $"Data Source={_database};Pooling=False");
        _context.Services.AddScoped<DashboardService>();
        await PortalDatabase.MigrateAsync(_context.Services);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        File.Delete(_database);
    }

    [Fact]
    public void Home_WithNoRecords_ShowsZeroCountsAndNoUpcomingVisits()
    {
        var page = _context.Render<PartnershipPortal.Web.Features.Home.Home>();

        page.WaitForAssertion(() => Assert.Equal("0", page.Find("[data-testid=count-institutions]").TextContent));
        Assert.Equal("0", page.Find("[data-testid=count-visits]").TextContent);
        Assert.Equal("No visits are planned.", page.Find("[data-testid=no-upcoming]").TextContent);
    }

    [Fact]
    public async Task Home_ListsTheReferenceVisitAsUpcoming_BeforeItsDate()
    {
        var contexts = _context.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Visits.Add(ReferenceVisit.Create().Visit);
            await db.SaveChangesAsync();
        }

        var page = _context.Render<PartnershipPortal.Web.Features.Home.Home>();

        page.WaitForAssertion(() => Assert.Equal("6", page.Find("[data-testid=count-institutions]").TextContent));
        var cells = page.FindAll("[data-testid=upcoming] tbody td").Select(c => c.TextContent).ToList();
        Assert.Equal(
            ["Kazakh delegation at Xianyang Polytechnic Institute", "20 May 2025", "Inbound", "Xianyang Polytechnic Institute", "Completed"],
            cells);
    }
}
