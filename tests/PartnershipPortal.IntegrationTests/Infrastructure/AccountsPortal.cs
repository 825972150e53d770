using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Features.Accounts;

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
public sealed class MailingPortalApp(RecordingMailer mailer, params (string Key, string Value)[] settings) : PortalApp(settings)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IPortalMailer>(mailer);
            services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        });
    }
}

/// <summary>A portal on its own SQLite file for the account tests, with recorded e-mail.</summary>
public sealed class AccountsPortal : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"portal-accounts-{Guid.NewGuid():N}.db");

    public RecordingMailer Mail { get; } = new(canSend: true);

    public PortalApp App { get; private set; } = default!;

    public Task InitializeAsync()
    {
        App = new MailingPortalApp(
            Mail,
            ("ConnectionStrings:Portal", $"Data Source={_file};Pooling=False"),
            ("Demo:Seed", "false"));
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        File.Delete(_file);
    }
}
