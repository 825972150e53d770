using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reviews;

namespace PartnershipPortal.UnitTests.Features.Reviews;

public sealed class ReviewInputValidatorTests
{
    private static readonly ReviewInputValidator Validator = new();

    private static ReviewInput Valid() => new()
    {
        InstitutionId = 3,
        UnitId = 7,
        ReviewedOn = new DateOnly(2025, 6, 1),
        StrategicFit = 5,
        AcademicQuality = 4,
        Activity = 3,
        Reliability = 1,
        Recommendation = ReviewRecommendation.Maintain,
    };

    [Fact]
    public void Validate_WhenEveryFieldIsGiven_Passes() => Assert.True(Validator.Validate(Valid()).IsValid);

    [Theory]
    [InlineData("StrategicFit", 0, "Rate strategic fit from 1 (poor) to 5 (excellent).")]
    [InlineData("AcademicQuality", 6, "Rate academic quality from 1 (poor) to 5 (excellent).")]
    [InlineData("Activity", -1, "Rate activity from 1 (poor) to 5 (excellent).")]
    [InlineData("Reliability", 9, "Rate reliability from 1 (poor) to 5 (excellent).")]
    public void Validate_WhenARatingIsOutsideOneToFive_ReportsThatRating(string field, int value, string message)
    {
        var input = Valid();
        typeof(ReviewInput).GetProperty(field)!.SetValue(input, value);

        var failure = Assert.Single(Validator.Validate(input).Errors);

        Assert.Equal((field, $"Review.{field}.OutOfRange", message), (failure.PropertyName, failure.ErrorCode, failure.ErrorMessage));
    }

    [Fact]
    public void Validate_WithoutPartnerUnitOrDate_ReportsEach()
    {
        var input = Valid();
        input.InstitutionId = 0;
        input.UnitId = 0;
        input.ReviewedOn = null;

        var failures = Validator.Validate(input).Errors.Select(f => (f.PropertyName, f.ErrorMessage)).ToList();

        Assert.Equal(
            [("InstitutionId", "Choose the partner institution."), ("UnitId", "Choose the unit the review speaks for."), ("ReviewedOn", "Enter the date of the review.")],
            failures);
    }

    [Fact]
    public void Validate_WhenConcernsAreTooLong_ReportsConcerns()
    {
        var input = Valid();
        input.Concerns = new string('x', PartnerReview.TextMaxLength + 1);

        var failure = Assert.Single(Validator.Validate(input).Errors);

        Assert.Equal(("Concerns", "Review.Concerns.TooLong"), (failure.PropertyName, failure.ErrorCode));
    }
}
