using System.Buffers.Text;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Accounts;

/// <summary>
/// "Forgot your password?": mails a reset link to an active account. The requester learns nothing about whether
/// the address has an account; the mail leaves through the mailer's queue, so the answer takes as long either way.
/// </summary>
public sealed class PasswordResetService(
    UserManager<PortalUser> users,
    IPortalMailer mailer,
    IValidator<ForgotPasswordInput> rules,
    ILogger<PasswordResetService> logger)
{
    /// <summary>Whether the portal can mail a link at all; when not, an administrator has to create one.</summary>
    public bool CanSendMail => mailer.CanSend;

    public async Task<AccountChange> RequestAsync(ForgotPasswordInput input, string portalAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portalAddress);
        var check = AccountChange.From(await rules.ValidateAsync(input, cancellationToken));
        if (!check.Succeeded)
        {
            return check;
        }

        if (!mailer.CanSend)
        {
            logger.LogWarning("A password reset was requested, but no e-mail sender is configured (Smtp:Host is empty): an administrator can create a reset link");
            return AccountChange.Done;
        }

        var user = await users.FindByEmailAsync(input.Email!.Trim());
        if (user is null || user.IsDisabled || string.IsNullOrEmpty(user.Email))
        {
            logger.LogInformation("A password reset was requested for an address without an active account; nothing was sent");
            return AccountChange.Done;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = ResetLink(portalAddress, user.Email, token);
        await mailer.SendAsync(new PortalMail(user.Email, "Choose a new password for PartnershipPortal", Body(user.DisplayName, link)), cancellationToken);
        logger.LogInformation("Password reset requested: a link was sent to the address of {UserId}", user.Id);
        return AccountChange.Done;
    }

    /// <summary>The reset page's address: the e-mail and the token, Base64Url-encoded, as query parameters.</summary>
    public static string ResetLink(string portalAddress, string email, string token)
    {
        ArgumentNullException.ThrowIfNull(portalAddress);
        ArgumentNullException.ThrowIfNull(token);
        var code = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));
        return $"{portalAddress.TrimEnd('/')}/account/reset-password?email={Uri.EscapeDataString(email)}&code={code}";
    }

    private static string Body(string displayName, string link) =>
        $"""
        Hello {displayName},

        someone, probably you, asked to choose a new password for your PartnershipPortal account.
        Open this link to choose one:

        {link}

        The link works once, for a limited time. If you did not ask for it, ignore this message:
        your password stays as it is.
        """;
}
