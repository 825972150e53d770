using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Reviews;

/// <summary>A dean's review of a partner for one unit, as the form sends it.</summary>
public sealed class ReviewInput
{
    public int InstitutionId { get; set; }

    public int UnitId { get; set; }

    public DateOnly? ReviewedOn { get; set; }

    public int StrategicFit { get; set; }

    public int AcademicQuality { get; set; }

    public int Activity { get; set; }

    public int Reliability { get; set; }

    public ReviewRecommendation Recommendation { get; set; } = ReviewRecommendation.Maintain;

    public string? Strengths { get; set; }

    public string? Concerns { get; set; }
}

public sealed class ReviewInputValidator : AbstractValidator<ReviewInput>
{
    public ReviewInputValidator()
    {
        RuleFor(r => r.InstitutionId).RequiredReference("Review.InstitutionId.Required", "Choose the partner institution.");
        RuleFor(r => r.UnitId).RequiredReference("Review.UnitId.Required", "Choose the unit the review speaks for.");
        RuleFor(r => r.ReviewedOn).NotNull().WithErrorCode("Review.ReviewedOn.Required").WithMessage("Enter the date of the review.");
        Rating(r => r.StrategicFit, "StrategicFit", "strategic fit");
        Rating(r => r.AcademicQuality, "AcademicQuality", "academic quality");
        Rating(r => r.Activity, "Activity", "activity");
        Rating(r => r.Reliability, "Reliability", "reliability");
        RuleFor(r => r.Recommendation).KnownValue("Review.Recommendation.Invalid", "Choose a recommendation from the list.");
        RuleFor(r => r.Strengths).MaxChars(PartnerReview.TextMaxLength, "Review.Strengths.TooLong", "The strengths");
        RuleFor(r => r.Concerns).MaxChars(PartnerReview.TextMaxLength, "Review.Concerns.TooLong", "The concerns");
    }

    private void Rating(System.Linq.Expressions.Expression<Func<ReviewInput, int>> rating, string code, string name) =>
        RuleFor(rating).InclusiveBetween(PartnerReview.MinRating, PartnerReview.MaxRating)
            .WithErrorCode($"Review.{code}.OutOfRange")
            .WithMessage($"Rate {name} from 1 (poor) to 5 (excellent).");
}
