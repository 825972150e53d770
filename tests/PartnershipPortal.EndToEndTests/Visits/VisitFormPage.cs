using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Visits;

/// <summary>The guided visit form as a user works it: fields by their labels, lists by their options, steps by their headings.</summary>
internal sealed class VisitFormPage(IPage page)
{
    public IPage Page => page;

    /// <summary>The text field labelled so, required fields carrying MudBlazor's asterisk too.</summary>
    public ILocator Field(string label) =>
        page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex($"^{Regex.Escape(label)}\\s*\\*?$") });

    public Task FillAsync(string label, string value) => Field(label).FillAsync(value);

    /// <summary>Types into a searchable list and picks the option named so.</summary>
    public async Task PickAsync(string testId, string search, string option)
    {
        var input = page.GetByTestId(testId).Locator("xpath=self::input | .//input").First;
        await input.FillAsync(search);
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true })).ToHaveCountAsync(0);
    }

    /// <summary>Opens a drop-down list and picks the option named so.</summary>
    public async Task ChooseAsync(string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true })).ToHaveCountAsync(0);
    }

    public Task ClickAsync(string testId) => page.GetByTestId(testId).ClickAsync();

    /// <summary>Goes to the next step and waits for its heading.</summary>
    public async Task NextAsync(string step)
    {
        await page.GetByTestId("next").ClickAsync();
        await ExpectStepAsync(step);
    }

    public Task ExpectStepAsync(string step) =>
        Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = step, Exact = true })).ToBeVisibleAsync();

    /// <summary>Records an organisation in the dialog, without leaving the form.</summary>
    public async Task NewInstitutionAsync(string name, string kind, string countrySearch, string country)
    {
        await ClickAsync("new-institution");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "New organisation" });
        await dialog.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex(@"^Name\s*\*?$") }).FillAsync(name);
        await ChooseAsync("new-institution-kind", kind);
        await dialog.GetByTestId("country-picker").Locator("xpath=self::input | .//input").First.FillAsync(countrySearch);
        await page.GetByRole(AriaRole.Option, new() { Name = country }).ClickAsync();
        await ClickAsync("create-institution");
        await Expect(dialog).ToHaveCountAsync(0);
    }

    /// <summary>Records a person in the dialog, without leaving the form.</summary>
    public async Task NewPersonAsync(string opener, string name, string position, string institutionSearch, string institution)
    {
        await ClickAsync(opener);
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "New person" });
        await dialog.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex(@"^Full name\s*\*?$") }).FillAsync(name);
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Position", Exact = true }).FillAsync(position);
        await PickAsync("new-person-institution", institutionSearch, institution);
        await ClickAsync("create-person");
        await Expect(dialog).ToHaveCountAsync(0);
    }

    /// <summary>Records a framework or programme in the dialog, without leaving the form.</summary>
    public async Task NewFrameworkAsync(string name, string kind, string description, bool runByHost)
    {
        await ClickAsync("new-framework");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "New framework or programme" });
        await dialog.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex(@"^Name\s*\*?$") }).FillAsync(name);
        await ChooseAsync("new-framework-kind", kind);
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Description" }).FillAsync(description);
        if (runByHost)
        {
            await dialog.GetByLabel("Run by the host institution").CheckAsync();
        }

        await ClickAsync("create-framework");
        await Expect(dialog).ToHaveCountAsync(0);
    }
}
