using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Accounts;

public sealed class ResetPasswordInputValidatorTests
{
    private readonly ResetPasswordInputValidator _validator = new();

    private static ResetPasswordInput Twice(string password) => new() { Password = password, ConfirmPassword = password };

    [Fact]
    public void Validate_WhenTwelveCharactersAreTypedTwice_ReportsNothing() => ValidatorAssert.ReportsNothing(_validator, Twice("twelve chars"));

    [Fact]
    public void Validate_WhenElevenCharactersAreTyped_ReportsTheLength() =>
        ValidatorAssert.ReportsOnly(_validator, Twice("eleven char"), "Password", "ResetPassword.Password.TooShort",
            "A password has at least 12 characters (this one has 11).");

    [Fact]
    public void Validate_WhenNothingIsTyped_AsksForAPassword() =>
        ValidatorAssert.ReportsOnly(_validator, Twice(""), "Password", "ResetPassword.Password.Required", "Enter a new password.");

    [Fact]
    public void Validate_WhenLongerThan1024Characters_ReportsTheLength() =>
        ValidatorAssert.ReportsOnly(_validator, Twice(new string('p', 1025)), "Password", "ResetPassword.Password.TooLong",
            "A password has at most 1024 characters.");

    [Fact]
    public void Validate_WhenTheConfirmationDiffers_ReportsTheConfirmation() =>
        ValidatorAssert.ReportsOnly(_validator, new ResetPasswordInput { Password = "a long pass phrase", ConfirmPassword = "a long pass phrasE" },
            "ConfirmPassword", "ResetPassword.ConfirmPassword.Different", "The two passwords differ: type the same password twice.");
}
