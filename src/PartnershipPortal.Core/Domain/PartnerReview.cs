namespace PartnershipPortal.Core.Domain;

public enum ReviewRecommendation
{
    Expand,
    Maintain,
    Review,
    PhaseOut,
}

/// <summary>
/// A dean's judgement of a partner institution for one unit of the home institution, at a date: four
/// ratings from 1 to 5, a recommendation, strengths and concerns. Reviews are kept over time.
/// </summary>
public class PartnerReview : Entity
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int TextMaxLength = 4000;

    public int InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    /// <summary>The dean's unit of the home institution the review speaks for.</summary>
    public int UnitId { get; set; }

    public OrganisationalUnit? Unit { get; set; }

    public string AuthorUserId { get; set; } = string.Empty;

    public string AuthorName { get; set; } = string.Empty;

    public DateOnly ReviewedOn { get; set; }

    public int StrategicFit { get; private set; }

    public int AcademicQuality { get; private set; }

    public int Activity { get; private set; }

    public int Reliability { get; private set; }

    public ReviewRecommendation Recommendation { get; set; }

    public string? Strengths { get; set; }

    public string? Concerns { get; set; }

    public decimal Average => (StrategicFit + AcademicQuality + Activity + Reliability) / 4m;

    public void Rate(int strategicFit, int academicQuality, int activity, int reliability)
    {
        foreach (var rating in new[] { strategicFit, academicQuality, activity, reliability })
        {
            if (rating is < MinRating or > MaxRating)
            {
                throw new DomainException($"Ratings run from {MinRating} to {MaxRating}.");
            }
        }

        StrategicFit = strategicFit;
        AcademicQuality = academicQuality;
        Activity = activity;
        Reliability = reliability;
    }
}

/// <summary>Staff asking the dean of a unit for a review of a partner; fulfilled by the next review of that pair.</summary>
public class ReviewRequest : Entity
{
    public int InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    public int UnitId { get; set; }

    public OrganisationalUnit? Unit { get; set; }

    public string RequestedBy { get; set; } = string.Empty;

    public DateOnly RequestedOn { get; set; }

    public string? Reason { get; set; }

    public int? FulfilledByReviewId { get; set; }

    public PartnerReview? FulfilledBy { get; set; }
}
