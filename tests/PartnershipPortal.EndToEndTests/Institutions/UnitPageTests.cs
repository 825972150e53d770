using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Institutions;

/// <summary>Staff rename and archive units and facilities in place; administrators alone delete them.</summary>
public sealed class UnitPageTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    private static ILocator Input(ILocator field) => field.Locator("xpath=self::input | .//input").First;

    private static ILocator UnitRow(IPage page, string name) =>
        page.GetByTestId("unit-row").Filter(new() { Has = page.Locator("strong", new() { HasTextString = name }) });

    private static ILocator FacilityRow(IPage page, string name) => page.GetByTestId("facility-row").Filter(new() { HasTextString = name });

    [Fact]
    public async Task Office_RenamesAndArchivesUnitsAndFacilities_AndTheProfileMarksTheArchivedOnes()
    {
        var institution = new Institution { Name = "Baoji Vocational College", Kind = InstitutionKind.VocationalSchool, CountryCode = "CN" };
        institution.AddUnit("Automobile School", UnitKind.School).AddFacility("NEV lab");
        institution.AddUnit("Medical School", UnitKind.School).AddFacility("Anatomy museum");
        var id = await server.SeedAsync(db => db.Institutions.Add(institution));
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync($"/institutions/{id}/units");
        await Browser.WaitForInteractivityAsync(page);

        await UnitRow(page, "Automobile School").GetByTestId("unit-edit").ClickAsync();
        var name = Input(page.GetByTestId("unit-edit-name"));
        await name.FillAsync(string.Empty);
        await page.GetByTestId("unit-save").ClickAsync();
        await Expect(page.GetByTestId("unit-form")).ToContainTextAsync("Enter the unit's name.");
        await name.FillAsync("Medical School");
        await page.GetByTestId("unit-save").ClickAsync();
        await Expect(page.GetByTestId("unit-form")).ToContainTextAsync("Baoji Vocational College already has a unit called Medical School.");
        await Expect(name).ToHaveValueAsync("Medical School");
        await Browser.AssertAccessibleAsync(page);
        await name.FillAsync("Automotive School");
        await page.GetByTestId("unit-save").ClickAsync();
        await Expect(page.GetByTestId("unit-form")).ToHaveCountAsync(0);
        await Expect(UnitRow(page, "Automotive School")).ToContainTextAsync("NEV lab");

        await FacilityRow(page, "NEV lab").GetByTestId("facility-edit").ClickAsync();
        await Input(page.GetByTestId("facility-edit-name")).FillAsync("New energy vehicle lab");
        await page.GetByTestId("facility-save").ClickAsync();
        await Expect(FacilityRow(page, "New energy vehicle lab")).ToBeVisibleAsync();

        await FacilityRow(page, "Anatomy museum").GetByTestId("facility-archive").ClickAsync();
        await Expect(FacilityRow(page, "Anatomy museum").GetByTestId("facility-archived")).ToHaveTextAsync("archived");
        await UnitRow(page, "Medical School").GetByTestId("unit-archive").ClickAsync();
        await Expect(UnitRow(page, "Medical School").GetByTestId("unit-archived")).ToHaveTextAsync("archived");
        await Expect(UnitRow(page, "Medical School").GetByTestId("unit-archive")).ToHaveTextAsync("Restore from archive");
        await Expect(page.GetByTestId("unit-delete-start")).ToHaveCountAsync(0);

        await page.GetByTestId("facility-unit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Automotive School" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Medical School" })).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Escape");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "units-archived");

        await page.GotoAsync($"/institutions/{id}");
        var units = page.GetByTestId("institution-units");
        await Expect(units).ToContainTextAsync("Automotive School (School)Facilities: New energy vehicle lab");
        await Expect(units).ToContainTextAsync("Medical School (School, archived)Facilities: Anatomy museum (archived)");
    }

    [Fact]
    public async Task Administrator_DeletesAnUnusedFacility_AndIsToldWhyAUnitAVisitToursStays()
    {
        var institution = new Institution { Name = "Xianyang Technician College", Kind = InstitutionKind.VocationalSchool, CountryCode = "CN" };
        var unit = institution.AddUnit("Technician School", UnitKind.School);
        var toured = unit.AddFacility("CNC machining center");
        unit.AddFacility("Old storage room");
        var visit = new Visit { Title = "Tour of the CNC centre", Direction = VisitDirection.Inbound, HostInstitution = institution, Status = VisitStatus.Completed };
        visit.Schedule(new DateOnly(2025, 5, 20), new DateOnly(2025, 5, 20));
        visit.AddAgendaItem(new DateOnly(2025, 5, 20), AgendaItemKind.FacilityTour, "CNC tour", toured);
        await server.SeedAsync(db => db.Visits.Add(visit));
        var id = institution.Id;
        var page = await browser.SignedInPageAsync(server, PortalRoles.Administrator);
        await page.GotoAsync($"/institutions/{id}/units");
        await Browser.WaitForInteractivityAsync(page);

        await FacilityRow(page, "Old storage room").GetByTestId("facility-delete-start").ClickAsync();
        await Expect(page.GetByTestId("facility-delete-confirmation")).ToContainTextAsync("This facility will be deleted for good");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByTestId("facility-delete-confirm").ClickAsync();
        await Expect(page.GetByTestId("facility-row")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("facility-row")).ToContainTextAsync("CNC machining center");

        var row = UnitRow(page, "Technician School");
        await row.GetByTestId("unit-delete-start").ClickAsync();
        await row.GetByTestId("unit-delete-confirm").ClickAsync();
        await Expect(row.GetByTestId("unit-delete-refused")).ToHaveTextAsync("1 visit refers to this unit — archive it instead.");
        await Expect(page.GetByTestId("unit-row")).ToHaveCountAsync(1);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "units-delete-refused");
    }
}
