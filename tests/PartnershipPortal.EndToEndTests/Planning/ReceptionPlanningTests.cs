using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Planning;

/// <summary>
/// The office sets up its checklist template, makes a planned visit's checklist, ticks an item and gives one to a
/// dean; the dean finds it under the bell in the top bar and follows the notification to the visit.
/// </summary>
public sealed class ReceptionPlanningTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task Office_PlansTheReception_AndTheDeanItGoesToIsNotified()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var visit = new Visit
        {
            Title = "Aktobe college delegation",
            Direction = VisitDirection.Inbound,
            HostInstitution = new Institution { Name = "Xianyang Polytechnic Institute", Kind = InstitutionKind.VocationalSchool, CountryCode = "CN", IsHome = true },
            Status = VisitStatus.Planned,
            TimeZoneId = "Asia/Shanghai",
        };
        visit.Schedule(today.AddDays(20), today.AddDays(21));
        await server.SeedAsync(db => db.Visits.Add(visit));

        var office = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await Browser.WaitForInteractivityAsync(office);
        await office.GetByTestId("nav-checklist-template").ClickAsync();
        await Expect(office).ToHaveURLAsync(new Regex("/settings/checklist$"));
        await Expect(office.GetByTestId("template-empty")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(office);
        await office.GetByTestId("start-suggested").ClickAsync();
        await Expect(office.GetByTestId("template-line")).ToHaveCountAsync(10);
        await office.GetByRole(AriaRole.Textbox, new() { Name = "Task" }).FillAsync("Airport pick-up arranged");
        await office.GetByRole(AriaRole.Spinbutton, new() { Name = "Days from start" }).FillAsync("-1");
        await office.GetByTestId("add-line-form-save").ClickAsync();
        await Expect(office.GetByTestId("template-line")).ToHaveCountAsync(11);
        await Expect(office.GetByTestId("template-line").Last.Locator("td")).ToHaveTextAsync(["Airport pick-up arranged", "1 day before", "Nobody", ""]);
        await office.GetByRole(AriaRole.Button, new() { Name = "Edit “Airport pick-up arranged”" }).ClickAsync();
        await office.GetByTestId("edit-line-form").GetByRole(AriaRole.Spinbutton, new() { Name = "Days from start" }).FillAsync("-2");
        await office.GetByTestId("edit-line-form-save").ClickAsync();
        await Expect(office.GetByTestId("template-line").Last.Locator("td")).ToHaveTextAsync(["Airport pick-up arranged", "2 days before", "Nobody", ""]);
        await Expect(office.GetByTestId("add-line-form").GetByRole(AriaRole.Textbox, new() { Name = "Task" })).ToHaveValueAsync(string.Empty);
        await Browser.AssertAccessibleAsync(office);
        await Browser.ScreenshotAsync(office, "checklist-template");

        await office.GotoAsync($"/visits/{visit.Id}");
        await Browser.WaitForInteractivityAsync(office);
        var checklist = office.GetByTestId("checklist");
        await Expect(checklist.GetByTestId("checklist-none")).ToHaveTextAsync("This visit has no reception checklist yet.");
        await checklist.GetByTestId("create-checklist").ClickAsync();
        await Expect(checklist.GetByTestId("checklist-progress-text")).ToHaveTextAsync("0 of 11 done");
        await Expect(checklist.GetByTestId("checklist-overdue-count")).ToHaveTextAsync("1 overdue");
        await Expect(checklist.Locator("[data-overdue=true]")).ToContainTextAsync("Invitation letter sent");

        await checklist.GetByRole(AriaRole.Checkbox, new() { Name = "Invitation letter sent" }).CheckAsync();
        await Expect(checklist.GetByTestId("checklist-progress-text")).ToHaveTextAsync("1 of 11 done");
        await Expect(checklist.GetByTestId("checklist-progress")).ToHaveAttributeAsync("aria-label", "Reception checklist: 1 of 11 done");
        await Expect(checklist.Locator("[data-overdue=true]")).ToHaveCountAsync(0);
        await Expect(checklist.GetByTestId("item-done-by")).ToContainTextAsync("Done by E2E InternationalOffice on ");
        await checklist.GetByLabel("Owner of “Interpreters booked”").SelectOptionAsync(new SelectOptionValue { Label = "E2E Dean" });
        await Expect(checklist.GetByLabel("Owner of “Interpreters booked”").Locator("option:checked")).ToHaveTextAsync("E2E Dean");
        await Browser.AssertAccessibleAsync(office);
        await Browser.ScreenshotAsync(office, "visit-checklist");

        var dean = await browser.SignedInPageAsync(server, PortalRoles.Dean);
        await Expect(dean.GetByTestId("unread-count")).ToHaveTextAsync("1");
        await Browser.WaitForInteractivityAsync(dean);
        await dean.GetByTestId("notification-bell").ClickAsync();
        await Expect(dean).ToHaveURLAsync(new Regex("/notifications$"));
        var notification = dean.GetByTestId("notification");
        await Expect(notification).ToHaveCountAsync(1);
        await Expect(notification).ToHaveAttributeAsync("data-unread", "true");
        await Expect(notification.GetByTestId("notification-link")).ToHaveTextAsync("You own “Interpreters booked” for “Aktobe college delegation”.");
        await Browser.AssertAccessibleAsync(dean);
        await Browser.ScreenshotAsync(dean, "notifications");

        await notification.GetByTestId("notification-link").ClickAsync();
        await Expect(dean).ToHaveURLAsync(new Regex($"/visits/{visit.Id}$"));
        await Expect(dean.GetByTestId("unread-count")).ToHaveCountAsync(0);
        await Expect(dean.GetByTestId("checklist").GetByTestId("item-owner-name").Nth(2)).ToHaveTextAsync("Owner: E2E Dean");
    }
}
