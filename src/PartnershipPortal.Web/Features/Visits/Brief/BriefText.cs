using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Visits.Brief;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.Visits.Brief;

/// <summary>The sentences the brief prints the same way on screen and in the PDF.</summary>
public static class BriefText
{
    public static string PartnerName(PartnerHistory partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var name = partner.Acronym is null ? partner.Name : $"{partner.Name} ({partner.Acronym})";
        return partner.OriginalName is null ? name : $"{name} — {partner.OriginalName}";
    }

    public static string Expiry(AgreementLink agreement, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(localizer);
        return agreement.ExpiresOn is { } expires ? ", " + localizer["Brief_Expires", DateText.Format(expires)] : string.Empty;
    }

    public static string Review(PartnerReviewSummary? review, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return review is null
            ? localizer["Brief_NoReview"]
            : localizer["Brief_Review", DateText.Format(review.ReviewedOn), review.Unit,
                review.Average.ToString("0.0", CultureInfo.CurrentCulture), localizer[$"ReviewRecommendation_{review.Recommendation}"]];
    }
}
