using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Accounts;

/// <summary>The limits every password of the portal keeps: length, not composition (ASVS 6.2).</summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;

    /// <summary>Beyond ASVS's 128-character minimum; longer only costs hashing time.</summary>
    public const int MaximumLength = 1024;
}

/// <summary>The signed-in user's own name and e-mail address.</summary>
public sealed class ProfileInput
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    /// <summary>Needed only when the e-mail address changes: whoever holds a session alone cannot redirect password resets.</summary>
    public string? CurrentPassword { get; set; }
}

public sealed class ProfileInputValidator : AbstractValidator<ProfileInput>
{
    public ProfileInputValidator()
    {
        RuleFor(i => i.DisplayName)
            .Required("Profile.DisplayName.Required", "Enter the name others see for you.")
            .MaxChars(PortalUser.DisplayNameMaxLength, "Profile.DisplayName.TooLong", "The name");
        RuleFor(i => i.Email)
            .Cascade(CascadeMode.Stop)
            .Required("Profile.Email.Required", "Enter your e-mail address.")
            .MaxChars(Person.EmailMaxLength, "Profile.Email.TooLong", "The e-mail address")
            .ValidEmail("Profile.Email.Invalid");
    }
}

public sealed class ChangePasswordInput
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(i => i.CurrentPassword)
            .NotEmpty().WithErrorCode("Password.Current.Required").WithMessage("Enter your current password.");
        RuleFor(i => i.NewPassword)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("Password.New.Required").WithMessage("Enter a new password.")
            .MinimumLength(PasswordRules.MinimumLength).WithErrorCode("Password.New.TooShort")
            .WithMessage($"The new password must have at least {PasswordRules.MinimumLength} characters (this one has {{TotalLength}}).")
            .MaximumLength(PasswordRules.MaximumLength).WithErrorCode("Password.New.TooLong")
            .WithMessage($"The new password can be at most {PasswordRules.MaximumLength} characters long (this one has {{TotalLength}}).");
        RuleFor(i => i.ConfirmPassword)
            .Equal(i => i.NewPassword).WithErrorCode("Password.Confirm.Mismatch").WithMessage("The two new passwords are not the same.");
    }
}

/// <summary>A 6-digit code from an authenticator app: to turn two-factor sign-in on, and at sign-in.</summary>
public sealed class TwoFactorCodeInput
{
    public string? Code { get; set; }

    /// <summary>The code without the spaces or hyphens some apps show in the middle.</summary>
    public string Digits => new((Code ?? string.Empty).Where(c => c is not (' ' or '-')).ToArray());
}

public sealed class TwoFactorCodeInputValidator : AbstractValidator<TwoFactorCodeInput>
{
    public TwoFactorCodeInputValidator()
    {
        RuleFor(i => i.Code)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("TwoFactor.Code.Required").WithMessage("Enter the 6-digit code your authenticator app shows.")
            .Must((input, _) => input.Digits.Length == 6 && input.Digits.All(char.IsAsciiDigit))
            .WithErrorCode("TwoFactor.Code.Invalid").WithMessage("The code has 6 digits, such as 123 456.");
    }
}

/// <summary>One of the recovery codes shown when two-factor sign-in was turned on.</summary>
public sealed class RecoveryCodeInput
{
    public const int MaxLength = 32;

    public string? RecoveryCode { get; set; }

    /// <summary>The code as Identity stores it: spaces dropped, capital letters.</summary>
    public string Normalised => new((RecoveryCode ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
}

public sealed class RecoveryCodeInputValidator : AbstractValidator<RecoveryCodeInput>
{
    public RecoveryCodeInputValidator()
    {
        RuleFor(i => i.RecoveryCode)
            .NotEmpty().WithErrorCode("TwoFactor.RecoveryCode.Required").WithMessage("Enter one of your recovery codes.")
            .MaxChars(RecoveryCodeInput.MaxLength, "TwoFactor.RecoveryCode.TooLong", "A recovery code");
    }
}

public sealed class DisableTwoFactorInput
{
    public string? CurrentPassword { get; set; }
}

public sealed class DisableTwoFactorInputValidator : AbstractValidator<DisableTwoFactorInput>
{
    public DisableTwoFactorInputValidator()
    {
        RuleFor(i => i.CurrentPassword)
            .NotEmpty().WithErrorCode("TwoFactor.Password.Required").WithMessage("Enter your current password to turn two-factor sign-in off.");
    }
}

public sealed class ForgotPasswordInput
{
    public string? Email { get; set; }
}

public sealed class ForgotPasswordInputValidator : AbstractValidator<ForgotPasswordInput>
{
    public ForgotPasswordInputValidator()
    {
        RuleFor(i => i.Email)
            .Cascade(CascadeMode.Stop)
            .Required("ForgotPassword.Email.Required", "Enter the e-mail address of your account.")
            .MaxChars(Person.EmailMaxLength, "ForgotPassword.Email.TooLong", "The e-mail address")
            .ValidEmail("ForgotPassword.Email.Invalid");
    }
}
