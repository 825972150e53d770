using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.FollowUps;

public sealed class FollowUpInputValidator : AbstractValidator<FollowUpInput>
{
    public FollowUpInputValidator()
    {
        RuleFor(f => f.Title)
            .Required("FollowUp.Title.Required", "Say what must be done.")
            .MaxChars(FollowUpAction.TitleMaxLength, "FollowUp.Title.TooLong", "The title");
        RuleFor(f => f.Notes)
            .MaxChars(FollowUpInput.NotesMaxLength, "FollowUp.Notes.TooLong", "The notes");
        RuleFor(f => f.OwnerPersonId)
            .ValidReference("FollowUp.OwnerPersonId.Invalid", "Choose the contact person from the list.");
        RuleFor(f => f.OwnerUserId)
            .MaximumLength(FollowUpInput.OwnerUserIdMaxLength)
            .WithErrorCode("FollowUp.OwnerUserId.Invalid")
            .WithMessage("Choose the account responsible from the list.");
        RuleFor(f => f.DueOn)
            .Must(due => due is null || (due >= FollowUpInput.EarliestDueOn && due <= FollowUpInput.LatestDueOn))
            .WithErrorCode("FollowUp.DueOn.OutOfRange")
            .WithMessage($"Enter a due date between {FollowUpInput.EarliestDueOn.Year} and {FollowUpInput.LatestDueOn.Year}: check the year.");
        RuleFor(f => f.Status)
            .KnownValue("FollowUp.Status.Invalid", "Choose the status from the list.");
        RuleFor(f => f.VisitId)
            .ValidReference("FollowUp.VisitId.Invalid", "Choose the visit from the list.");
        RuleFor(f => f.AgreementId)
            .ValidReference("FollowUp.AgreementId.Invalid", "Choose the agreement from the list.");

        // Neither is reported beside the visit, both beside the agreement: each message says what to do there.
        RuleFor(f => f.VisitId)
            .Must((followUp, visitId) => visitId is not null || followUp.AgreementId is not null)
            .WithErrorCode("FollowUp.Subject.Missing")
            .WithMessage("A follow-up belongs to a visit or to an agreement: choose one.");
        RuleFor(f => f.AgreementId)
            .Must((followUp, agreementId) => agreementId is null || followUp.VisitId is null)
            .WithErrorCode("FollowUp.Subject.Both")
            .WithMessage("A follow-up belongs to a visit or to an agreement, not to both: clear one of them.");
    }
}
