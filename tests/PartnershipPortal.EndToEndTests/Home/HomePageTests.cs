using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Home;

public sealed class HomePageTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task HomePage_ShowsWhatTheOfficeHolds_AndPassesAccessibilityCheck()
    {
        var reference = ReferenceVisit.Create();
        await server.SeedAsync(db => db.Visits.Add(reference.Visit));
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        await Expect(page).ToHaveTitleAsync("Overview – PartnershipPortal");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Partnerships at a glance");
        await Expect(page.GetByTestId("count-institutions")).ToHaveTextAsync("6");
        await Expect(page.GetByTestId("count-partners")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("count-visits")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("count-agreements")).ToHaveTextAsync("0");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Overview" })).ToBeVisibleAsync();

        var violations = await Browser.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task UnknownAddress_ShowsNotFoundPage()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
    }

    [Fact]
    public async Task HealthEndpoints_ReportHealthy()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }
}
