using System.Net;
using System.Text.RegularExpressions;

namespace PartnershipPortal.IntegrationTests.Infrastructure;

/// <summary>Posts the named forms of statically rendered pages as a browser would, and reads what the answer says.</summary>
public static partial class HttpForms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>Opens the page for its antiforgery token, then posts the form named <paramref name="handler"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string address, string handler, params (string Name, string? Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(address);
        var values = new Dictionary<string, string>
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups["token"].Value),
        };
        foreach (var (name, value) in fields)
        {
            values[name] = value ?? string.Empty;
        }

        using var form = new FormUrlEncodedContent(values);
        return await client.PostAsync(address, form);
    }

    /// <summary>Posts a form whose answer is the page again (200), and returns that page.</summary>
    public static async Task<string> PostForPageAsync(HttpClient client, string address, string handler, params (string Name, string? Value)[] fields)
    {
        using var response = await PostAsync(client, address, handler, fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{handler} on {address} answered {(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>The text of the element marked with the test id, decoded; null when the page has none.</summary>
    public static string? Text(string html, string testId)
    {
        ArgumentNullException.ThrowIfNull(html);
        var match = Regex.Match(html, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>(?<text>[^<]*)<", RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value).Trim() : null;
    }

    /// <summary>Every text of the elements marked with the test id, in page order.</summary>
    public static IReadOnlyList<string> Texts(string html, string testId) =>
        Regex.Matches(html, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>(?<text>[^<]*)<", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value).Trim())
            .ToList();
}
