using FluentValidation;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>Why a visit is called off; the reason is kept with the visit.</summary>
public sealed class CancelVisitInput
{
    public const int ReasonMaxLength = 1000;

    public string Reason { get; set; } = string.Empty;
}

public sealed class CancelVisitInputValidator : AbstractValidator<CancelVisitInput>
{
    public CancelVisitInputValidator()
    {
        RuleFor(c => c.Reason)
            .Required("CancelVisit.Reason.Required", "Say why the visit is cancelled, such as \"postponed by the guests\".")
            .MaxChars(CancelVisitInput.ReasonMaxLength, "CancelVisit.Reason.TooLong", "The reason");
    }
}
