using System.Net;
using System.Net.Mail;
using System.Threading.Channels;
using PartnershipPortal.Core.Features.Accounts;

namespace PartnershipPortal.Web.Infrastructure;

/// <summary>The SMTP server the portal's e-mail leaves through; no host means no e-mail at all.</summary>
public sealed record SmtpSettings(string? Host, int Port, string? From, string? UserName, string? Password, bool EnableSsl)
{
    public const string HostKey = "Smtp:Host";
    public const string PortKey = "Smtp:Port";
    public const string FromKey = "Smtp:From";
    public const string UserNameKey = "Smtp:UserName";
    public const string PasswordKey = "Smtp:Password";
    public const string EnableSslKey = "Smtp:EnableSsl";

    public static readonly IReadOnlyList<string> Keys = [HostKey, PortKey, FromKey, UserNameKey, PasswordKey, EnableSslKey];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public static SmtpSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new SmtpSettings(
            configuration[HostKey]?.Trim(),
            configuration.GetValue(PortKey, 587),
            configuration[FromKey]?.Trim(),
            configuration[UserNameKey],
            configuration[PasswordKey],
            configuration.GetValue(EnableSslKey, true));
        if (settings.IsConfigured && string.IsNullOrWhiteSpace(settings.From))
        {
            throw new InvalidOperationException($"{FromKey} must be set when {HostKey} is set: it is the sender of the portal's e-mail.");
        }

        return settings;
    }

    public override string ToString() => $"{Host}:{Port}";
}

/// <summary>
/// Sends through SMTP from a queue, in the background: a request that mails (a password reset) answers as fast as
/// one that does not, and an unreachable server shows in the log rather than to the person asking.
/// </summary>
public sealed class SmtpPortalMailer(SmtpSettings settings, ILogger<SmtpPortalMailer> logger) : BackgroundService, IPortalMailer
{
    private readonly Channel<PortalMail> _queue = Channel.CreateBounded<PortalMail>(new BoundedChannelOptions(200)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public bool CanSend => settings.IsConfigured;

    public Task SendAsync(PortalMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!CanSend)
        {
            logger.LogWarning("No e-mail sender is configured ({Key} is empty): a message was not sent", SmtpSettings.HostKey);
        }
        else if (!_queue.Writer.TryWrite(mail))
        {
            logger.LogError("The e-mail queue is full: a message was dropped");
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                using var client = new SmtpClient(settings.Host, settings.Port) { EnableSsl = settings.EnableSsl };
                if (!string.IsNullOrEmpty(settings.UserName))
                {
                    client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
                }

                using var message = new MailMessage(settings.From!, mail.To, mail.Subject, mail.Body);
                await client.SendMailAsync(message, stoppingToken);
                logger.LogInformation("E-mail sent through {Server}: {Subject}", settings, mail.Subject);
            }
            catch (Exception exception) when (exception is SmtpException or InvalidOperationException or FormatException)
            {
                logger.LogError(exception, "E-mail could not be sent through {Server}: {Subject}", settings, mail.Subject);
            }
        }
    }
}
