namespace PartnershipPortal.Core.Features.Accounts;

/// <summary>A plain-text message from the portal to one address.</summary>
public sealed record PortalMail(string To, string Subject, string Body);

/// <summary>Sends the portal's e-mail. Without a configured sender nothing is sent, and the pages say so.</summary>
public interface IPortalMailer
{
    /// <summary>Whether a sender is configured at all; when not, the portal tells people to ask an administrator.</summary>
    bool CanSend { get; }

    /// <summary>Hands the message over for sending; failures to deliver are logged, never shown to the requester.</summary>
    Task SendAsync(PortalMail mail, CancellationToken cancellationToken);
}
