using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Visits;

/// <summary>
/// A member of the international office enters the whole reference visit through the guided form: what
/// the portal already knows (XYPI with its units and facilities, Wu Xujin, ERG and EKTU with their people,
/// the Belt and Road Initiative) is picked, everything else is recorded inline without leaving the form.
/// The visit's page then shows every fact of the scenario.
/// </summary>
public sealed partial class VisitStepperTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>, IAsyncLifetime
{
    public Task InitializeAsync() => server.SeedOnceAsync(db =>
    {
        var reference = ReferenceVisit.Create();
        db.Institutions.AddRange(reference.Xypi, reference.Erg, reference.Ektu);
        db.People.AddRange(reference.WuXujin, reference.NamedMembers[0], reference.NamedMembers[1]);
        db.Frameworks.Add(reference.BeltAndRoad);
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [GeneratedRegex(@"/visits/(\d+)$")]
    private static partial Regex VisitAddress();

    [Fact]
    public async Task Office_EntersTheReferenceVisitThroughTheStepper_AndFindsEveryFactOnItsPage()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync("/visits");
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("new-visit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New visit");
        var form = new VisitFormPage(page);
        await form.ExpectStepAsync("Basics");

        await EnterBasicsAsync(form);
        await form.NextAsync("Delegation");
        await EnterDelegationAsync(form);
        await form.NextAsync("Hosts");
        await Expect(page.GetByTestId("draft-status")).ToContainTextAsync("Draft saved at");
        await EnterHostsAsync(form);
        await form.NextAsync("Agenda");
        await EnterAgendaAsync(form);
        await form.NextAsync("Interests");
        await EnterInterestsAsync(form);
        await form.NextAsync("Outcomes");
        await EnterOutcomesAsync(form);
        await form.NextAsync("Review");
        await Expect(page.GetByTestId("facts")).ToContainTextAsync("Delegation from Kazakhstan (ERG, universities and colleges) — 15 members, 4 named");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "visit-form-review");

        await form.ClickAsync("save");

        await Expect(page).ToHaveURLAsync(VisitAddress());
        await ExpectEveryFactAsync(page);
        await page.GotoAsync("/visits");
        await Expect(page.GetByTestId("new-visit")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("drafts-link")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Office_EditsCancelsAndCopiesAVisit_AndFinishesTheCopyFromItsDraft()
    {
        await server.SeedAsync(db =>
        {
            var guest = new Institution { Name = "Lanzhou Jiaotong University", Kind = InstitutionKind.University, CountryCode = "CN" };
            var delegation = new Delegation { Title = "Delegation from Lanzhou" };
            delegation.SetDeclaredSize(3);
            delegation.AddMember(new Person { FullName = "Li Wei", Position = "Dean of Railway Engineering", Institution = guest });
            var visit = new Visit
            {
                Title = "Lanzhou delegation in Astana", Direction = VisitDirection.Inbound, TimeZoneId = "Asia/Almaty", Status = VisitStatus.Planned, Delegation = delegation,
                HostInstitution = new Institution { Name = "Astana IT University", Kind = InstitutionKind.University, CountryCode = "KZ" },
            };
            visit.Schedule(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 11));
            db.Visits.Add(visit);
        });
        // An administrator, so that this test's drafts stay apart from the other test's.
        var page = await browser.SignedInPageAsync(server, PortalRoles.Administrator);
        await page.GotoAsync("/visits?q=Lanzhou");
        await page.GetByTestId("visit-list").GetByRole(AriaRole.Link, new() { Name = "Lanzhou delegation in Astana" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(VisitAddress());
        var visitAddress = page.Url;
        await Browser.WaitForInteractivityAsync(page);

        await page.GetByTestId("edit-visit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Edit visit");
        var form = new VisitFormPage(page);
        await Expect(form.Field("Title")).ToHaveValueAsync("Lanzhou delegation in Astana");
        await form.FillAsync("Title", "Lanzhou delegation at Astana IT University");
        await form.ClickAsync("save");
        await Expect(page).ToHaveURLAsync(visitAddress);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lanzhou delegation at Astana IT University");

        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("cancel-visit").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Cancel this visit" });
        await Browser.AssertAccessibleAsync(page);
        await dialog.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex(@"^Reason\s*\*?$") }).FillAsync("Postponed by the guests until autumn.");
        await page.GetByTestId("confirm-cancel").ClickAsync();
        await Expect(page.GetByTestId("visit-status")).ToHaveTextAsync("Cancelled");
        await Expect(page.GetByTestId("visit-summary-text")).ToContainTextAsync(": Postponed by the guests until autumn.");

        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("copy-visit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New visit from a copy");
        await Expect(form.Field("Title")).ToHaveValueAsync("Lanzhou delegation at Astana IT University");
        await Expect(form.Field("First day")).ToHaveValueAsync(string.Empty);
        await form.FillAsync("First day", "2026-10-06");
        await form.NextAsync("Delegation");
        await Expect(page.GetByTestId("member-row")).ToContainTextAsync("Dean of Railway Engineering, Lanzhou Jiaotong University");

        await page.GotoAsync("/visits");
        await page.GetByTestId("drafts-link").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My draft visits");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByTestId("draft-list").GetByRole(AriaRole.Link, new() { Name = "Lanzhou delegation at Astana IT University" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Finish a draft visit");
        await form.ExpectStepAsync("Delegation");
        await form.ClickAsync("save");

        await Expect(page).ToHaveURLAsync(VisitAddress());
        Assert.NotEqual(visitAddress, page.Url);
        await Expect(page.GetByTestId("visit-dates")).ToHaveTextAsync("6 Oct 2026");
        await Expect(page.GetByTestId("visit-status")).ToHaveTextAsync("Planned");
        await Expect(page.GetByTestId("delegation-members")).ToContainTextAsync("Li Wei");
        await page.GotoAsync("/visits");
        await Expect(page.GetByTestId("new-visit")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("drafts-link")).ToHaveCountAsync(0);
    }

