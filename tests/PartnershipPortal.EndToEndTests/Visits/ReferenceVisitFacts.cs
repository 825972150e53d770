using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnershipPortal.Core.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Visits;

/// <summary>Every fact of the scenario's reference visit (../shared/scenario/README.md), as a visit's page must show it.</summary>
internal static class ReferenceVisitFacts
{
    public static async Task ExpectOnPageAsync(IPage page)
    {
        await Expect(page.GetByTestId("visit-direction")).ToHaveTextAsync("Inbound");
        await Expect(page.GetByTestId("visit-status")).ToHaveTextAsync("Completed");
        await Expect(page.GetByTestId("visit-dates")).ToHaveTextAsync("20 May 2025");
        await Expect(page.GetByTestId("visit-host")).ToHaveTextAsync("Xianyang Polytechnic Institute");
        await Expect(page.GetByTestId("visit-place")).ToHaveTextAsync("Place: Xianyang Polytechnic Institute, Xianyang, Shaanxi (Asia/Shanghai)");
        await Expect(page.GetByTestId("delegation-size")).ToHaveTextAsync("Declared size 15; 4 named");
        await ExpectItemsAsync(page.GetByTestId("delegation-institutions").Locator("li"),
            "Eurasian Resources Group — Company, Kazakhstan",
            "East Kazakhstan Technical University — University, Kazakhstan",
            "Oriental Technical-Humanities College — College, Kazakhstan",
            "Aktobe Automobile and Highway College — College, Kazakhstan",
            "Shaanxi ShangpinShuren Education Technology Co., Ltd. — Company, China (no member named)");
        await ExpectItemsAsync(page.GetByTestId("delegation-members").Locator("tbody tr"),
            "Ruslan Ismukhambetov Project Head Eurasian Resources Group",
            "Mashekenova Assiya Vice President East Kazakhstan Technical University",
            "Irgebayev Yernar President Oriental Technical-Humanities College",
            "Erlan Nursultanovich Safin Vice President Aktobe Automobile and Highway College");
        await ExpectItemsAsync(page.GetByTestId("hosts").Locator("li"),
            "Wu Xujin, Vice President Led the talks",
            "Dean of the Automotive School (name not recorded) — Automotive School",
            "Dean of the Medical School (name not recorded) — Medical School",
            "Officials of the Office of International Exchange and Cooperation (name not recorded) — Office of International Exchange and Cooperation");
        await ExpectItemsAsync(page.GetByTestId("agenda").Locator("tbody tr"),
            "20 May 2025 Talks Talks: the institute's history, location, majors and international cooperation",
            "20 May 2025 Facility tour Tour of the CNC machining center CNC machining center (Technician School)",
            "20 May 2025 Facility tour Tour of the new energy vehicle lab New energy vehicle lab (Automotive School)",
            "20 May 2025 Facility tour Tour of the Human Science Museum Human Science Museum (Medical School)");
        await ExpectItemsAsync(page.GetByTestId("visit-fields").Locator("li"),
            "0715 Mechanics and metal trades — “advanced manufacturing”",
            "0716 Motor vehicles, ships and aircraft — “new energy vehicles”",
            "0914 Medical diagnostic and treatment technology — “medical technology”");
        await ExpectItemsAsync(page.GetByTestId("visit-cooperation").Locator("li"),
            "Joint research — “joint research”",
            "Faculty exchange — “faculty-student exchanges”",
            "Student exchange — “faculty-student exchanges”",
            "Skills development programme — “skills development programs”");
        var frameworks = page.GetByTestId("visit-frameworks");
        await Expect(frameworks).ToContainTextAsync("Belt and Road Initiative (BRI) — Framework");
        await Expect(frameworks).ToContainTextAsync("Qinling Workshop — Project");
        await Expect(frameworks).ToContainTextAsync("XYPI's Sino-Kazakh overseas education project.");
        await Expect(frameworks).ToContainTextAsync("Globally recognised vocational standards — Initiative");
        await ExpectItemsAsync(page.GetByTestId("visit-outcomes").Locator("li"),
            "Both sides intend to deepen cooperation in vocational education.",
            "XYPI aims to partner with Kazakh institutions and enterprises to establish vocational education benchmarks.");
        var quotation = page.GetByTestId("visit-quotation");
        await Expect(quotation.Locator("blockquote")).ToHaveTextAsync($"“{ReferenceVisit.Quote}”");
        await Expect(quotation.Locator("figcaption")).ToHaveTextAsync("— Wu Xujin");
    }

    /// <summary>The items' texts, white space folded, exactly and in order.</summary>
    private static async Task ExpectItemsAsync(ILocator items, params string[] expected)
    {
        await Expect(items).ToHaveCountAsync(expected.Length);
        var texts = await items.AllInnerTextsAsync();
        Assert.Equal(expected, texts.Select(t => Regex.Replace(t, @"\s+", " ").Trim()));
    }
}
