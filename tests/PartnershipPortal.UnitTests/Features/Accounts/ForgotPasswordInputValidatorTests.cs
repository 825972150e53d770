using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Accounts;

public sealed class ForgotPasswordInputValidatorTests
{
    private readonly ForgotPasswordInputValidator _validator = new();

    [Fact]
    public void Validate_WhenAnAddressIsGiven_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, new ForgotPasswordInput { Email = "ma.jun@xpi.example" });

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_WhenTheAddressIsMissing_ReportsEmailOnce(string? email) =>
        ValidatorAssert.ReportsOnly(_validator, new ForgotPasswordInput { Email = email },
            "Email", "ForgotPassword.Email.Required", "Enter the e-mail address of your account.");

    [Fact]
    public void Validate_WhenTheAddressIsNotOne_ReportsEmail() =>
        ValidatorAssert.ReportsOnly(_validator, new ForgotPasswordInput { Email = "ma.jun at xpi" },
            "Email", "ForgotPassword.Email.Invalid", "Enter an e-mail address such as name@example.edu.");

    [Fact]
    public void Validate_WhenTheAddressIsTooLong_ReportsEmail() =>
        ValidatorAssert.ReportsOnly(_validator, new ForgotPasswordInput { Email = new string('a', 250) + "@x.kz" },
            "Email", "ForgotPassword.Email.TooLong", "The e-mail address can be at most 254 characters long (this one has 255).");
}
