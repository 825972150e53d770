using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Accounts;

public sealed class TwoFactorInputValidatorTests
{
    private readonly TwoFactorCodeInputValidator _codes = new();
    private readonly RecoveryCodeInputValidator _recoveryCodes = new();
    private readonly DisableTwoFactorInputValidator _disable = new();

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData("012 345", "012345")]
    [InlineData("012-345", "012345")]
    public void Validate_WhenTheCodeHasSixDigits_ReportsNothingAndKeepsTheDigits(string code, string digits)
    {
        var input = new TwoFactorCodeInput { Code = code };

        ValidatorAssert.ReportsNothing(_codes, input);
        Assert.Equal(digits, input.Digits);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_WhenTheCodeIsMissing_ReportsCodeOnce(string? code) =>
        ValidatorAssert.ReportsOnly(_codes, new TwoFactorCodeInput { Code = code },
            "Code", "TwoFactor.Code.Required", "Enter the 6-digit code your authenticator app shows.");

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    [InlineData("١٢٣٤٥٦")]
    public void Validate_WhenTheCodeIsNotSixDigits_ReportsCode(string code) =>
        ValidatorAssert.ReportsOnly(_codes, new TwoFactorCodeInput { Code = code },
            "Code", "TwoFactor.Code.Invalid", "The code has 6 digits, such as 123 456.");

    [Fact]
    public void Validate_WhenARecoveryCodeIsGiven_ReportsNothingAndNormalisesIt()
    {
        var input = new RecoveryCodeInput { RecoveryCode = " bcdfg-hjkmn " };

        ValidatorAssert.ReportsNothing(_recoveryCodes, input);
        Assert.Equal("BCDFG-HJKMN", input.Normalised);
    }

    [Fact]
    public void Validate_WhenTheRecoveryCodeIsMissing_ReportsRecoveryCode() =>
        ValidatorAssert.ReportsOnly(_recoveryCodes, new RecoveryCodeInput { RecoveryCode = " " },
            "RecoveryCode", "TwoFactor.RecoveryCode.Required", "Enter one of your recovery codes.");

    [Fact]
    public void Validate_WhenTheRecoveryCodeIsTooLong_ReportsRecoveryCode() =>
        ValidatorAssert.LimitsText(_recoveryCodes, () => new RecoveryCodeInput(), "RecoveryCode", RecoveryCodeInput.MaxLength,
            "TwoFactor.RecoveryCode.TooLong", "A recovery code can be at most 32 characters long (this one has 33).");

    [Fact]
    public void Validate_WhenThePasswordToTurnOffIsGiven_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_disable, new DisableTwoFactorInput { CurrentPassword = "my pass phrase" });

    [Fact]
    public void Validate_WhenThePasswordToTurnOffIsMissing_ReportsCurrentPassword() =>
        ValidatorAssert.ReportsOnly(_disable, new DisableTwoFactorInput(),
            "CurrentPassword", "TwoFactor.Password.Required", "Enter your current password to turn two-factor sign-in off.");
}
