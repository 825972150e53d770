using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Administration;

/// <summary>
/// Roles come from the portal's four; units are given to deans only. Whether each unit belongs to the home
/// institution needs the store, so the service checks that.
/// </summary>
public sealed class AccountAccessInputValidator : AbstractValidator<AccountAccessInput>
{
    public AccountAccessInputValidator()
    {
        RuleFor(i => i.Roles)
            .NotEmpty().WithErrorCode("Account.Roles.Required").WithMessage("Choose at least one role.")
            .Must(roles => roles.TrueForAll(r => PortalRoles.All.Contains(r)))
            .WithErrorCode("Account.Roles.Invalid").WithMessage("Choose each role from the list.")
            .NoRepeats("Account.Roles.Repeated", "The same role is listed twice.");
        RuleFor(i => i.DeanUnitIds)
            .ChosenOnceEach("Account.DeanUnitIds", "unit")
            .Must((input, units) => units.Count == 0 || input.Roles.Contains(PortalRoles.Dean))
            .WithErrorCode("Account.DeanUnitIds.NotDean").WithMessage("Only a dean answers for units: choose the Dean role or no unit.");
    }
}

public sealed class AccountInputValidator : AbstractValidator<AccountInput>
{
    public AccountInputValidator()
    {
        RuleFor(i => i.DisplayName)
            .Required("Account.DisplayName.Required", "Enter the name to show for this account.")
            .MaxChars(PortalUser.DisplayNameMaxLength, "Account.DisplayName.TooLong", "The name");
        RuleFor(i => i.Email)
            .Required("Account.Email.Required", "Enter the e-mail address of the account.")
            .MaxChars(Person.EmailMaxLength, "Account.Email.TooLong", "The e-mail address")
            .ValidEmail("Account.Email.Invalid");
        Include(new AccountAccessInputValidator());
    }
}
