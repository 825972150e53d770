using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Institutions;

/// <summary>Staff create and edit institutions in the form; others see no edit control; conflicts are explained.</summary>
public sealed partial class InstitutionFormTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [GeneratedRegex(@"/institutions/(\d+)$")]
    private static partial Regex RecordAddress();

    /// <summary>The field labelled so, required fields carrying MudBlazor's asterisk too.</summary>
    private static ILocator Field(IPage page, string label) =>
        page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex($"^{Regex.Escape(label)}\\s*\\*?$") });

    private static async Task FillAsync(IPage page, string label, string value) => await Field(page, label).FillAsync(value);

    private static async Task ChooseCountryAsync(IPage page, string search, string option)
    {
        await page.GetByTestId("country-picker").Locator("xpath=self::input | .//input").First.FillAsync(search);
        await page.GetByRole(AriaRole.Option, new() { Name = option }).ClickAsync();
        await Expect(page.GetByTestId("country-picker").Locator("xpath=self::input | .//input").First).ToHaveValueAsync(option);
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = option })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Office_CreatesAnInstitution_AfterFixingWhatTheFormPointsOut()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/institutions");
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("new").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New institution");
        await Browser.WaitForInteractivityAsync(page);

        await FillAsync(page, "Name", "East Kazakhstan Technical University");
        await FillAsync(page, "Name in original script", "Восточно-Казахстанский технический университет");
        await FillAsync(page, "Acronym", "EKTU");
        await ChooseCountryAsync(page, "Kazakh", "Kazakhstan (KZ)");
        await FillAsync(page, "City", "Ust-Kamenogorsk");
        await FillAsync(page, "Website", "ektu.kz");
        await Field(page, "Website").PressAsync("Tab");
        await page.GetByTestId("save").ClickAsync();

        await Expect(page.GetByText("Enter a full web address starting with http:// or https://, such as https://www.example.edu.")).ToBeVisibleAsync();
        await Expect(Field(page, "Acronym")).ToHaveValueAsync("EKTU");
        await Browser.AssertAccessibleAsync(page);

        await FillAsync(page, "Website", "https://www.ektu.kz");
        await page.GetByTestId("save").ClickAsync();

        await Expect(page).ToHaveURLAsync(RecordAddress());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("East Kazakhstan Technical University");
        await Expect(page.GetByTestId("institution-original-name")).ToHaveTextAsync("Восточно-Казахстанский технический университет");
        await Expect(page.GetByTestId("institution-overview")).ToContainTextAsync("Kazakhstan");
        await Expect(page.GetByTestId("institution-overview")).ToContainTextAsync("https://www.ektu.kz");

        await page.GetByTestId("manage-units").ClickAsync();
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("unit-name").Locator("xpath=self::input | .//input").First.FillAsync("School of Mining and Metallurgy");
        await page.GetByTestId("add-unit").ClickAsync();
        await Expect(page.GetByTestId("units")).ToContainTextAsync("School of Mining and Metallurgy (School)");
        await page.GetByTestId("unit-name").Locator("xpath=self::input | .//input").First.FillAsync("school of mining and metallurgy");
        await page.GetByTestId("add-unit").ClickAsync();
        await Expect(page.GetByText("East Kazakhstan Technical University already has a unit called school of mining and metallurgy.")).ToBeVisibleAsync();
        await page.GetByTestId("facility-unit").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "School of Mining and Metallurgy" }).ClickAsync();
        await page.GetByTestId("facility-name").Locator("xpath=self::input | .//input").First.FillAsync("Mineral processing laboratory");
        await page.GetByTestId("add-facility").ClickAsync();
        await Expect(page.GetByTestId("unit-row").GetByTestId("facility-row")).ToContainTextAsync("Mineral processing laboratory");
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync(page.Url.Replace("/units", string.Empty, StringComparison.Ordinal));
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("add-person").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/people/new\?institution=\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New person");
        await Expect(page.GetByTestId("institution-picker").Locator("xpath=self::input | .//input").First).ToHaveValueAsync("East Kazakhstan Technical University");
        await Field(page, "Full name").FillAsync("Mashekenova Assiya");
        await Field(page, "Position").FillAsync("Vice President");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mashekenova Assiya");
        await Expect(page.GetByTestId("person-overview")).ToContainTextAsync("East Kazakhstan Technical University");
    }

    [Fact]
    public async Task NewInstitution_LikeOneRecorded_IsOfferedTheExistingOneFirst()
    {
        var id = await server.SeedAsync(db => db.Institutions.Add(new Institution { Name = "Eurasian Resources Group", Acronym = "ERG", Kind = InstitutionKind.Company, CountryCode = "KZ" }));
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/institutions/new");
        await Browser.WaitForInteractivityAsync(page);

        await FillAsync(page, "Name", "ERG Group");
        await FillAsync(page, "Acronym", "E.R.G.");
        await ChooseCountryAsync(page, "Kazakh", "Kazakhstan (KZ)");
        await page.GetByTestId("save").ClickAsync();

        var warning = page.GetByTestId("duplicates");
        await Expect(warning).ToContainTextAsync("This looks like an institution already recorded in the same country");
        await Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Eurasian Resources Group" })).ToHaveAttributeAsync("href", $"/institutions/{id}");
        await Browser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Viewer_SeesNoEditControl_AndCannotOpenTheForm()
    {
        var id = await server.SeedAsync(db => db.Institutions.Add(new Institution { Name = "Viewer Check College", Kind = InstitutionKind.College, CountryCode = "KZ" }));
        var page = await browser.SignedInPageAsync(server, PortalRoles.Viewer);

        await page.GotoAsync("/institutions");
        await Expect(page.GetByTestId("list-count")).Not.ToBeEmptyAsync();
        await Expect(page.GetByTestId("new")).ToHaveCountAsync(0);
        await page.GotoAsync($"/institutions/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Viewer Check College");
        await Expect(page.GetByTestId("edit")).ToHaveCountAsync(0);

        await page.GotoAsync($"/institutions/{id}/edit");
        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
    }

    [Fact]
    public async Task ConflictingSave_ShowsWhoChangedWhatAndKeepsTheInput()
    {
        var id = await server.SeedAsync(db => db.Institutions.Add(new Institution { Name = "Conflict Test University", Kind = InstitutionKind.University, CountryCode = "KZ", City = "Astana" }));
        var mine = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        var theirs = await browser.SignedInPageAsync(server, PortalRoles.Administrator);
        await mine.GotoAsync($"/institutions/{id}/edit");
        await theirs.GotoAsync($"/institutions/{id}/edit");
        await Browser.WaitForInteractivityAsync(mine);
        await Browser.WaitForInteractivityAsync(theirs);

        await FillAsync(theirs, "City", "Nur-Sultan");
        await theirs.GetByTestId("save").ClickAsync();
        await Expect(theirs).ToHaveURLAsync(RecordAddress());
        await FillAsync(mine, "City", "Akmola");
        await mine.GetByTestId("save").ClickAsync();

        var conflict = mine.GetByTestId("save-conflict");
        await Expect(conflict).ToContainTextAsync("E2E Administrator changed this record");
        await Expect(conflict).ToContainTextAsync("City: yours “Akmola”, now stored “Nur-Sultan”");
        await Expect(Field(mine, "City")).ToHaveValueAsync("Akmola");
        await Browser.AssertAccessibleAsync(mine);

        await mine.GetByTestId("conflict-keep").ClickAsync();
        await Expect(mine).ToHaveURLAsync(RecordAddress());
        await Expect(mine.GetByTestId("institution-overview")).ToContainTextAsync("Akmola");
    }

    [Fact]
    public async Task Administrator_MergesADuplicateIntoTheRecordToKeep()
    {
        var keepId = await server.SeedAsync(db => db.Institutions.Add(new Institution { Name = "Satbayev University", Kind = InstitutionKind.University, CountryCode = "KZ" }));
        var duplicateId = await server.SeedAsync(db => db.Institutions.Add(new Institution { Name = "Satbayev Univ. (duplicate)", Kind = InstitutionKind.University, CountryCode = "KZ" }));
        var office = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await office.GotoAsync($"/institutions/{duplicateId}");
        await Expect(office.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Satbayev Univ. (duplicate)");
        await Expect(office.GetByTestId("merge-institution")).ToHaveCountAsync(0);

        var admin = await browser.SignedInPageAsync(server, PortalRoles.Administrator);
        await admin.GotoAsync($"/institutions/{duplicateId}");
        await Browser.WaitForInteractivityAsync(admin);
        await admin.GetByTestId("merge-keep").Locator("xpath=self::input | .//input").First.FillAsync("Satbayev University");
        await admin.GetByRole(AriaRole.Option, new() { Name = "Satbayev University", Exact = true }).ClickAsync();
        await admin.GetByTestId("merge-start").ClickAsync();
        await Browser.AssertAccessibleAsync(admin);
        await admin.GetByTestId("merge-confirm").ClickAsync();

        await Expect(admin).ToHaveURLAsync(new Regex($"/institutions/{keepId}$"));
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Satbayev University");
        var gone = await admin.GotoAsync($"/institutions/{duplicateId}");
        Assert.Equal(404, gone!.Status);
    }

    [Fact]
    public async Task Administrator_DeletesAnUnreferencedInstitution_AStaffMemberSeesNoDeleteButton()
    {
        var id = await server.SeedAsync(db => db.Institutions.Add(new Institution { Name = "Entered By Mistake Institute", Kind = InstitutionKind.Other, CountryCode = "KZ" }));
        var office = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await office.GotoAsync($"/institutions/{id}/edit");
        await Browser.WaitForInteractivityAsync(office);
        await Expect(Field(office, "Name")).ToHaveValueAsync("Entered By Mistake Institute");
        await Expect(office.GetByTestId("archive")).ToBeVisibleAsync();
        await Expect(office.GetByTestId("delete-start")).ToHaveCountAsync(0);

        var admin = await browser.SignedInPageAsync(server, PortalRoles.Administrator);
        await admin.GotoAsync($"/institutions/{id}/edit");
        await Browser.WaitForInteractivityAsync(admin);
        await admin.GetByTestId("delete-start").ClickAsync();
        await Expect(admin.GetByTestId("delete-confirmation")).ToContainTextAsync("This institution, its units and their facilities will be deleted for good");
        await Browser.AssertAccessibleAsync(admin);
        await admin.GetByTestId("delete-confirm").ClickAsync();

        await Expect(admin).ToHaveURLAsync(new Regex("/institutions$"));
        var gone = await admin.GotoAsync($"/institutions/{id}");
        Assert.Equal(404, gone!.Status);
    }

    [Fact]
    public async Task Administrator_DeletingAnInstitutionOthersReferTo_IsToldWhatRefersToIt()
    {
        var institution = new Institution { Name = "Visited And Bound University", Kind = InstitutionKind.University, CountryCode = "CN" };
        var visit = new Visit { Title = "Visit to the bound university", Direction = VisitDirection.Outbound, HostInstitution = institution, Status = VisitStatus.Completed };
        visit.Schedule(new DateOnly(2025, 4, 2), new DateOnly(2025, 4, 3));
        var agreement = new CooperationAgreement { Title = "Memorandum with the bound university", Kind = AgreementKind.MemorandumOfUnderstanding };
        agreement.AddParty(institution);
        await server.SeedAsync(db => db.AddRange(visit, agreement));
        var admin = await browser.SignedInPageAsync(server, PortalRoles.Administrator);
        await admin.GotoAsync($"/institutions/{institution.Id}/edit");
        await Browser.WaitForInteractivityAsync(admin);

        await admin.GetByTestId("delete-start").ClickAsync();
        await admin.GetByTestId("delete-confirm").ClickAsync();

        await Expect(admin.GetByTestId("delete-refused")).ToHaveTextAsync("1 visit, 1 agreement refer to this institution — merge it into another record or archive it instead.");
        await Browser.ScreenshotAsync(admin, "institution-delete-refused");
        await Expect(admin).ToHaveURLAsync(new Regex($"/institutions/{institution.Id}/edit$"));
        await Browser.AssertAccessibleAsync(admin);
    }

    [Fact]
    public async Task EditingAnInstitution_IntoAnotherOnesName_WarnsAndOffersIt_ButOtherChangesSaveAtOnce()
    {
        var firstId = await server.SeedAsync(db => db.Institutions.Add(new Institution { Name = "Karaganda Technical University", Acronym = "KSTU", Kind = InstitutionKind.University, CountryCode = "KZ" }));
        var secondId = await server.SeedAsync(db => db.Institutions.Add(new Institution { Name = "Karaganda State Technical Institute", Acronym = "KSTU", Kind = InstitutionKind.University, CountryCode = "KZ" }));
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);

        await page.GotoAsync($"/institutions/{secondId}/edit");
        await Browser.WaitForInteractivityAsync(page);
        await FillAsync(page, "City", "Karaganda");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/institutions/{secondId}$"));
        await Expect(page.GetByTestId("institution-overview")).ToContainTextAsync("Karaganda");

        await page.GotoAsync($"/institutions/{secondId}/edit");
        await Browser.WaitForInteractivityAsync(page);
        await FillAsync(page, "Name", "karaganda technical university");
        await page.GetByTestId("save").ClickAsync();

        var warning = page.GetByTestId("duplicates");
        await Expect(warning).ToContainTextAsync("With these changes, this looks like another institution already recorded in the same country");
        await Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Karaganda Technical University" })).ToHaveAttributeAsync("href", $"/institutions/{firstId}");
        await Expect(warning.GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Expect(Field(page, "Name")).ToHaveValueAsync("karaganda technical university");
        await Browser.AssertAccessibleAsync(page);

        await page.GetByTestId("save-anyway").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/institutions/{secondId}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("karaganda technical university");
    }
}