    private static async Task EnterBasicsAsync(VisitFormPage form)
    {
        await form.FillAsync("Title", ReferenceVisit.VisitTitle);
        await form.PickAsync("host-institution", "Xianyang", "Xianyang Polytechnic Institute");
        await Expect(form.Page.GetByTestId("time-zone").Locator("xpath=self::input | .//input").First).ToHaveValueAsync("Asia/Shanghai");
        await form.FillAsync("Place", "Xianyang Polytechnic Institute, Xianyang, Shaanxi");
        await form.FillAsync("First day", "2025-05-20");
        await Expect(form.Field("Last day")).ToHaveValueAsync("2025-05-20");
        await form.ChooseAsync("status", "Completed");
        await Browser.AssertAccessibleAsync(form.Page);
        await Browser.ScreenshotAsync(form.Page, "visit-form-basics");
    }

    private static async Task EnterDelegationAsync(VisitFormPage form)
    {
        await form.FillAsync("Name of the delegation", "Delegation from Kazakhstan (ERG, universities and colleges)");
        await form.Page.GetByRole(AriaRole.Spinbutton, new() { Name = "Number of members" }).FillAsync("15");
        await form.PickAsync("add-member", "Ruslan", "Ruslan Ismukhambetov — Project Head, Eurasian Resources Group");
        await form.PickAsync("add-member", "Mashekenova", "Mashekenova Assiya — Vice President, East Kazakhstan Technical University");
        await form.NewInstitutionAsync("Oriental Technical-Humanities College", "College", "Kazakh", "Kazakhstan (KZ)");
        await form.NewPersonAsync("new-member", "Irgebayev Yernar", "President", "Oriental", "Oriental Technical-Humanities College");
        await form.NewInstitutionAsync("Aktobe Automobile and Highway College", "College", "Kazakh", "Kazakhstan (KZ)");
        await form.NewPersonAsync("new-member", "Erlan Nursultanovich Safin", "Vice President", "Aktobe", "Aktobe Automobile and Highway College");
        await form.NewInstitutionAsync("Shaanxi ShangpinShuren Education Technology Co., Ltd.", "Company", "China", "China (CN)");

        await Expect(form.Page.GetByTestId("delegation-institutions").Locator("li")).ToHaveTextAsync(
        [
            "Eurasian Resources Group — Company, Kazakhstan", "East Kazakhstan Technical University — University, Kazakhstan",
            "Oriental Technical-Humanities College — College, Kazakhstan", "Aktobe Automobile and Highway College — College, Kazakhstan",
            "Shaanxi ShangpinShuren Education Technology Co., Ltd. — Company, China",
        ]);
        await Expect(form.Page.GetByTestId("member-row")).ToHaveCountAsync(4);
        await Browser.AssertAccessibleAsync(form.Page);
        await Browser.ScreenshotAsync(form.Page, "visit-form-delegation");
    }

    private static async Task EnterHostsAsync(VisitFormPage form)
    {
        (string? Person, string? Role, string? Unit)[] hosts =
        [
            ("Wu Xujin — Vice President, Xianyang Polytechnic Institute", null, null),
            (null, "Dean of the Automotive School", "Automotive School"),
            (null, "Dean of the Medical School", "Medical School"),
            (null, "Officials of the Office of International Exchange and Cooperation", "Office of International Exchange and Cooperation"),
        ];
        for (var i = 0; i < hosts.Length; i++)
        {
            await form.ClickAsync("add-host");
            var (person, role, unit) = hosts[i];
            if (person is not null)
            {
                await form.PickAsync($"host-person-{i}", "Wu", person);
                await form.Page.GetByLabel($"Host {i + 1} led the talks").CheckAsync();
            }
            else
            {
                await form.FillAsync($"Host {i + 1}: role", role!);
                await form.ChooseAsync($"host-unit-{i}", unit!);
            }
        }

        await Browser.AssertAccessibleAsync(form.Page);
        await Browser.ScreenshotAsync(form.Page, "visit-form-hosts");
    }

