using FluentValidation;

namespace PartnershipPortal.Core.Features.Accounts;

public sealed class ResetPasswordInput
{
    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}

/// <summary>
/// Length, not composition (ASVS 6.2): at least 12 characters. Identity's own validators run again when the
/// password is set, so a rule added there is never bypassed.
/// </summary>
public sealed class ResetPasswordInputValidator : AbstractValidator<ResetPasswordInput>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 1024;

    public ResetPasswordInputValidator()
    {
        RuleFor(i => i.Password)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("ResetPassword.Password.Required").WithMessage("Enter a new password.")
            .MinimumLength(MinimumLength).WithErrorCode("ResetPassword.Password.TooShort")
            .WithMessage($"A password has at least {MinimumLength} characters (this one has {{TotalLength}}).")
            .MaximumLength(MaximumLength).WithErrorCode("ResetPassword.Password.TooLong")
            .WithMessage($"A password has at most {MaximumLength} characters.");
        RuleFor(i => i.ConfirmPassword)
            .Equal(i => i.Password).WithErrorCode("ResetPassword.ConfirmPassword.Different")
            .WithMessage("The two passwords differ: type the same password twice.");
    }
}
