using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Visits;

/// <summary>The month view and the filters of the visit list, on the demo data, and the calendar file of a visit.</summary>
public sealed class VisitCalendarTests(DemoPortalServer server, Browser browser) : IClassFixture<DemoPortalServer>, IClassFixture<Browser>
{
    private async Task<int> CountAsync(VisitFilter filter)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<VisitService>().ListAsync(new ListRequest(), filter)).TotalCount;
    }

    [Fact]
    public async Task Calendar_ForTheReferenceMonth_ShowsTheVisitOnItsDay_AndLinksToItsPage()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.Viewer);

        await page.GotoAsync("/visits/calendar?month=2025-05");
        await Browser.WaitForInteractivityAsync(page);

        await Expect(page.GetByTestId("calendar-month")).ToHaveTextAsync("May 2025");
        var day = page.GetByTestId("visit-calendar").Locator("td[data-date='2025-05-20']");
        var link = day.GetByRole(AriaRole.Link, new() { Name = ReferenceVisit.VisitTitle });
        await Expect(link).ToBeVisibleAsync();
        await Expect(page.GetByTestId("visit-calendar").GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "visit-calendar");

        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/visits/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ReferenceVisit.VisitTitle);
        var id = int.Parse(page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("visit-calendar-download").ClickAsync());
        Assert.Equal($"visit-{id}.ics", download.SuggestedFilename);
        var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync((await download.PathAsync())!))!;
        var visit = Assert.Single(calendar.Events);
        Assert.Equal(VisitCalendarFile.VisitUid(id), visit.Uid);
        Assert.Equal(new DateOnly(2025, 5, 20), visit.DtStart!.Date);
        Assert.Equal(new DateOnly(2025, 5, 21), visit.DtEnd!.Date);
    }

    [Fact]
    public async Task Calendar_KeepsFiltersAcrossMonths_AndExplainsABadFilterBesideIt()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);

        await page.GotoAsync("/visits/calendar?month=2025-05&country=KZ&direction=Inbound");
        await Browser.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("visit-calendar").GetByRole(AriaRole.Link, new() { Name = ReferenceVisit.VisitTitle })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("calendar-download")).ToHaveAttributeAsync("href", "/visits/calendar.ics?direction=Inbound&country=KZ");

        await page.GetByTestId("previous-month").ClickAsync();
        await Expect(page.GetByTestId("calendar-month")).ToHaveTextAsync("April 2025");
        await Expect(page).ToHaveURLAsync(new Regex(@"/visits/calendar\?direction=Inbound&country=KZ&month=2025-04$"));
        await Expect(page.GetByTestId("visit-calendar").GetByRole(AriaRole.Link, new() { Name = ReferenceVisit.VisitTitle })).ToHaveCountAsync(0);

        await page.GotoAsync("/visits/calendar?month=2025-05&from=2025-06-01&to=2025-05-01&country=XX");
        await Browser.WaitForInteractivityAsync(page);
        var filters = page.GetByTestId("visit-filters");
        await Expect(filters).ToContainTextAsync("The last day cannot be before the first day.");
        await Expect(filters).ToContainTextAsync("“XX” is not a country code: use an ISO 3166-1 alpha-2 code such as KZ.");
        await Expect(page.GetByTestId("calendar-filter-error")).ToHaveTextAsync("Correct the filters marked above to see visits.");
        await Expect(page.GetByTestId("visit-calendar")).ToHaveCountAsync(0);
        await Browser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task VisitList_FilteredFromTheBar_KeepsTheFilterInTheAddress_AndOpensTheMonthView()
    {
        var outbound = await CountAsync(new VisitFilter(Direction: VisitDirection.Outbound));
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/visits");
        await Browser.WaitForInteractivityAsync(page);

        await page.GetByTestId("filter-direction").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Outbound" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/visits\?direction=Outbound$"));
        await Expect(page.GetByTestId("list-count")).ToHaveTextAsync($"{outbound} found");
        await Browser.AssertAccessibleAsync(page);
        await Expect(page.GetByTestId("calendar-view")).ToHaveAttributeAsync("href", "/visits/calendar?direction=Outbound");

        var kazakhVehicles = await CountAsync(new VisitFilter(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31), CountryCode: "KZ", FieldCode: "0716"));
        await page.GotoAsync("/visits?country=KZ&field=0716&from=2025-05-01&to=2025-05-31");
        await Expect(page.GetByTestId("visit-list").GetByRole(AriaRole.Link, new() { Name = ReferenceVisit.VisitTitle })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("list-count")).ToHaveTextAsync($"{kazakhVehicles} found");
        await Browser.ScreenshotAsync(page, "visit-list-filtered");
    }

    [Fact]
    public async Task VisitList_ByInstitutionFromTheAddress_OffersItsUnits_AndFiltersByTheOneChosen()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var xypi = Assert.Single(await scope.ServiceProvider.GetRequiredService<PartnershipPortal.Core.Features.Institutions.InstitutionService>().PickAsync("Xianyang Polytechnic"));
        var medical = (await scope.ServiceProvider.GetRequiredService<VisitCalendar>().ChoicesAsync(xypi.Id, null)).Units.Single(u => u.Name == "Medical School");
        var hostedByMedical = await CountAsync(new VisitFilter(InstitutionId: xypi.Id, UnitId: medical.Id));
        var page = await browser.SignedInPageAsync(server, PortalRoles.Dean);

        await page.GotoAsync($"/visits?institution={xypi.Id}");
        await Browser.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("filter-institution").Locator("xpath=self::input | .//input").First).ToHaveValueAsync(xypi.Name);
        await Expect(page.GetByTestId("list-count")).ToHaveTextAsync($"{await CountAsync(new VisitFilter(InstitutionId: xypi.Id))} found");

        await page.GetByTestId("filter-unit").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Medical School" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($@"/visits\?institution={xypi.Id}&unit={medical.Id}$"));
        await Expect(page.GetByTestId("list-count")).ToHaveTextAsync($"{hostedByMedical} found");
        await Expect(page.GetByTestId("visit-list").GetByRole(AriaRole.Link, new() { Name = ReferenceVisit.VisitTitle })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);
    }
}
