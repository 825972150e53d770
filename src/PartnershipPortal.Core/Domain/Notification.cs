namespace PartnershipPortal.Core.Domain;

/// <summary>
/// A message to one account in the portal ("You own the follow-up …", "… is due tomorrow"). The key makes
/// it happen once: the same event for the same account is never notified twice, however often the
/// background check runs or however many instances run it.
/// </summary>
public class Notification
{
    public const int TitleMaxLength = 300;
    public const int KeyMaxLength = 200;
    public const int LinkMaxLength = 500;

    public long Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public PortalUser? User { get; set; }

    public NotificationKind Kind { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>The portal address the notification is about ("/visits/12").</summary>
    public string? Link { get; set; }

    /// <summary>What makes the notification unique for its account ("follow-up:12:overdue").</summary>
    public string Key { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>When the e-mail copy went out; null when SMTP is not configured or it has not been sent.</summary>
    public DateTimeOffset? MailedAt { get; set; }
}
