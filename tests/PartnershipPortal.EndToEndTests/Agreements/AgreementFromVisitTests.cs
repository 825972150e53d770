using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Agreements;

/// <summary>
/// The browser case of the agreements issue: from the reference visit, the office records a memorandum
/// between XYPI, ERG and EKTU, signs and activates it, and finds it on the visit and on each party's profile.
/// </summary>
public sealed partial class AgreementFromVisitTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>, IAsyncLifetime
{
    private const string Title = "Memorandum of understanding on vocational education (XYPI, ERG, EKTU)";

    [GeneratedRegex(@"/agreements/(\d+)$")]
    private static partial Regex AgreementAddress();

    public Task InitializeAsync() => server.SeedOnceAsync(db => db.Visits.Add(ReferenceVisit.Create().Visit));

    public Task DisposeAsync() => Task.CompletedTask;

    private static ILocator Field(ILocator scope, string label) =>
        scope.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex($"^{Regex.Escape(label)}\\s*\\*?$") });

    private static ILocator Party(IPage page, int index) => page.GetByTestId("party").Nth(index);

    /// <summary>The input of a MudBlazor field, whichever element its test id landed on.</summary>
    private static ILocator Input(ILocator field) => field.Locator("xpath=self::input | .//input").First;

    /// <summary>The whole control of a field: its input, label and the message shown beside it.</summary>
    private static ILocator Control(ILocator field) =>
        field.Locator("xpath=(ancestor-or-self::div[contains(concat(' ', @class, ' '), ' mud-input-control ')] | .//div[contains(concat(' ', @class, ' '), ' mud-input-control ')])[1]");

    private static async Task TypeDateAsync(ILocator picker, string date)
    {
        var input = Input(picker);
        await input.FillAsync(date);
        await input.PressAsync("Enter");
        await Expect(input).ToHaveValueAsync(date);
    }

    private static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true })).ToHaveCountAsync(0);
    }

    private static async Task<IPage> OpenReferenceVisitAsync(IPage page)
    {
        await page.GotoAsync("/visits?q=kazakh");
        await page.GetByTestId("visit-list").GetByRole(AriaRole.Link, new() { Name = ReferenceVisit.VisitTitle }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ReferenceVisit.VisitTitle);
        return page;
    }

    [Fact]
    public async Task Office_RecordsAThreePartyMemorandumFromTheReferenceVisit_SignsAndActivatesIt_AndFindsItOnTheVisitAndEachParty()
    {
        var page = await OpenReferenceVisitAsync(await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice));
        var visitAddress = page.Url;
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("new-agreement-from-visit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/agreements/new\?fromVisit=\d+$"));
        await Browser.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("from-visit")).ToContainTextAsync(ReferenceVisit.VisitTitle);

        // The host and the five represented institutions come from the visit; three of them sign.
        await Expect(page.GetByTestId("party")).ToHaveCountAsync(6);
        for (var left = 5; left >= 3; left--)
        {
            await Party(page, 3).GetByTestId("remove-party").ClickAsync();
            await Expect(page.GetByTestId("party")).ToHaveCountAsync(left);
        }

        foreach (var (index, name) in new[] { (0, "Xianyang Polytechnic Institute"), (1, "Eurasian Resources Group"), (2, "East Kazakhstan Technical University") })
        {
            await Expect(Input(Party(page, index).GetByTestId("party-institution"))).ToHaveValueAsync(name);
        }

        await Expect(page.GetByTestId("linked-visits")).ToContainTextAsync(ReferenceVisit.VisitTitle);
        await Expect(Input(page.GetByTestId("agreement-fields"))).ToHaveValueAsync("0715, 0716, 0914");

        await Field(page.GetByTestId("agreement-form"), "Title").FillAsync(Title);
        await TypeDateAsync(page.GetByTestId("agreement-SignedOn"), "22 May 2025");
        await TypeDateAsync(page.GetByTestId("agreement-EffectiveOn"), "1 Jun 2025");
        await TypeDateAsync(page.GetByTestId("agreement-ExpiresOn"), "31 May 2025");

        // Who signed for each party: Wu Xujin and Ruslan Ismukhambetov as recorded, EKTU's rector by name.
        foreach (var (index, person) in new[] { (0, "Wu Xujin"), (1, "Ruslan Ismukhambetov") })
        {
            await Party(page, index).GetByTestId("add-signatory").ClickAsync();
            await ChooseAsync(page, Party(page, index).GetByTestId("signatory-person"), person);
            await TypeDateAsync(Party(page, index).GetByTestId("signatory-signed"), "22 May 2025");
        }

        await Expect(Field(Party(page, 0), "Position")).ToHaveValueAsync("Vice President");
        await Party(page, 2).GetByTestId("add-signatory").ClickAsync();
        await Field(Party(page, 2), "Name, if not recorded").FillAsync("Rector of EKTU");
        await Field(Party(page, 2), "Position").FillAsync("Rector");
        await Browser.AssertAccessibleAsync(page);

        // Expiry before the date it takes effect: refused beside the field, everything typed kept.
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("form-error")).ToBeVisibleAsync();
        await Expect(Control(page.GetByTestId("agreement-ExpiresOn"))).ToContainTextAsync("The agreement must expire after the date it takes effect.");
        await Expect(page).ToHaveURLAsync(new Regex(@"/agreements/new\?fromVisit=\d+$"));
        await Expect(Field(page.GetByTestId("agreement-form"), "Title")).ToHaveValueAsync(Title);
        await Expect(Field(Party(page, 2), "Name, if not recorded")).ToHaveValueAsync("Rector of EKTU");
        await Expect(page.GetByTestId("party")).ToHaveCountAsync(3);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "agreement-form-refused");

        await TypeDateAsync(page.GetByTestId("agreement-ExpiresOn"), "31 May 2030");
        await page.GetByTestId("save").ClickAsync();

        await Expect(page).ToHaveURLAsync(AgreementAddress());
        var agreementAddress = page.Url;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Expect(page.GetByTestId("agreement-status")).ToHaveTextAsync("Draft");
        await Expect(page.GetByTestId("agreement-party")).ToHaveTextAsync(
        [
            new Regex(@"^Xianyang Polytechnic Institute\s+— Vocational school, China\s*Signed by Wu Xujin, Vice President, 22 May 2025$"),
            new Regex(@"^Eurasian Resources Group\s+— Company, Kazakhstan\s*Signed by Ruslan Ismukhambetov, Project Head, 22 May 2025$"),
            new Regex(@"^East Kazakhstan Technical University\s+— University, Kazakhstan\s*Signed by Rector of EKTU, Rector$"),
        ]);
        await Expect(page.GetByTestId("agreement-visits")).ToContainTextAsync(ReferenceVisit.VisitTitle);
        await Browser.WaitForInteractivityAsync(page);

        // The lifecycle: negotiated, signed (its date was entered), activated; each move on the timeline.
        await Input(page.GetByTestId("lifecycle-reason")).FillAsync("Draft sent to ERG and EKTU");
        await page.GetByTestId("move-UnderNegotiation").ClickAsync();
        await Expect(page.GetByTestId("agreement-status")).ToHaveTextAsync("Under negotiation");
        await Input(page.GetByTestId("lifecycle-reason")).FillAsync("Signed by all three parties");
        await page.GetByTestId("move-Signed").ClickAsync();
        await Expect(page.GetByTestId("agreement-status")).ToHaveTextAsync("Signed");
        await page.GetByTestId("move-Active").ClickAsync();
        await Expect(page.GetByTestId("agreement-status")).ToHaveTextAsync("Active");
        await Expect(page.GetByTestId("agreement-timeline").Locator("li")).ToHaveTextAsync(
        [
            new Regex("Draft → Under negotiation, by E2E InternationalOffice: Draft sent to ERG and EKTU$"),
            new Regex("Under negotiation → Signed, by E2E InternationalOffice: Signed by all three parties$"),
            new Regex("Signed → Active, by E2E InternationalOffice$"),
        ]);
        await Expect(page.GetByTestId("renew")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "agreement-active");

        // On the visit that led to it, and on each party's profile, as active.
        await page.GotoAsync(visitAddress);
        var onVisit = page.GetByTestId("record-links").GetByTestId("agreements").Locator("li");
        await Expect(onVisit).ToHaveTextAsync([$"{Title} — Memorandum of understanding, Active, Expires 31 May 2030"]);
        await page.GotoAsync(agreementAddress);
        var profiles = new List<(string Party, string Href)>();
        foreach (var party in new[] { "Xianyang Polytechnic Institute", "Eurasian Resources Group", "East Kazakhstan Technical University" })
        {
            var link = page.GetByTestId("agreement-parties").GetByRole(AriaRole.Link, new() { Name = party, Exact = true });
            profiles.Add((party, (await link.GetAttributeAsync("href"))!));
        }

        foreach (var (party, href) in profiles)
        {
            await page.GotoAsync(href);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(party);
            await Expect(page.GetByTestId("institution-agreements").Locator("li").Filter(new() { HasText = Title }))
                .ToHaveTextAsync($"{Title} — Memorandum of understanding, Active, Expires 31 May 2030");
        }

        await page.GotoAsync("/institutions?q=oriental");
        await page.GetByTestId("institution-list").GetByRole(AriaRole.Link, new() { Name = "Oriental Technical-Humanities College" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Oriental Technical-Humanities College");
        await Expect(page.GetByTestId("institution-agreements")).Not.ToContainTextAsync(Title);
    }

    private Task<int> SeedAgreementAsync(string title, AgreementStatus status, DateOnly? signedOn) =>
        server.SeedAsync(db =>
        {
            var agreement = new CooperationAgreement { Title = title, Kind = AgreementKind.StudentExchange, Status = status, SignedOn = signedOn };
            agreement.SetTerm(new DateOnly(2024, 9, 1), new DateOnly(2029, 8, 31));
            agreement.AddParty(db.Institutions.Single(i => i.Acronym == "XYPI"));
            agreement.AddParty(db.Institutions.Single(i => i.Acronym == "EKTU"));
            db.Agreements.Add(agreement);
        });

    [Fact]
    public async Task ARefusedMove_ShowsTheLifecyclesReason_AndChangesNothing()
    {
        var id = await SeedAgreementAsync("Staff exchange with EKTU, not yet dated", AgreementStatus.UnderNegotiation, signedOn: null);
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync($"/agreements/{id}");
        await Browser.WaitForInteractivityAsync(page);

        await page.GetByTestId("move-Signed").ClickAsync();

        await Expect(page.GetByTestId("lifecycle-error")).ToHaveTextAsync("Enter the date the agreement was signed before marking it signed.");
        await Expect(page.GetByTestId("agreement-status")).ToHaveTextAsync("Under negotiation");
        await Expect(page.GetByTestId("agreement-timeline").Locator("li")).ToHaveCountAsync(0);
        await Browser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Renewing_OpensTheSuccessorsEditPage_AndLinksTheTwoBothWays()
    {
        const string title = "Student exchange with EKTU";
        var id = await SeedAgreementAsync(title, AgreementStatus.Active, new DateOnly(2024, 8, 20));
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync($"/agreements/{id}");
        await Browser.WaitForInteractivityAsync(page);

        await page.GetByTestId("renew").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/agreements/\d+/edit$"));
        Assert.DoesNotContain($"/agreements/{id}/edit", page.Url, StringComparison.Ordinal);
        await Browser.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("agreement-status-note")).ToContainTextAsync("Status: Draft.");
        await Expect(Field(page.GetByTestId("agreement-form"), "Title")).ToHaveValueAsync(title);
        await Expect(Input(page.GetByTestId("agreement-EffectiveOn"))).ToHaveValueAsync("1 Sep 2029");
        await Expect(Input(page.GetByTestId("agreement-ExpiresOn"))).ToHaveValueAsync("31 Aug 2034");
        await Expect(page.GetByTestId("party")).ToHaveCountAsync(2);
        await Browser.AssertAccessibleAsync(page);
        await Field(page.GetByTestId("agreement-form"), "Title").FillAsync($"{title} (2029–2034)");
        await page.GetByTestId("save").ClickAsync();

        await Expect(page).ToHaveURLAsync(AgreementAddress());
        await Expect(page.GetByTestId("agreement-status")).ToHaveTextAsync("Draft");
        await Expect(page.GetByTestId("agreement-renews").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/agreements/{id}");
        var successor = new Uri(page.Url).AbsolutePath;

        await page.GotoAsync($"/agreements/{id}");
        await Expect(page.GetByTestId("agreement-status")).ToHaveTextAsync("Active");
        await Expect(page.GetByTestId("agreement-renewed-by")).ToHaveTextAsync($"Renewed by {title} (2029–2034) (Draft)");
        await Expect(page.GetByTestId("agreement-renewed-by").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", successor);
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("renew").ClickAsync();
        await Expect(page.GetByTestId("lifecycle-error")).ToHaveTextAsync($"This agreement already has a successor, “{title} (2029–2034)”: continue with that one.");
    }

    [Fact]
    public async Task AViewer_SeesNeitherTheNewAgreementButtonNorTheLifecycleMoves()
    {
        var id = await SeedAgreementAsync("Student exchange with EKTU, as a viewer sees it", AgreementStatus.Active, new DateOnly(2024, 8, 20));
        var page = await OpenReferenceVisitAsync(await browser.SignedInPageAsync(server, PortalRoles.Viewer));
        await Expect(page.GetByTestId("new-agreement-from-visit")).ToHaveCountAsync(0);

        await page.GotoAsync($"/agreements/{id}");
        await Browser.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("agreement-status")).ToHaveTextAsync("Active");
        await Expect(page.GetByTestId("agreement-timeline")).ToBeAttachedAsync();
        await Expect(page.GetByTestId("lifecycle-moves")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("edit")).ToHaveCountAsync(0);

        await page.GotoAsync("/agreements/new");
        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
    }

    [Fact]
    public async Task AgreementList_KeepsItsFiltersInTheAddress_AndSaysWhenExpiringWithinIsNoNumberOfDays()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/agreements?expiring=0");
        await Browser.WaitForInteractivityAsync(page);

        await Expect(Control(page.GetByTestId("filter-expiring"))).ToContainTextAsync("Enter a whole number of days from 1 to 3650.");
        await Browser.AssertAccessibleAsync(page);

        var expiring = Input(page.GetByTestId("filter-expiring"));
        await expiring.FillAsync("3650");
        await expiring.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/agreements\?expiring=3650$"));
        await Expect(Control(page.GetByTestId("filter-expiring"))).Not.ToContainTextAsync("Enter a whole number");

        await ChooseAsync(page, page.GetByTestId("filter-status"), "Terminated");
        await Expect(page).ToHaveURLAsync(new Regex(@"/agreements\?expiring=3650&status=Terminated$"));
        await Expect(page.GetByTestId("list-count")).ToHaveTextAsync("0 found");
    }
}
