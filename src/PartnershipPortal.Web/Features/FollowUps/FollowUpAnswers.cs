using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Web.Features.FollowUps;

/// <summary>What a refused follow-up save says to the user, alike in the form and in the quick status buttons.</summary>
internal static class FollowUpAnswers
{
    public static string? Message(IStringLocalizer<FollowUpResource> L, SaveOutcome outcome) => outcome.Status switch
    {
        SaveStatus.Saved => null,
        SaveStatus.Invalid => L["FollowUp_FixFields"].Value,
        SaveStatus.Conflict => L["FollowUp_ChangedMeanwhile", outcome.Conflict?.ChangedBy ?? L["FollowUp_Someone"].Value].Value,
        SaveStatus.Forbidden => L["FollowUp_Forbidden"].Value,
        _ => L["FollowUp_Gone"].Value,
    };
}
