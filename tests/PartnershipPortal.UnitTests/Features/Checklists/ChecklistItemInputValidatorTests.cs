using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Checklists;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Checklists;

public sealed class ChecklistItemInputValidatorTests
{
    private readonly ChecklistItemInputValidator _validator = new();

    private static ChecklistItemInput InterpretersBooked() => new() { Title = "Interpreters booked", OffsetDays = -7, OwnerUserId = "a1" };

    [Theory]
    [InlineData(-365)]
    [InlineData(0)]
    [InlineData(365)]
    public void Validate_WhenTheTaskFallsWithinAYearOfTheStart_ReportsNothing(int offset) =>
        ValidatorAssert.ReportsNothing(_validator, InterpretersBooked().With("OffsetDays", offset));

    [Fact]
    public void Validate_WithoutAnOwner_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, InterpretersBooked().With("OwnerUserId", null));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_WhenTitleIsEmpty_ReportsTitle(string title) =>
        ValidatorAssert.ReportsOnly(_validator, InterpretersBooked().With("Title", title), "Title", "Checklist.Title.Required", "Say what must be done.");

    [Fact]
    public void Validate_WhenTitleGoesPastItsLimit_ReportsTitle() =>
        ValidatorAssert.LimitsText(_validator, InterpretersBooked, "Title", ChecklistTemplateItem.TitleMaxLength, "Checklist.Title.TooLong",
            "The task can be at most 200 characters long (this one has 201).");

    [Theory]
    [InlineData(-366)]
    [InlineData(400)]
    public void Validate_WhenTheTaskFallsMoreThanAYearFromTheStart_ReportsOffsetDays(int offset) =>
        ValidatorAssert.ReportsOnly(_validator, InterpretersBooked().With("OffsetDays", offset), "OffsetDays", "Checklist.OffsetDays.OutOfRange",
            "A task falls at most 365 days before or after the visit's first day.");
}
