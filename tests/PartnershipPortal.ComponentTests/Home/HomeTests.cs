using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.ComponentTests.Infrastructure;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Features.Dashboard;
using PartnershipPortal.Core.Features.Demo;

namespace PartnershipPortal.ComponentTests.Home;

public sealed class HomeTests : PortalComponentTest
{
    protected override void AddServices(IServiceCollection services) => services.AddScoped<DashboardService>();

    [Fact]
    public void Home_WithNoRecords_ShowsZeroCountsAndNoUpcomingVisits()
    {
        var page = Context.Render<PartnershipPortal.Web.Features.Home.Home>();

        page.WaitForAssertion(() => Assert.Equal("0", page.Find("[data-testid=count-institutions]").TextContent));
        Assert.Equal("0", page.Find("[data-testid=count-visits]").TextContent);
        Assert.Equal("No visits are planned.", page.Find("[data-testid=no-upcoming]").TextContent);
    }

    [Fact]
    public async Task Home_ListsTheReferenceVisitAsUpcoming_BeforeItsDate()
    {
        var contexts = Context.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Visits.Add(ReferenceVisit.Create().Visit);
            await db.SaveChangesAsync();
        }

        var page = Context.Render<PartnershipPortal.Web.Features.Home.Home>();

        page.WaitForAssertion(() => Assert.Equal("6", page.Find("[data-testid=count-institutions]").TextContent));
        var cells = page.FindAll("[data-testid=upcoming] tbody td").Select(c => c.TextContent).ToList();
        Assert.Equal(
            ["Kazakh delegation at Xianyang Polytechnic Institute", "20 May 2025", "Inbound", "Xianyang Polytechnic Institute", "Completed"],
            cells);
    }
}
