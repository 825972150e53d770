using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.EndToEndTests.Infrastructure;
using PartnershipPortal.Web.Components.Shared;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Reports;

/// <summary>The office opens the partner activity report on the demo data and switches it to one row per country.</summary>
public sealed class PartnerActivityJourneyTests(DemoPortalServer server, Browser browser) : IClassFixture<DemoPortalServer>, IClassFixture<Browser>
{
    /// <summary>
    /// A country's row worked out here from the records themselves, not by the report's service: its partners
    /// (not the home institution; archived ones only with activity), the visits and active agreements that involve
    /// any of them, each once, and the last day of the latest visit that has begun.
    /// </summary>
    private async Task<string[]> ExpectedRowAsync(string country)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var visits = await db.Visits.AsNoTracking().Include(v => v.Delegation!.Institutions).Where(v => v.Status != VisitStatus.Cancelled).ToListAsync();
        var active = await db.Agreements.AsNoTracking().Include(a => a.Parties).Where(a => a.Status == AgreementStatus.Active).ToListAsync();
        bool Involves(Visit v, Func<int, bool> partner) => v.Direction == VisitDirection.Inbound
            ? v.Delegation?.Institutions.Any(d => partner(d.InstitutionId)) == true
            : partner(v.HostInstitutionId);
        var institutions = await db.Institutions.AsNoTracking().Where(i => !i.IsHome && i.CountryCode == country).ToListAsync();
        var partners = institutions
            .Where(i => !i.IsArchived || visits.Any(v => Involves(v, id => id == i.Id)) || active.Any(a => a.Parties.Any(p => p.InstitutionId == i.Id)))
            .Select(i => i.Id).ToHashSet();
        var last = visits.Where(v => v.StartDate <= today && Involves(v, partners.Contains)).Select(v => v.EndDate > today ? today : v.EndDate).DefaultIfEmpty().Max();
        return
        [
            $"{CountryText.Name(country)} ({country})",
            partners.Count.ToString(CultureInfo.InvariantCulture),
            visits.Count(v => v.Direction == VisitDirection.Inbound && Involves(v, partners.Contains)).ToString(CultureInfo.InvariantCulture),
            visits.Count(v => v.Direction == VisitDirection.Outbound && Involves(v, partners.Contains)).ToString(CultureInfo.InvariantCulture),
            active.Count(a => a.Parties.Any(p => partners.Contains(p.InstitutionId))).ToString(CultureInfo.InvariantCulture),
            last == default ? string.Empty : DateText.Format(last),
            (await db.PartnerReviews.CountAsync(r => partners.Contains(r.InstitutionId))).ToString(CultureInfo.InvariantCulture),
        ];
    }

    [Fact]
    public async Task TheOffice_SwitchesToCountries_AndSeesTheReferenceDelegationsCountries()
    {
        var kazakhstan = await ExpectedRowAsync("KZ");
        var china = await ExpectedRowAsync("CN");
        Assert.NotEqual("0", kazakhstan[2]);
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/reports");
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("reports-nav").GetByRole(AriaRole.Link, new() { Name = "Partner activity report" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/reports/partners$"));
        await Browser.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("report-count")).ToHaveTextAsync(new Regex(@"^\d+ partner institutions match"));

        await page.GetByTestId("filter-by").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Each country", Exact = true }).ClickAsync();
        // The choice reaches the server before "Show" is pressed: the select names it once it has.
        await Expect(page.GetByTestId("filter-by")).ToHaveTextAsync("Each country");
        await page.GetByTestId("report-show").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/reports/partners\?by=country$"));
        await Expect(page.GetByTestId("report-count")).ToHaveTextAsync(new Regex(@"^\d+ partner countries match\.$"));
        var rows = page.GetByTestId("report-preview").Locator("tbody tr");
        foreach (var expected in new[] { kazakhstan, china })
        {
            var cells = rows.Filter(new() { Has = page.Locator("td:first-child", new() { HasTextString = expected[0] }) }).Locator("td");
            await Expect(cells.First).ToHaveTextAsync(expected[0]);
            await Expect(cells.Locator("nth=-1")).ToBeVisibleAsync();
            Assert.Equal(expected, (await cells.AllInnerTextsAsync()).Take(expected.Length).Select(t => t.Trim()));
        }

        await Expect(page.GetByTestId("download-csv")).ToHaveAttributeAsync("href", "/reports/partners.csv?by=country");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "partner-activity-report");
    }
}
