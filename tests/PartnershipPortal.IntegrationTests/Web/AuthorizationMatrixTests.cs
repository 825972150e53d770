using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web;

/// <summary>A portal with the demo data and one signed-in client per role, shared by the matrix.</summary>
public sealed class MatrixPortal : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"portal-matrix-{Guid.NewGuid():N}.db");

    public PortalApp App { get; private set; } = default!;

    public Dictionary<string, HttpClient> Clients { get; } = new(StringComparer.Ordinal);

    /// <summary>An account that exists, for pages whose address names one.</summary>
    public string AccountId { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        App = new PortalApp(("ConnectionStrings:Portal", $"Data Source={_file};Pooling=False"), ("Demo:Seed", "true"));
        Clients["anonymous"] = App.NewClient();
        foreach (var role in PortalRoles.All)
        {
            Clients[role] = await App.SignedInClientAsync(role);
        }

        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>();
        AccountId = (await users.FindByEmailAsync(Core.Features.Accounts.AccountSeeder.DemoAccounts[0].Email))!.Id;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in Clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
        File.Delete(_file);
    }
}

/// <summary>
/// Every page and endpoint of the portal, discovered from the app itself, against every role and an
/// anonymous visitor: allowed where its policy says so, refused everywhere else. A page or endpoint that
/// names no policy fails the test.
/// </summary>
public sealed partial class AuthorizationMatrixTests(MatrixPortal portal) : IClassFixture<MatrixPortal>
{
    public static readonly string[] Callers = ["anonymous", .. PortalRoles.All];

    /// <summary>Blazor's own endpoints (the circuit hub, its redirect helper, development static files): they fall under the fallback policy.</summary>
    private static readonly string[] FrameworkEndpoints = ["/_blazor", "_blazor", "/_framework/", "{**path:file}"];

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    private static IEnumerable<(Type Page, string Template)> Pages() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (t, r.Template)));

    public static TheoryData<string, string> PageMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var (_, template) in Pages())
        {
            foreach (var caller in Callers)
            {
                data.Add(template, caller);
            }
        }

        return data;
    }

    /// <summary>The roles a page admits: all for anonymous pages, the policy's roles otherwise.</summary>
    private static IReadOnlyList<string>? AdmittedRoles(Type page)
    {
        if (page.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
        {
            return null;
        }

        var policy = page.GetCustomAttribute<AuthorizeAttribute>()?.Policy;
        Assert.True(policy is not null, $"{page.Name} names no authorization policy.");
        return PortalPolicies.RolesByPolicy.TryGetValue(policy, out var roles) ? roles : PortalRoles.All;
    }

    [Fact]
    public void EveryPage_NamesAPolicyOrIsOpenOnPurpose()
    {
        var pages = Pages().ToList();

        Assert.True(pages.Count >= 12, $"Only {pages.Count} pages were discovered.");
        Assert.All(pages, p => Assert.True(
            p.Page.GetCustomAttribute<AllowAnonymousAttribute>() is not null || p.Page.GetCustomAttribute<AuthorizeAttribute>()?.Policy is not null,
            $"{p.Page.Name} ({p.Template}) names no policy."));
        var open = pages.Where(p => p.Page.GetCustomAttribute<AllowAnonymousAttribute>() is not null).Select(p => p.Template).Order(StringComparer.Ordinal);
        Assert.Equal(["/account/access-denied", "/account/forgot-password", "/account/reset-password", "/account/sign-in", "/account/sign-in-code", "/error", "/not-found"], open);
    }

    [Theory]
    [MemberData(nameof(PageMatrix))]
    public async Task Page_IsAllowedOrRefused_AsItsPolicySays(string template, string caller)
    {
        var page = Pages().Single(p => p.Template == template).Page;
        var admitted = AdmittedRoles(page);
        var path = RouteParameter().Replace(template, m => m.Value == "{UserId}" ? portal.AccountId : "1");

        using var response = await portal.Clients[caller].GetAsync(path);

        var allowed = admitted is null || (caller != "anonymous" && admitted.Contains(caller));
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var target = caller == "anonymous" ? "/account/sign-in" : "/account/access-denied";
            Assert.StartsWith($"http://localhost{target}?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryEndpoint_NamesAPolicyOrIsOpenOnPurpose()
    {
        var endpoints = portal.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !FrameworkEndpoints.Any(f => raw.StartsWith(f, StringComparison.Ordinal)))
            .ToList();

        var unnamed = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null))
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.Empty(unnamed);
    }

    /// <summary>Endpoints that answer GET with a file; the pages' matrix does not reach them.</summary>
    public static TheoryData<string, string> FileEndpointMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/visits/1/calendar.ics", "/visits/calendar.ics?status=Completed" })
        {
            foreach (var caller in Callers)
            {
                data.Add(path, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FileEndpointMatrix))]
    public async Task CalendarFiles_AnswerEveryReader_AndRefuseAnonymousCallers(string path, string caller)
    {
        using var response = await portal.Clients[caller].GetAsync(path);

        if (caller == "anonymous")
        {
            // An API endpoint answers 401 rather than redirecting to the sign-in page (ASP.NET Core 10's rule for such endpoints).
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoints_AnswerAnyone(string path)
    {
        using var response = await portal.Clients["anonymous"].GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
