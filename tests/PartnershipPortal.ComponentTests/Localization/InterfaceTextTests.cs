using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Web;

namespace PartnershipPortal.ComponentTests.Localization;

/// <summary>Every text a page asks the localizer for exists in the English resources.</summary>
public sealed partial class InterfaceTextTests
{
    private static readonly IStringLocalizer<SharedResource> Localizer = new ServiceCollection()
        .AddLogging()
        .AddLocalization(options => options.ResourcesPath = "Resources")
        .BuildServiceProvider()
        .GetRequiredService<IStringLocalizer<SharedResource>>();

    [GeneratedRegex(@"L\[""(?<key>[A-Za-z_]+)""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"L\[\$""(?<prefix>[A-Za-z]+)_\{")]
    private static partial Regex EnumKey();

    private static IEnumerable<string> RazorSources()
    {
        var web = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "PartnershipPortal.Web"));
        return Directory.EnumerateFiles(web, "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);
    }

    [Fact]
    public void EveryLiteralKeyInThePages_HasAnEnglishText()
    {
        var keys = RazorSources().SelectMany(s => LiteralKey().Matches(s).Select(m => m.Groups["key"].Value)).Distinct().ToList();

        Assert.True(keys.Count > 50, $"Only {keys.Count} keys found: is the source folder right?");
        var missing = keys.Where(k => Localizer[k].ResourceNotFound).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryEnumValueShownByAPage_HasAnEnglishLabel()
    {
        var prefixes = RazorSources().SelectMany(s => EnumKey().Matches(s).Select(m => m.Groups["prefix"].Value)).Distinct().ToList();
        var enums = typeof(VisitStatus).Assembly.GetTypes().Where(t => t.IsEnum && prefixes.Contains(t.Name)).ToList();

        Assert.Equal(prefixes.Order(StringComparer.Ordinal), enums.Select(e => e.Name).Order(StringComparer.Ordinal));
        var missing = enums.SelectMany(e => Enum.GetNames(e).Select(n => $"{e.Name}_{n}")).Where(k => Localizer[k].ResourceNotFound).ToList();
        Assert.Empty(missing);
    }
}
