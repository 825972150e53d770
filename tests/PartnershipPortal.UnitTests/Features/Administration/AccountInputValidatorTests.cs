using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Administration;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Administration;

public sealed class AccountInputValidatorTests
{
    private readonly AccountInputValidator _validator = new();

    private static AccountInput Dean() => new()
    {
        DisplayName = "Aigerim Nurlanovna", Email = "aigerim@xypi.example.cn", Roles = [PortalRoles.Dean, PortalRoles.Viewer], DeanUnitIds = [3, 4],
    };

    [Fact]
    public void Validate_WhenADeanWithUnitsIsComplete_ReportsNothing() => ValidatorAssert.ReportsNothing(_validator, Dean());

    [Fact]
    public void Validate_WhenTheNameIsAtItsLimit_PassesAndOneMoreIsReported() =>
        ValidatorAssert.LimitsText(_validator, Dean, "DisplayName", PortalUser.DisplayNameMaxLength, "Account.DisplayName.TooLong",
            "The name can be at most 200 characters long (this one has 201).");

    [Theory]
    [InlineData("DisplayName", "  ", "Account.DisplayName.Required", "Enter the name to show for this account.")]
    [InlineData("Email", "", "Account.Email.Required", "Enter the e-mail address of the account.")]
    [InlineData("Email", "aigerim@localhost", "Account.Email.Invalid", "Enter an e-mail address such as name@example.edu.")]
    [InlineData("Email", " aigerim@xypi.example.cn", "Account.Email.Invalid", "Enter an e-mail address such as name@example.edu.")]
    public void Validate_WhenATextIsMissingOrWrong_ReportsIt(string property, string value, string code, string message) =>
        ValidatorAssert.ReportsOnly(_validator, Dean().With(property, value), property, code, message);

    [Fact]
    public void Validate_WhenNoRoleIsChosen_ReportsRolesAndTheUnitsThatNeedADean()
    {
        var input = Dean();
        input.Roles = [];
        input.DeanUnitIds = [];

        ValidatorAssert.ReportsOnly(_validator, input, "Roles", "Account.Roles.Required", "Choose at least one role.");
    }

    [Theory]
    [InlineData("Superuser", "Account.Roles.Invalid", "Choose each role from the list.")]
    [InlineData("Dean", "Account.Roles.Repeated", "The same role is listed twice.")]
    public void Validate_WhenARoleIsUnknownOrRepeated_ReportsRoles(string extra, string code, string message)
    {
        var input = Dean();
        input.Roles.Add(extra);

        ValidatorAssert.ReportsOnly(_validator, input, "Roles", code, message);
    }

    [Fact]
    public void Validate_WhenUnitsAreGivenWithoutTheDeanRole_ReportsTheUnits()
    {
        var input = Dean();
        input.Roles = [PortalRoles.InternationalOffice];

        ValidatorAssert.ReportsOnly(_validator, input, "DeanUnitIds", "Account.DeanUnitIds.NotDean",
            "Only a dean answers for units: choose the Dean role or no unit.");
    }

    [Fact]
    public void Validate_WhenAUnitIsRepeated_ReportsTheUnits()
    {
        var input = Dean();
        input.DeanUnitIds = [3, 3];

        ValidatorAssert.ReportsOnly(_validator, input, "DeanUnitIds", "Account.DeanUnitIds.Repeated", "The same unit is listed twice.");
    }
}
