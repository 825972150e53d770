using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.FollowUps;

public sealed class FollowUpTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    private const string OfficeName = "E2E InternationalOffice";

    private static ILocator Input(ILocator field) => field.Locator("xpath=self::input | .//input | self::textarea | .//textarea").First;

    private async Task<int> VisitAsync(string title)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var host = new Institution { Name = $"Host of {title}", Kind = InstitutionKind.VocationalSchool, CountryCode = "CN" };
        var visit = new Visit { Title = title, Direction = VisitDirection.Inbound, HostInstitution = host, Status = VisitStatus.Completed };
        visit.Schedule(today.AddDays(-10), today.AddDays(-9));
        await server.SeedAsync(db => db.Visits.Add(visit));
        return visit.Id;
    }

    [Fact]
    public async Task Office_AddsAFollowUpForThemself_FindsItUnderMine_AndMarksItDone()
    {
        var visitId = await VisitAsync("Delegation from East Kazakhstan Technical University");
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync($"/visits/{visitId}");
        await Browser.WaitForInteractivityAsync(page);

        await page.GetByTestId("followup-add").ClickAsync();
        var form = page.GetByTestId("followup-form");
        await Expect(form.GetByTestId("followup-owner-input")).ToHaveValueAsync(OfficeName);
        await form.GetByTestId("followup-save").ClickAsync();
        await Expect(form.GetByTestId("followup-form-error")).ToHaveTextAsync("Please correct the fields marked below; nothing was saved.");
        await Expect(form).ToContainTextAsync("Say what must be done.");
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "follow-up-form-refused");

        await Input(form.GetByTestId("followup-title-input")).FillAsync("Send the Qinling Workshop prospectus");
        await Input(form.GetByTestId("followup-due-input")).FillAsync(due.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
        await Input(form.GetByTestId("followup-due-input")).PressAsync("Tab");
        await Input(form.GetByTestId("followup-notes-input")).FillAsync("In Russian and English");
        await form.GetByTestId("followup-save").ClickAsync();

        var item = page.GetByTestId("followups").GetByTestId("followup");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item.GetByTestId("followup-title")).ToHaveTextAsync("Send the Qinling Workshop prospectus");
        await Expect(item.GetByTestId("followup-status")).ToHaveTextAsync("Open");
        await Expect(item.GetByTestId("followup-due")).ToHaveTextAsync(due.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
        await Expect(item.GetByTestId("followup-owner")).ToHaveTextAsync(OfficeName);
        await Expect(page.GetByTestId("followup-form")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(page, "visit-follow-ups");

        await page.GetByTestId("nav-followups").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/follow-ups$"));
        await Expect(page.GetByTestId("scope-mine")).ToHaveAttributeAsync("aria-pressed", "true");
        var row = page.GetByTestId("followup-list").Locator("tbody tr", new() { Has = page.GetByText("Send the Qinling Workshop prospectus") });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("followup-subject")).ToHaveTextAsync("Delegation from East Kazakhstan Technical University");
        await Expect(row.GetByTestId("followup-subject")).ToHaveAttributeAsync("href", $"/visits/{visitId}");
        await Browser.WaitForInteractivityAsync(page);
        await Browser.AssertAccessibleAsync(page);

        await row.GetByTestId("followup-mark-done").ClickAsync();
        await Expect(row.GetByTestId("followup-status")).ToHaveTextAsync("Done");
        await Expect(row.GetByTestId("followup-completed")).ToHaveTextAsync(new Regex($@"^\s*Done by {OfficeName}, \d{{1,2}} [A-Z][a-z]{{2}} \d{{4}} \d{{2}}:\d{{2}}\s*$"));
        await Expect(row.GetByTestId("followup-reopen")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "follow-ups-mine-done");

        await page.GotoAsync("/follow-ups?status=done");
        var done = page.GetByTestId("followup-list").Locator("tbody tr", new() { Has = page.GetByText("Send the Qinling Workshop prospectus") });
        await Expect(done.GetByTestId("followup-completed")).ToContainTextAsync($"Done by {OfficeName}");
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("scope-all").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/follow-ups\?scope=all&status=done$"));
        await Expect(page.GetByTestId("scope-all")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(done).ToHaveCountAsync(1);

        await page.GotoAsync($"/visits/{visitId}");
        await Browser.WaitForInteractivityAsync(page);
        var onVisit = page.GetByTestId("followups").GetByTestId("followup");
        await Expect(onVisit.GetByTestId("followup-completed")).ToContainTextAsync($"Done by {OfficeName}");
        await onVisit.GetByTestId("followup-edit").ClickAsync();
        await Input(page.GetByTestId("followup-form").GetByTestId("followup-title-input")).FillAsync("Send the Qinling Workshop prospectus in Russian");
        await page.GetByTestId("followup-form").GetByTestId("followup-save").ClickAsync();
        await Expect(onVisit.GetByTestId("followup-title")).ToHaveTextAsync("Send the Qinling Workshop prospectus in Russian");
        await Expect(onVisit.GetByTestId("followup-completed")).ToContainTextAsync($"Done by {OfficeName}");
    }

    [Fact]
    public async Task OverdueActions_AreLabelled_AndCountedInTheNavigation()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var host = new Institution { Name = "Host of the Aktobe delegation", Kind = InstitutionKind.VocationalSchool, CountryCode = "CN" };
        var visit = new Visit { Title = "Delegation from Aktobe Highway College", Direction = VisitDirection.Inbound, HostInstitution = host, Status = VisitStatus.Completed };
        visit.Schedule(today.AddDays(-30), today.AddDays(-29));
        await server.SeedAsync(db =>
        {
            var dean = db.Users.Single(u => u.Email == "dean@e2e.example");
            var action = FollowUpAction.ForVisit(visit, "Send the photos to Aktobe");
            action.DueOn = today.AddDays(-3);
            action.OwnerUserId = dean.Id;
            db.FollowUps.Add(action);
        });

        var page = await browser.SignedInPageAsync(server, PortalRoles.Dean);
        await Expect(page.GetByTestId("followups-overdue-count")).ToHaveTextAsync("1 overdue");
        await page.GotoAsync("/follow-ups?overdue=true");
        var row = page.GetByTestId("followup-list").Locator("tbody tr", new() { Has = page.GetByText("Send the photos to Aktobe") });
        await Expect(row.GetByTestId("followup-overdue")).ToHaveTextAsync("Overdue");
        await Expect(row).ToHaveClassAsync(new Regex("followup-overdue"));
        await Browser.ScreenshotAsync(page, "follow-ups-overdue");
        var around = $"from={today.AddDays(-4):yyyy-MM-dd}&to={today.AddDays(-2):yyyy-MM-dd}";
        await page.GotoAsync($"/follow-ups?{around}");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(Input(page.GetByTestId("due-from"))).ToHaveValueAsync(today.AddDays(-4).ToString("d MMM yyyy", CultureInfo.InvariantCulture));
        await page.GotoAsync($"/follow-ups?from={today.AddDays(-2):yyyy-MM-dd}");
        await Expect(page.GetByTestId("list-count")).ToHaveTextAsync("0 found");
        await Expect(row).ToHaveCountAsync(0);
        await Expect(row.GetByTestId("followup-mark-done")).ToHaveCountAsync(0);
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync($"/visits/{visit.Id}");
        await Browser.WaitForInteractivityAsync(page);
        await Expect(page.GetByTestId("followups").GetByTestId("followup-overdue")).ToHaveTextAsync("Overdue");
        await Expect(page.GetByTestId("followup-add")).ToHaveCountAsync(0);
    }
}
