using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Accounts;

public sealed class ChangePasswordInputValidatorTests
{
    private readonly ChangePasswordInputValidator _validator = new();

    private static ChangePasswordInput Change(string next = "twelve chars") => new()
    {
        CurrentPassword = "the old pass phrase",
        NewPassword = next,
        ConfirmPassword = next,
    };

    [Theory]
    [InlineData("twelve chars")]
    [InlineData("a pass phrase of several words, with ünïcödé and 中文")]
    public void Validate_WhenTheNewPasswordIsLongEnoughAndRepeated_ReportsNothing(string next) =>
        ValidatorAssert.ReportsNothing(_validator, Change(next));

    [Fact]
    public void Validate_AtTheLongestPassword_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Change(new string('x', PasswordRules.MaximumLength)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_WhenTheCurrentPasswordIsMissing_ReportsCurrentPassword(string? current) =>
        ValidatorAssert.ReportsOnly(_validator, Change().With("CurrentPassword", current),
            "CurrentPassword", "Password.Current.Required", "Enter your current password.");

    [Fact]
    public void Validate_WhenTheNewPasswordIsMissing_ReportsNewPasswordOnce() =>
        ValidatorAssert.ReportsOnly(_validator, Change().With("NewPassword", null).With("ConfirmPassword", null),
            "NewPassword", "Password.New.Required", "Enter a new password.");

    [Fact]
    public void Validate_WhenTheNewPasswordIsOneCharacterShort_ReportsNewPassword() =>
        ValidatorAssert.ReportsOnly(_validator, Change("eleven char"),
            "NewPassword", "Password.New.TooShort", "The new password must have at least 12 characters (this one has 11).");

    [Fact]
    public void Validate_WhenTheNewPasswordIsOneCharacterTooLong_ReportsNewPassword() =>
        ValidatorAssert.ReportsOnly(_validator, Change(new string('x', PasswordRules.MaximumLength + 1)),
            "NewPassword", "Password.New.TooLong", "The new password can be at most 1024 characters long (this one has 1025).");

    [Theory]
    [InlineData(null)]
    [InlineData("twelve charz")]
    [InlineData("Twelve chars")]
    public void Validate_WhenTheRepeatDiffers_ReportsConfirmPassword(string? confirmation) =>
        ValidatorAssert.ReportsOnly(_validator, Change().With("ConfirmPassword", confirmation),
            "ConfirmPassword", "Password.Confirm.Mismatch", "The two new passwords are not the same.");
}
