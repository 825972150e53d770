using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Institutions;

public sealed class UnitInputValidatorTests
{
    private readonly UnitInputValidator _validator = new();

    private static UnitInput MedicalSchool() => new() { InstitutionId = 1, Name = "Medical School", Kind = UnitKind.School };

    [Fact]
    public void Validate_WhenUnitOfTheHomeInstitutionIsComplete_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, MedicalSchool().With("OriginalName", "医学院"));

    [Fact]
    public void Validate_WhenInstitutionIsNotChosen_ReportsInstitutionId() =>
        ValidatorAssert.ReportsOnly(_validator, MedicalSchool().With("InstitutionId", 0),
            "InstitutionId", "Unit.InstitutionId.Required", "Choose the institution the unit belongs to.");

    [Fact]
    public void Validate_WhenNameIsBlank_ReportsName() =>
        ValidatorAssert.ReportsOnly(_validator, MedicalSchool().With("Name", " "),
            "Name", "Unit.Name.Required", "Enter the unit's name.");

    [Theory]
    [InlineData("Name", "Unit.Name.TooLong", "The name can be at most 200 characters long (this one has 201).")]
    [InlineData("OriginalName", "Unit.OriginalName.TooLong", "The original name can be at most 200 characters long (this one has 201).")]
    public void Validate_WhenTextGoesPastItsLimit_ReportsThatField(string property, string code, string message) =>
        ValidatorAssert.LimitsText(_validator, MedicalSchool, property, OrganisationalUnit.NameMaxLength, code, message);

    [Theory]
    [InlineData(UnitKind.Office)]
    [InlineData(UnitKind.Other)]
    public void Validate_WhenKindIsKnown_ReportsNothing(UnitKind kind) =>
        ValidatorAssert.ReportsNothing(_validator, MedicalSchool().With("Kind", kind));

    [Fact]
    public void Validate_WhenKindIsNotKnown_ReportsKind() =>
        ValidatorAssert.ReportsOnly(_validator, MedicalSchool().With("Kind", (UnitKind)42),
            "Kind", "Unit.Kind.Invalid", "Choose the kind of unit from the list.");
}
