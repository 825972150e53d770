using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.People;

public sealed class PersonFormTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    private static ILocator Field(IPage page, string label) =>
        page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex($"^{Regex.Escape(label)}\\s*\\*?$") });

    [Fact]
    public async Task Office_AddsAPersonToAnInstitution_AndIsWarnedBeforeAddingThemTwice()
    {
        var institution = new Institution { Name = "Oriental Technical-Humanities College", Kind = InstitutionKind.College, CountryCode = "KZ" };
        institution.AddUnit("Office of the President", UnitKind.Office);
        var id = await server.SeedAsync(db => db.Institutions.Add(institution));
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            await page.GotoAsync($"/people/new?institution={id}");
            await Browser.WaitForInteractivityAsync(page);
            await Expect(page.GetByTestId("institution-picker").Locator("xpath=self::input | .//input").First).ToHaveValueAsync("Oriental Technical-Humanities College");
            await Field(page, "Full name").FillAsync("Irgebayev Yernar");
            await Field(page, "Position").FillAsync("President");
            await page.GetByTestId("save").ClickAsync();
            if (attempt == 0)
            {
                await Expect(page).ToHaveURLAsync(new Regex(@"/people/\d+$"));
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Irgebayev Yernar");
                await Expect(page.GetByTestId("person-overview")).ToContainTextAsync("Oriental Technical-Humanities College");
            }
        }

        var warning = page.GetByTestId("duplicates");
        await Expect(warning).ToContainTextAsync("This may be someone already recorded.");
        await Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Irgebayev Yernar" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);

        await page.GetByTestId("save-anyway").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/people/\d+$"));
    }

    [Fact]
    public async Task Administrator_ErasesAPersonsData_OthersSeeNoEraseControl()
    {
        var id = await server.SeedAsync(db => db.People.Add(new Person { FullName = "Zhanar Bekovna Abenova", Position = "Dean", Email = "z.abenova@example.kz" }));
        var office = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await office.GotoAsync($"/people/{id}");
        await Expect(office.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Zhanar Bekovna Abenova");
        await Expect(office.GetByTestId("erase-person")).ToHaveCountAsync(0);

        var admin = await browser.SignedInPageAsync(server, PortalRoles.Administrator);
        await admin.GotoAsync($"/people/{id}");
        await Browser.WaitForInteractivityAsync(admin);
        await admin.GetByTestId("erase-start").ClickAsync();
        await Browser.AssertAccessibleAsync(admin);
        await admin.GetByTestId("erase-confirm").ClickAsync();

        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("[erased]");
        await Expect(admin.GetByTestId("person-overview")).Not.ToContainTextAsync("example.kz");
        await Expect(admin.GetByTestId("person-overview")).ToContainTextAsync("Dean");
    }

    [Fact]
    public async Task Administrator_MergesADuplicatePersonIntoTheRecordToKeep()
    {
        var keepId = await server.SeedAsync(db => db.People.Add(new Person { FullName = "Ruslan Ismukhambetov", Position = "Project Head" }));
        var duplicateId = await server.SeedAsync(db => db.People.Add(new Person { FullName = "R. Ismukhambetov", Position = "Project head" }));
        var admin = await browser.SignedInPageAsync(server, PortalRoles.Administrator);
        await admin.GotoAsync($"/people/{duplicateId}");
        await Browser.WaitForInteractivityAsync(admin);

        await admin.GetByTestId("merge-keep").Locator("xpath=self::input | .//input").First.FillAsync("Ruslan");
        await admin.GetByRole(AriaRole.Option, new() { Name = "Ruslan Ismukhambetov" }).ClickAsync();
        await admin.GetByTestId("merge-start").ClickAsync();
        await Browser.AssertAccessibleAsync(admin);
        await admin.GetByTestId("merge-confirm").ClickAsync();

        await Expect(admin).ToHaveURLAsync(new Regex($"/people/{keepId}$"));
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ruslan Ismukhambetov");
        var gone = await admin.GotoAsync($"/people/{duplicateId}");
        Assert.Equal(404, gone!.Status);
    }

    [Fact]
    public async Task EditingAPerson_IntoSomeoneAlreadyRecorded_WarnsAndOffersThem()
    {
        var firstId = await server.SeedAsync(db => db.People.Add(new Person { FullName = "Aigerim Saparova", Position = "Rector", Email = "rector@example.kz" }));
        var secondId = await server.SeedAsync(db => db.People.Add(new Person { FullName = "Aigerim Saparova-Ten", Email = "a.ten@example.kz" }));
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync($"/people/{secondId}/edit");
        await Browser.WaitForInteractivityAsync(page);

        await Field(page, "E-mail").FillAsync("Rector@example.kz");
        await page.GetByTestId("save").ClickAsync();

        var warning = page.GetByTestId("duplicates");
        await Expect(warning).ToContainTextAsync("With these changes, this may be someone else already recorded");
        await Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Aigerim Saparova", Exact = true })).ToHaveAttributeAsync("href", $"/people/{firstId}");
        await Expect(Field(page, "E-mail")).ToHaveValueAsync("Rector@example.kz");
        await Browser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Administrator_DeletesAPersonNothingRefersTo_AStaffMemberSeesNoDeleteButton()
    {
        var id = await server.SeedAsync(db => db.People.Add(new Person { FullName = "Typed In Error", Position = "Nobody" }));
        var office = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await office.GotoAsync($"/people/{id}/edit");
        await Browser.WaitForInteractivityAsync(office);
        await Expect(Field(office, "Full name")).ToHaveValueAsync("Typed In Error");
        await Expect(office.GetByTestId("delete-start")).ToHaveCountAsync(0);

        var admin = await browser.SignedInPageAsync(server, PortalRoles.Administrator);
        await admin.GotoAsync($"/people/{id}/edit");
        await Browser.WaitForInteractivityAsync(admin);
        await admin.GetByTestId("delete-start").ClickAsync();
        await admin.GetByTestId("delete-confirm").ClickAsync();

        await Expect(admin).ToHaveURLAsync(new Regex("/people$"));
        var gone = await admin.GotoAsync($"/people/{id}");
        Assert.Equal(404, gone!.Status);
    }
}
