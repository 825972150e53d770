using FluentValidation;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Accounts;

public sealed class SignInInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}

public sealed class SignInInputValidator : AbstractValidator<SignInInput>
{
    public SignInInputValidator()
    {
        RuleFor(i => i.Email)
            .NotEmpty().WithErrorCode("SignIn.Email.Required").WithMessage("Enter the e-mail address of your account.")
            .MaximumLength(Person.EmailMaxLength).WithErrorCode("SignIn.Email.TooLong").WithMessage("An e-mail address has at most 254 characters.");
        RuleFor(i => i.Password)
            .NotEmpty().WithErrorCode("SignIn.Password.Required").WithMessage("Enter your password.");
    }
}
