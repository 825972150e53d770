using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Web.Features.Checklists;

/// <summary>What the planning pages say when a service refuses a change; nothing when it was saved.</summary>
internal static class OutcomeMessage
{
    public static string? For(SaveOutcome outcome, IStringLocalizer<PlanningResource> text) => outcome.Status switch
    {
        SaveStatus.Saved => null,
        SaveStatus.Invalid => text["Form_FixFields"].Value,
        SaveStatus.Conflict => text["Form_ChangedMeanwhile"].Value,
        SaveStatus.Forbidden => text["Form_Forbidden"].Value,
        _ => text["Form_NotFound"].Value,
    };
}
