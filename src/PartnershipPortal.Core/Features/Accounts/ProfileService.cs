using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Accounts;

/// <summary>What the profile page shows of the signed-in user's account.</summary>
public sealed record ProfileView(string DisplayName, string Email, bool TwoFactorEnabled, int RecoveryCodesLeft);

/// <summary>The shared key of an authenticator app, as a person types it and as an otpauth:// address.</summary>
public sealed record AuthenticatorSetup(string Key, string Uri);

/// <summary>
/// A user's changes to their own account: name and e-mail, password, two-factor sign-in. The caller refreshes
/// the session afterwards, since most of these change the security stamp (which ends the account's other sessions).
/// Logs say what happened to which account, never a password, code or key.
/// </summary>
public sealed class ProfileService(
    UserManager<PortalUser> users,
    IValidator<ProfileInput> profileRules,
    IValidator<ChangePasswordInput> passwordRules,
    IValidator<TwoFactorCodeInput> codeRules,
    IValidator<DisableTwoFactorInput> disableRules,
    ILogger<ProfileService> logger)
{
    public const int RecoveryCodeCount = 10;
    public const string Issuer = "PartnershipPortal";

    public async Task<ProfileView> GetAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var enabled = await users.GetTwoFactorEnabledAsync(user);
        return new ProfileView(user.DisplayName, user.Email ?? string.Empty, enabled, enabled ? await users.CountRecoveryCodesAsync(user) : 0);
    }

    public async Task<AccountChange> UpdateDetailsAsync(PortalUser user, ProfileInput input)
    {
        ArgumentNullException.ThrowIfNull(user);
        var check = AccountChange.From(await profileRules.ValidateAsync(input));
        if (!check.Succeeded)
        {
            return check;
        }

        var email = input.Email!.Trim();
        var emailChanges = !string.Equals(email, user.Email, StringComparison.Ordinal);
        if (emailChanges)
        {
            if (string.IsNullOrEmpty(input.CurrentPassword))
            {
                return AccountChange.Refused(nameof(ProfileInput.CurrentPassword), "Enter your current password to change the e-mail address.");
            }

            if (!await users.CheckPasswordAsync(user, input.CurrentPassword))
            {
                logger.LogWarning("E-mail change refused, wrong password: {UserId}", user.Id);
                return AccountChange.Refused(nameof(ProfileInput.CurrentPassword), "The password is not right.");
            }

            if (await users.FindByEmailAsync(email) is { } other && other.Id != user.Id)
            {
                return AccountChange.Refused(nameof(ProfileInput.Email), "Another account uses this e-mail address.");
            }
        }

        user.DisplayName = input.DisplayName!.Trim();
        IdentityResult result;
        if (emailChanges)
        {
            // The e-mail address is also the account name; SetEmailAsync saves both and renews the security stamp.
            user.UserName = email;
            result = await users.SetEmailAsync(user, email);
        }
        else
        {
            result = await users.UpdateAsync(user);
        }

        if (!result.Succeeded)
        {
            return Refusal(result, nameof(ProfileInput.Email));
        }

        logger.LogInformation("Profile changed: {UserId}, e-mail address changed: {EmailChanged}", user.Id, emailChanges);
        return AccountChange.Done;
    }

    public async Task<AccountChange> ChangePasswordAsync(PortalUser user, ChangePasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(user);
        var check = AccountChange.From(await passwordRules.ValidateAsync(input));
        if (!check.Succeeded)
        {
            return check;
        }

        var result = await users.ChangePasswordAsync(user, input.CurrentPassword!, input.NewPassword!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                logger.LogWarning("Password change refused, wrong current password: {UserId}", user.Id);
                return AccountChange.Refused(nameof(ChangePasswordInput.CurrentPassword), "The current password is not right.");
            }

            return Refusal(result, nameof(ChangePasswordInput.NewPassword));
        }

        logger.LogInformation("Password changed: {UserId}", user.Id);
        return AccountChange.Done;
    }

    /// <summary>Makes a new shared key, so that a key seen before (or leaked) is never the one turned on.</summary>
    public async Task<AuthenticatorSetup> StartAuthenticatorSetupAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await users.ResetAuthenticatorKeyAsync(user);
        return (await GetAuthenticatorSetupAsync(user))!;
    }

    /// <summary>The key being set up, or nothing when set-up has not started.</summary>
    public async Task<AuthenticatorSetup?> GetAuthenticatorSetupAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        return string.IsNullOrEmpty(key) ? null : new AuthenticatorSetup(FormatKey(key), AuthenticatorUri(user.Email ?? user.Id, key));
    }

    /// <summary>Turns two-factor sign-in on once the app proves it holds the key; returns the recovery codes to show once.</summary>
    public async Task<(AccountChange Change, IReadOnlyList<string> RecoveryCodes)> EnableTwoFactorAsync(PortalUser user, TwoFactorCodeInput input)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var check = AccountChange.From(await codeRules.ValidateAsync(input));
        if (!check.Succeeded)
        {
            return (check, []);
        }

        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user))
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, input.Digits))
        {
            logger.LogWarning("Two-factor sign-in not enabled, wrong code: {UserId}", user.Id);
            return (AccountChange.Refused(nameof(TwoFactorCodeInput.Code), "This code is not right. Check that the app holds the key above and that the device's clock is right."), []);
        }

        var result = await users.SetTwoFactorEnabledAsync(user, true);
        if (!result.Succeeded)
        {
            return (Refusal(result, string.Empty), []);
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        logger.LogInformation("Two-factor sign-in enabled: {UserId}", user.Id);
        return (AccountChange.Done, codes?.ToList() ?? []);
    }

    /// <summary>New recovery codes to show once; the old ones stop working.</summary>
    public async Task<IReadOnlyList<string>> RegenerateRecoveryCodesAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            throw new InvalidOperationException("Recovery codes exist only while two-factor sign-in is on.");
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        logger.LogInformation("Recovery codes regenerated: {UserId}", user.Id);
        return codes?.ToList() ?? [];
    }

    public async Task<AccountChange> DisableTwoFactorAsync(PortalUser user, DisableTwoFactorInput input)
    {
        ArgumentNullException.ThrowIfNull(user);
        var check = AccountChange.From(await disableRules.ValidateAsync(input));
        if (!check.Succeeded)
        {
            return check;
        }

        if (!await users.CheckPasswordAsync(user, input.CurrentPassword!))
        {
            logger.LogWarning("Two-factor sign-in not disabled, wrong password: {UserId}", user.Id);
            return AccountChange.Refused(nameof(DisableTwoFactorInput.CurrentPassword), "The password is not right.");
        }

        var result = await users.SetTwoFactorEnabledAsync(user, false);
        if (!result.Succeeded)
        {
            return Refusal(result, string.Empty);
        }

        logger.LogInformation("Two-factor sign-in disabled: {UserId}", user.Id);
        return AccountChange.Done;
    }

    /// <summary>The key in groups of four, as people type it into an app.</summary>
    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(text.Length > 0 ? " " : string.Empty).Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToUpperInvariant();
    }

    public static string AuthenticatorUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    private static AccountChange Refusal(IdentityResult result, string property) =>
        new(result.Errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
                new FieldError(property, "Another account uses this e-mail address."),
            nameof(IdentityErrorDescriber.ConcurrencyFailure) =>
                new FieldError(string.Empty, "Your account was changed elsewhere at the same moment. Reload the page and try again."),
            _ => new FieldError(property, e.Description),
        }).Distinct().ToList());
}
