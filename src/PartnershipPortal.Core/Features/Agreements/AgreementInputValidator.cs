using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Agreements;

public sealed class AgreementInputValidator : AbstractValidator<AgreementInput>
{
    public AgreementInputValidator()
    {
        RuleFor(a => a.Title)
            .Required("Agreement.Title.Required", "Enter the agreement's title.")
            .MaxChars(CooperationAgreement.TitleMaxLength, "Agreement.Title.TooLong", "The title");
        RuleFor(a => a.Kind)
            .KnownValue("Agreement.Kind.Invalid", "Choose the kind of agreement from the list.");
        RuleFor(a => a.Status)
            .KnownValue("Agreement.Status.Invalid", "Choose the agreement's status from the list.");
        RuleFor(a => a.ExpiresOn)
            .Must((agreement, expiresOn) => expiresOn > agreement.EffectiveOn)
            .When(a => a.EffectiveOn is not null && a.ExpiresOn is not null)
            .WithErrorCode("Agreement.ExpiresOn.NotAfterEffective")
            .WithMessage("The agreement must expire after the date it takes effect.");

        // Together these two mean "at least two distinct parties", each with the message that fits.
        RuleFor(a => a.PartyInstitutionIds)
            .Must(ids => ids.Count >= 2)
            .WithErrorCode("Agreement.PartyInstitutionIds.TooFew")
            .WithMessage("An agreement binds at least two parties: choose every institution that signs it.");
        RuleFor(a => a.PartyInstitutionIds)
            .ChosenOnceEach("Agreement.PartyInstitutionIds", "party");

        RuleFor(a => a.ResponsibleUnitId)
            .ValidReference("Agreement.ResponsibleUnitId.Invalid", "Choose the responsible unit from the list.");
        RuleFor(a => a.ResponsiblePersonId)
            .ValidReference("Agreement.ResponsiblePersonId.Invalid", "Choose the responsible person from the list.");
        RuleForEach(a => a.FieldCodes)
            .Required("Agreement.FieldCodes.Required", "Choose a field of study or remove the empty line.")
            .DetailedIscedCode("Agreement.FieldCodes.Invalid");
        RuleFor(a => a.FieldCodes)
            .NoRepeats("Agreement.FieldCodes.Repeated", "The same field of study is listed twice.");
        RuleFor(a => a.FrameworkIds)
            .ChosenOnceEach("Agreement.FrameworkIds", "framework");
        RuleFor(a => a.VisitIds)
            .ChosenOnceEach("Agreement.VisitIds", "visit");
        RuleFor(a => a.RenewsAgreementId)
            .ValidReference("Agreement.RenewsAgreementId.Invalid", "Choose the agreement this one renews from the list.");
        RuleFor(a => a.Notes)
            .MaxChars(AgreementInput.NotesMaxLength, "Agreement.Notes.TooLong", "The notes");
    }
}
