using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PartnershipPortal.EndToEndTests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright, started once per test class.</summary>
public sealed class Browser : IAsyncLifetime
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> ConsoleErrors = new();

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        // The whole suite shares two cores with the server under test: give assertions room before failing.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PORTAL_TEST_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var errors = ConsoleErrors.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        return page;
    }

    /// <summary>Opens a new browser context signed in through the sign-in page as the server's account for the role.</summary>
    public Task<IPage> SignedInPageAsync(PortalServer server, string role)
    {
        ArgumentNullException.ThrowIfNull(server);
        var (email, password) = server.Accounts[role];
        return SignedInPageAsync(server, email, password);
    }

    /// <summary>Opens a new browser context signed in as the given account.</summary>
    public async Task<IPage> SignedInPageAsync(PortalServer server, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(server);
        var page = await NewPageAsync(server.BaseAddress);
        await page.GotoAsync("/account/sign-in");
        if (await TrySignInAsync(page, email, password, TimeSpan.FromSeconds(20)))
        {
            return page;
        }

        // Signing in is what these tests stand on, not what they test (SignInTests do): on a machine busy with the
        // other suites a first attempt has been seen to stay on the sign-in page. Once more, from a fresh page; a
        // second failure reports what the page said.
        var said = await page.Locator("main").InnerTextAsync();
        await page.GotoAsync("/account/sign-in");
        if (!await TrySignInAsync(page, email, password, TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException($"Signing in as {email} stayed on {page.Url} twice. The page said first: {said}");
        }

        return page;
    }

    private static async Task<bool> TrySignInAsync(IPage page, string email, string password, TimeSpan wait)
    {
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal), new() { Timeout = (float)wait.TotalMilliseconds });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Waits until the Blazor circuit has connected: until then a prerendered page shows but does not react.
    /// </summary>
    public static async Task WaitForInteractivityAsync(IPage page)
    {
        await page.Locator("[data-portal-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>Fails the test with the list of serious or critical accessibility violations on the page.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        AssertNoContentSecurityPolicyViolation(page);
    }

    /// <summary>The page ran nothing the Content-Security-Policy blocked (Chromium reports each block on the console).</summary>
    public static void AssertNoContentSecurityPolicyViolation(IPage page)
    {
        var errors = ConsoleErrors.GetOrCreateValue(page);
        lock (errors)
        {
            Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Keeps a picture of the page for people to look at, when PORTAL_TEST_SCREENSHOTS names a folder.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("PORTAL_TEST_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    /// <summary>Runs axe on the page and returns the serious and critical violations, described for the failure message.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