    private static async Task EnterAgendaAsync(VisitFormPage form)
    {
        (string Kind, string Title, string? Facility)[] items =
        [
            ("Talks", "Talks: the institute's history, location, majors and international cooperation", null),
            ("Facility tour", "Tour of the CNC machining center", "CNC machining center — Technician School, Xianyang Polytechnic Institute"),
            ("Facility tour", "Tour of the new energy vehicle lab", "New energy vehicle lab — Automotive School, Xianyang Polytechnic Institute"),
            ("Facility tour", "Tour of the Human Science Museum", "Human Science Museum — Medical School, Xianyang Polytechnic Institute"),
        ];
        for (var i = 0; i < items.Length; i++)
        {
            await form.ClickAsync("add-agenda-item");
            var (kind, title, facility) = items[i];
            await Expect(form.Field($"Item {i + 1}: date")).ToHaveValueAsync("2025-05-20");
            await form.ChooseAsync($"agenda-kind-{i}", kind);
            await form.FillAsync($"Item {i + 1}: what happened", title);
            if (facility is not null)
            {
                await form.ChooseAsync($"agenda-facility-{i}", facility);
            }
        }

        await Browser.AssertAccessibleAsync(form.Page);
        await Browser.ScreenshotAsync(form.Page, "visit-form-agenda");
    }

    private static async Task EnterInterestsAsync(VisitFormPage form)
    {
        (string Search, string Field, string Wording)[] fields =
        [
            ("0715", "0715 Mechanics and metal trades", "advanced manufacturing"),
            ("motor vehicles", "0716 Motor vehicles, ships and aircraft", "new energy vehicles"),
            ("medical diagnostic", "0914 Medical diagnostic and treatment technology", "medical technology"),
        ];
        for (var i = 0; i < fields.Length; i++)
        {
            await form.ClickAsync("add-field");
            await form.PickAsync($"field-code-{i}", fields[i].Search, fields[i].Field);
            await form.FillAsync($"Field {i + 1}: the source's words", fields[i].Wording);
        }

        string[] wordings = ["joint research", "faculty-student exchanges", "faculty-student exchanges", "skills development programs"];
        for (var i = 0; i < wordings.Length; i++)
        {
            await form.ClickAsync("add-cooperation");
            await form.FillAsync($"Cooperation {i + 1}: the source's words", wordings[i]);
        }

        await form.ChooseAsync("add-framework", "Belt and Road Initiative (BRI) — Framework");
        await form.NewFrameworkAsync("Qinling Workshop", "Project", "XYPI's Sino-Kazakh overseas education project.", runByHost: true);
        await form.NewFrameworkAsync("Globally recognised vocational standards", "Initiative",
            "XYPI's development of vocational education standards recognised internationally.", runByHost: true);
        await Expect(form.Page.GetByTestId("chosen-frameworks").Locator("li")).ToHaveCountAsync(3);
        await Browser.AssertAccessibleAsync(form.Page);
        await Browser.ScreenshotAsync(form.Page, "visit-form-interests");
    }

    private static async Task EnterOutcomesAsync(VisitFormPage form)
    {
        await form.FillAsync("Summary", "A 15-member delegation from Kazakhstan visited the institute to strengthen educational and industrial ties.");
        await form.ClickAsync("add-outcome");
        await form.FillAsync("Outcome 1", "Both sides intend to deepen cooperation in vocational education.");
        await form.ClickAsync("add-outcome");
        await form.FillAsync("Outcome 2", "XYPI aims to partner with Kazakh institutions and enterprises to establish vocational education benchmarks.");
        await form.ClickAsync("add-quotation");
        await form.FillAsync("Quotation 1", ReferenceVisit.Quote);
        await form.PickAsync("speaker-0", "Wu", "Wu Xujin — Vice President, Xianyang Polytechnic Institute");
        await Browser.AssertAccessibleAsync(form.Page);
        await Browser.ScreenshotAsync(form.Page, "visit-form-outcomes");
    }

    private static async Task ExpectEveryFactAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ReferenceVisit.VisitTitle);
        await ReferenceVisitFacts.ExpectOnPageAsync(page);
        await Expect(page.GetByTestId("visit-summary-text")).ToHaveTextAsync(
            "A 15-member delegation from Kazakhstan visited the institute to strengthen educational and industrial ties.");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "visit-entered-through-the-form");
    }
}
