using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnershipPortal.Web;
using PartnershipPortal.Web.Features.Reports;

namespace PartnershipPortal.ComponentTests.Reports;

/// <summary>The line above a report's preview says how many rows match, in the singular for one.</summary>
public sealed partial class ReportCountTextTests
{
    private static readonly IStringLocalizer<ReportResource> L = new ServiceCollection()
        .AddLogging()
        .AddLocalization(options => options.ResourcesPath = "Resources")
        .BuildServiceProvider()
        .GetRequiredService<IStringLocalizer<ReportResource>>();

    [GeneratedRegex(@"""(?<key>[A-Za-z]+_Count(?:[A-Z][A-Za-z]*)?)""")]
    private static partial Regex CountKey();

    [Theory]
    [InlineData("Report_CountVisits", 1, 1, "1 visit matches.")]
    [InlineData("Report_CountVisits", 2, 2, "2 visits match.")]
    [InlineData("Report_CountVisits", 0, 0, "0 visits match.")]
    [InlineData("Report_Count", 1, 1, "1 agreement matches.")]
    [InlineData("DirectoryReport_CountPeople", 1, 1, "1 person matches.")]
    [InlineData("DirectoryReport_CountPeople", 1234, 50, "1,234 people match; the first 50 are shown.")]
    public void Count_ReadsInTheSingularForOne(string key, int total, int shown, string expected)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        try
        {
            Assert.Equal(expected, ReportText.Count(L, key, total, shown));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void EveryCountTextOfThePages_HasItsSingular()
    {
        var web = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "PartnershipPortal.Web", "Features", "Reports"));
        var keys = Directory.EnumerateFiles(web, "*.razor")
            .SelectMany(f => CountKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Where(k => !k.EndsWith("Preview", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            ["DirectoryReport_CountInstitutions", "DirectoryReport_CountPeople", "PartnerReport_CountCountries", "PartnerReport_CountInstitutions",
                "Report_Count", "Report_CountFollowUps", "Report_CountVisits"],
            keys);
        Assert.All(keys, k => Assert.False(L[k + "One"].ResourceNotFound, $"{k}One is missing from ReportResource.resx."));
    }
}
