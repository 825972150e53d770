using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Reviews;

public sealed class PartnerReviewTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>
{
    [Fact]
    public async Task Dean_SeesTheReviewDue_WritesIt_AndFindsItOnThePartnersProfile()
    {
        var home = new Institution { Name = "Xianyang Polytechnic Institute", Kind = InstitutionKind.VocationalSchool, CountryCode = "CN", IsHome = true };
        var automotive = home.AddUnit("Automotive School", UnitKind.School);
        var partner = new Institution { Name = "Aktobe Automobile and Highway College", Kind = InstitutionKind.College, CountryCode = "KZ" };
        var agreement = new CooperationAgreement { Title = "Memorandum on automotive training", Kind = AgreementKind.MemorandumOfUnderstanding, Status = AgreementStatus.Active, ResponsibleUnit = automotive };
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        agreement.SetTerm(today.AddYears(-2), today.AddMonths(6));
        agreement.AddParty(home);
        agreement.AddParty(partner);
        await server.SeedAsync(db => db.Agreements.Add(agreement));
        var password = AccountSeeder.NewPassword();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountSeeder>().CreateAsync("dean.automotive@e2e.example", "Dean of the Automotive School", password, [PortalRoles.Dean], [automotive.Id]);
        }

        var page = await browser.SignedInPageAsync(server, "dean.automotive@e2e.example", password);
        await Expect(page.GetByTestId("reviews-due-count")).ToHaveTextAsync("1 due");
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("nav-reviews").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/reviews$"));
        var due = page.GetByTestId("reviews-due");
        await Expect(due).ToContainTextAsync("Aktobe Automobile and Highway College");
        await Expect(due).ToContainTextAsync("“Memorandum on automotive training” expires on");
        await Browser.AssertAccessibleAsync(page);

        await due.GetByRole(AriaRole.Link, new() { Name = "Review Aktobe Automobile and Highway College" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Write a review");
        await Browser.WaitForInteractivityAsync(page);
        await page.GetByTestId("rating-StrategicFit").Locator("xpath=self::input | .//input").First.FillAsync("5");
        await page.GetByTestId("rating-Reliability").Locator("xpath=self::input | .//input").First.FillAsync("4");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Strengths" }).FillAsync("Well-equipped workshops; motivated teachers");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByTestId("save").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/institutions/\d+$"));
        var review = page.GetByTestId("unit-review");
        await Expect(review).ToContainTextAsync("Automotive School: Maintain, strategic fit 5, academic quality 3, activity 3, reliability 4");
        await Expect(review).ToContainTextAsync("Dean of the Automotive School");
        await Expect(review).ToContainTextAsync("Average over time: 3.75");
        await Expect(review).ToContainTextAsync("Strengths: Well-equipped workshops; motivated teachers");
        await page.GotoAsync("/reviews");
        await Expect(page.GetByTestId("no-reviews-due")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Viewer_HasNoReviewPages()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.Viewer);

        await page.GotoAsync("/");
        await Expect(page.GetByTestId("nav-reviews")).ToHaveCountAsync(0);
        await page.GotoAsync("/reviews/new");
        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
    }
}
