using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Accounts;

public sealed class ProfileInputValidatorTests
{
    private readonly ProfileInputValidator _validator = new();

    private static ProfileInput Sunli() => new() { DisplayName = "Sun Li", Email = "sun.li@xpi.example" };

    [Fact]
    public void Validate_WhenNameAndAddressAreGiven_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Sunli());

    [Fact]
    public void Validate_WhenThePasswordForANewAddressIsGiven_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Sunli().With("CurrentPassword", "my current pass phrase"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_WhenNameIsEmpty_ReportsDisplayName(string? name) =>
        ValidatorAssert.ReportsOnly(_validator, Sunli().With("DisplayName", name),
            "DisplayName", "Profile.DisplayName.Required", "Enter the name others see for you.");

    [Fact]
    public void Validate_WhenNameGoesPastItsLimit_ReportsDisplayName() =>
        ValidatorAssert.LimitsText(_validator, Sunli, "DisplayName", PortalUser.DisplayNameMaxLength,
            "Profile.DisplayName.TooLong", "The name can be at most 200 characters long (this one has 201).");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Validate_WhenAddressIsEmpty_ReportsEmailOnce(string? email) =>
        ValidatorAssert.ReportsOnly(_validator, Sunli().With("Email", email),
            "Email", "Profile.Email.Required", "Enter your e-mail address.");

    [Theory]
    [InlineData("sun.li")]
    [InlineData("sun li@xpi.example")]
    public void Validate_WhenAddressIsNotOne_ReportsEmail(string email) =>
        ValidatorAssert.ReportsOnly(_validator, Sunli().With("Email", email),
            "Email", "Profile.Email.Invalid", "Enter an e-mail address such as name@example.edu.");

    [Fact]
    public void Validate_WhenAddressGoesPastItsLimit_ReportsEmail()
    {
        var atLimit = new string('a', Person.EmailMaxLength - "@xpi.example".Length) + "@xpi.example";
        ValidatorAssert.ReportsNothing(_validator, Sunli().With("Email", atLimit));
        ValidatorAssert.ReportsOnly(_validator, Sunli().With("Email", "a" + atLimit),
            "Email", "Profile.Email.TooLong", "The e-mail address can be at most 254 characters long (this one has 255).");
    }
}
