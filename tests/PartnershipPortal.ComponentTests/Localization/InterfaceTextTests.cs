using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Web;

namespace PartnershipPortal.ComponentTests.Localization;

/// <summary>Every text a page asks the localizer for exists in the English resources the page injects.</summary>
public sealed partial class InterfaceTextTests
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddLocalization(options => options.ResourcesPath = "Resources")
        .BuildServiceProvider();

    private static readonly IStringLocalizer Localizer = Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    private static readonly Dictionary<string, IStringLocalizer> Resources = new(StringComparer.Ordinal)
    {
        [nameof(SharedResource)] = Localizer,
        [nameof(AccountResource)] = Services.GetRequiredService<IStringLocalizer<AccountResource>>(),
    };

    [GeneratedRegex(@"IStringLocalizer<(?<resource>[A-Za-z]+)> L\b")]
    private static partial Regex InjectedResource();

    [GeneratedRegex(@"L\[""(?<key>[A-Za-z_]+)""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"L\[\$""(?<prefix>[A-Za-z]+)_\{")]
    private static partial Regex EnumKey();

    /// <summary>The localizer a page's L stands for (a page injects at most one), and its source.</summary>
    private static IEnumerable<(IStringLocalizer Localizer, string Source)> RazorSourcesWithResource() =>
        RazorSources().Select(s => (InjectedResource().Match(s) is { Success: true } m ? Resources[m.Groups["resource"].Value] : Localizer, s));

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
        var keys = RazorSourcesWithResource()
            .SelectMany(p => LiteralKey().Matches(p.Source).Select(m => (p.Localizer, Key: m.Groups["key"].Value)))
            .Distinct()
            .ToList();

        Assert.True(keys.Count > 50, $"Only {keys.Count} keys found: is the source folder right?");
        var missing = keys.Where(k => k.Localizer[k.Key].ResourceNotFound).Select(k => k.Key).ToList();
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
