using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Institutions;

public sealed class FacilityInputValidatorTests
{
    private readonly FacilityInputValidator _validator = new();

    private static FacilityInput CncCenter() => new() { UnitId = 3, Name = "CNC machining center" };

    [Fact]
    public void Validate_WhenFacilityOfAUnitIsNamed_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, CncCenter().With("Description", "Five-axis machining for the Technician School."));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_WhenUnitIsNotChosen_ReportsUnitId(int unitId) =>
        ValidatorAssert.ReportsOnly(_validator, CncCenter().With("UnitId", unitId),
            "UnitId", "Facility.UnitId.Required", "Choose the unit the facility belongs to.");

    [Fact]
    public void Validate_WhenNameIsEmpty_ReportsName() =>
        ValidatorAssert.ReportsOnly(_validator, CncCenter().With("Name", ""),
            "Name", "Facility.Name.Required", "Enter the facility's name.");

    [Theory]
    [InlineData("Name", Facility.NameMaxLength, "Facility.Name.TooLong", "The name can be at most 200 characters long (this one has 201).")]
    [InlineData("Description", FacilityInput.DescriptionMaxLength, "Facility.Description.TooLong", "The description can be at most 2000 characters long (this one has 2001).")]
    public void Validate_WhenTextGoesPastItsLimit_ReportsThatField(string property, int max, string code, string message) =>
        ValidatorAssert.LimitsText(_validator, CncCenter, property, max, code, message);
}
