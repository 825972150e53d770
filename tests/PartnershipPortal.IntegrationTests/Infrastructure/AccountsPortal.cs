using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Features.Accounts;
using Serilog.Core;
using Serilog.Events;

namespace PartnershipPortal.IntegrationTests.Infrastructure;

/// <summary>Keeps the portal's e-mail instead of sending it.</summary>
public sealed class RecordingMailer(bool canSend) : IPortalMailer
{
    private readonly ConcurrentQueue<PortalMail> _sent = new();

    public bool CanSend => canSend;

    public IReadOnlyList<PortalMail> Sent => [.. _sent];

    public Task SendAsync(PortalMail mail, CancellationToken cancellationToken)
    {
        _sent.Enqueue(mail);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The portal with its mailer replaced by a recording one, and the session's security stamp checked on every request,
/// so that a session ended by a password change is seen to end at once. (Only the cookie's check: setting
/// Accounts:RevalidationInterval to zero would also spin the circuits' revalidation loop without pause.)
/// </summary>
public sealed class MailingPortalApp(RecordingMailer mailer, CapturedLog? log, params (string Key, string Value)[] settings) : PortalApp(settings)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IPortalMailer>(mailer);
            if (log is not null)
            {
                services.AddSingleton<ILogEventSink>(log);
            }

            services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        });
    }
}

/// <summary>Keeps what the portal logs (Serilog reads sinks from the services), rendered as an operator reads it.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        _lines.Enqueue($"{logEvent.RenderMessage(CultureInfo.InvariantCulture)} {string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))} {logEvent.Exception}");
    }
}

/// <summary>A portal on its own SQLite file for the account tests, with recorded e-mail and the accounts' log kept.</summary>
public sealed class AccountsPortal : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"portal-accounts-{Guid.NewGuid():N}.db");

    public RecordingMailer Mail { get; } = new(canSend: true);

    public CapturedLog Log { get; } = new();

    public PortalApp App { get; private set; } = default!;

    public Task InitializeAsync()
    {
        App = new MailingPortalApp(
            Mail,
            Log,
            ("ConnectionStrings:Portal", $"Data Source={_file};Pooling=False"),
            ("Demo:Seed", "false"),
            ("Serilog:MinimumLevel:Override:PartnershipPortal", "Information"),
            ("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Identity", "Information"));
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        File.Delete(_file);
    }
}
