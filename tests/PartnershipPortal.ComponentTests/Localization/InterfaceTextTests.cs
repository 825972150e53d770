using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Web;

namespace PartnershipPortal.ComponentTests.Localization;

/// <summary>
/// Every text a page asks the localizer for exists in the English resources of the resource type that
/// page injects as <c>L</c> (<c>@inject IStringLocalizer&lt;AdminResource&gt; L</c>).
/// </summary>
public sealed partial class InterfaceTextTests
{
    private static readonly IStringLocalizerFactory Localizers = new ServiceCollection()
        .AddLogging()
        .AddLocalization(options => options.ResourcesPath = "Resources")
        .BuildServiceProvider()
        .GetRequiredService<IStringLocalizerFactory>();

    [GeneratedRegex(@"L\[""(?<key>[A-Za-z_]+)""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"L\[\$""(?<prefix>[A-Za-z]+)_\{")]
    private static partial Regex EnumKey();

    [GeneratedRegex(@"@inject\s+IStringLocalizer<(?<type>[A-Za-z_.]+)>\s+L\s*$", RegexOptions.Multiline)]
    private static partial Regex InjectedLocalizer();

    [GeneratedRegex(@"@inherits\s+EditPage<(?<type>[A-Za-z_.]+)>\s*$", RegexOptions.Multiline)]
    private static partial Regex EditPageLocalizer();

    private sealed record RazorSource(string Path, string Text, Type? Resource);

    private static List<RazorSource> RazorSources()
    {
        var web = System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "PartnershipPortal.Web"));
        return Directory.EnumerateFiles(web, "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f =>
            {
                var text = File.ReadAllText(f);
                var injected = InjectedLocalizer().Match(text);
                var editPage = EditPageLocalizer().Match(text);
                // Edit pages inherit their localizer from EditPage: EditPage<AgreementResource>'s, or plain EditPage's SharedResource.
                var resource = injected.Success ? ResourceType(injected.Groups["type"].Value)
                    : editPage.Success ? ResourceType(editPage.Groups["type"].Value)
                    : text.Contains("@inherits EditPage", StringComparison.Ordinal) ? typeof(SharedResource) : null;
                return new RazorSource(System.IO.Path.GetRelativePath(web, f), text, resource);
            })
            .ToList();
    }

    /// <summary>The resource marker named in an inject line: short (AdminResource) or qualified.</summary>
    private static Type? ResourceType(string name) =>
        typeof(SharedResource).Assembly.GetType(name) ?? typeof(SharedResource).Assembly.GetType($"{typeof(SharedResource).Namespace}.{name}");

    private static IStringLocalizer LocalizerFor(RazorSource source)
    {
        Assert.True(source.Resource is not null, $"{source.Path} uses L[...] but injects no IStringLocalizer<T> L whose T is a resource marker of the portal.");
        return Localizers.Create(source.Resource);
    }

    [Fact]
    public void EveryLiteralKeyInThePages_HasAnEnglishTextInTheResourceThePageInjects()
    {
        var sources = RazorSources();
        var used = sources
            .Select(s => (Source: s, Keys: LiteralKey().Matches(s.Text).Select(m => m.Groups["key"].Value).Distinct().ToList()))
            .Where(s => s.Keys.Count > 0)
            .ToList();

        Assert.True(used.Sum(s => s.Keys.Count) > 50, $"Only {used.Sum(s => s.Keys.Count)} keys found: is the source folder right?");
        Assert.Contains(used, s => s.Source.Resource == typeof(AdminResource));
        var missing = used
            .SelectMany(s => s.Keys.Where(k => LocalizerFor(s.Source)[k].ResourceNotFound).Select(k => $"{s.Source.Path}: {s.Source.Resource!.Name}.{k}"))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryEnumValueShownByAPage_HasAnEnglishLabelInTheResourceThePageInjects()
    {
        var enums = typeof(VisitStatus).Assembly.GetTypes().Where(t => t.IsEnum).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var used = RazorSources()
            .SelectMany(s => EnumKey().Matches(s.Text).Select(m => (Source: s, Prefix: m.Groups["prefix"].Value)))
            .Distinct()
            .ToList();

        Assert.Contains(used, u => u.Prefix == nameof(VisitStatus));
        Assert.Contains(used, u => u.Prefix == nameof(ChangeKind) && u.Source.Resource == typeof(AdminResource));
        Assert.Empty(used.Where(u => !enums.ContainsKey(u.Prefix)).Select(u => $"{u.Source.Path}: {u.Prefix} is no enum"));
        var missing = used
            .SelectMany(u => Enum.GetNames(enums[u.Prefix]).Select(n => $"{u.Prefix}_{n}").Where(k => LocalizerFor(u.Source)[k].ResourceNotFound)
                .Select(k => $"{u.Source.Path}: {u.Source.Resource!.Name}.{k}"))
            .Distinct()
            .ToList();
        Assert.Empty(missing);
    }
}
