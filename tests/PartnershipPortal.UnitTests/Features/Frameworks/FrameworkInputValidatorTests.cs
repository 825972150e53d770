using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Frameworks;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Frameworks;

public sealed class FrameworkInputValidatorTests
{
    private readonly FrameworkInputValidator _validator = new();

    private static FrameworkInput BeltAndRoad() => new()
    {
        Name = "Belt and Road Initiative",
        Acronym = "BRI",
        Kind = FrameworkKind.Framework,
        Description = "China's framework for cooperation along the Silk Road Economic Belt and the Maritime Silk Road.",
    };

    [Fact]
    public void Validate_WhenIntergovernmentalFrameworkHasNoOwner_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, BeltAndRoad());

    [Fact]
    public void Validate_WhenProjectNamesTheInstitutionThatRunsIt_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, new FrameworkInput { Name = "Qinling Workshop", Kind = FrameworkKind.Project, OwnerInstitutionId = 1 });

    [Fact]
    public void Validate_WhenNameIsEmpty_ReportsName() =>
        ValidatorAssert.ReportsOnly(_validator, BeltAndRoad().With("Name", ""),
            "Name", "Framework.Name.Required", "Enter the name of the framework, programme or project.");

    [Theory]
    [InlineData("Name", FrameworkProgramme.NameMaxLength, "Framework.Name.TooLong", "The name can be at most 200 characters long (this one has 201).")]
    [InlineData("Acronym", FrameworkInput.AcronymMaxLength, "Framework.Acronym.TooLong", "The acronym can be at most 30 characters long (this one has 31).")]
    [InlineData("Description", FrameworkInput.DescriptionMaxLength, "Framework.Description.TooLong", "The description can be at most 4000 characters long (this one has 4001).")]
    public void Validate_WhenTextGoesPastItsLimit_ReportsThatField(string property, int max, string code, string message) =>
        ValidatorAssert.LimitsText(_validator, BeltAndRoad, property, max, code, message);

    [Fact]
    public void Validate_WhenKindIsNotKnown_ReportsKind() =>
        ValidatorAssert.ReportsOnly(_validator, BeltAndRoad().With("Kind", (FrameworkKind)9),
            "Kind", "Framework.Kind.Invalid", "Choose the kind from the list.");

    [Fact]
    public void Validate_WhenOwnerIdIsNotARecord_ReportsOwnerInstitutionId() =>
        ValidatorAssert.ReportsOnly(_validator, BeltAndRoad().With("OwnerInstitutionId", 0),
            "OwnerInstitutionId", "Framework.OwnerInstitutionId.Invalid", "Choose the institution that runs it from the list.");
}
