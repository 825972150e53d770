using System.Globalization;
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
        RuleFor(a => a.ExpiresOn)
            .Must((agreement, expiresOn) => expiresOn > agreement.EffectiveOn)
            .When(a => a.EffectiveOn is not null && a.ExpiresOn is not null)
            .WithErrorCode("Agreement.ExpiresOn.NotAfterEffective")
            .WithMessage("The agreement must expire after the date it takes effect.");

        // At least two distinct parties: too few is said beside the list, a repeat beside the row that repeats.
        RuleFor(a => a.Parties)
            .Must(parties => parties.Count >= 2)
            .WithErrorCode("Agreement.Parties.TooFew")
            .WithMessage("An agreement binds at least two parties: choose every institution that signs it.");
        RuleFor(a => a.Parties)
            .EachKeyOnce(
                p => p.InstitutionId > 0 ? p.InstitutionId.ToString(CultureInfo.InvariantCulture) : null,
                nameof(AgreementPartyInput.InstitutionId),
                "Agreement.Parties.Repeated",
                _ => "This institution is already a party: list each party once.");
        RuleForEach(a => a.Parties).ChildRules(party =>
        {
            party.RuleFor(p => p.InstitutionId)
                .RequiredReference("Agreement.Parties.InstitutionId.Required", "Choose the institution of this party from the list.");
            party.RuleFor(p => p.Signatories)
                .EachKeyOnce(
                    s => s.PersonId?.ToString(CultureInfo.InvariantCulture),
                    nameof(AgreementSignatoryInput.PersonId),
                    "Agreement.Signatories.Repeated",
                    _ => "This person already signs for this party.");
            party.RuleForEach(p => p.Signatories).ChildRules(signatory =>
            {
                signatory.RuleFor(s => s.PersonId)
                    .ValidReference("Agreement.Signatories.PersonId.Invalid", "Choose the signatory from the list.");
                signatory.RuleFor(s => s.Name)
                    .RequiredWithoutPerson(s => s.PersonId, "Agreement.Signatories.Name.Required", "Choose the person who signed, or type their name.")
                    .MaxChars(AgreementSignatory.NameMaxLength, "Agreement.Signatories.Name.TooLong", "The name");
                signatory.RuleFor(s => s.Position)
                    .MaxChars(AgreementSignatory.PositionMaxLength, "Agreement.Signatories.Position.TooLong", "The position");
            });
        });

        RuleFor(a => a.ResponsibleUnitId)
            .ValidReference("Agreement.ResponsibleUnitId.Invalid", "Choose the responsible unit from the list.");
        RuleFor(a => a.ResponsiblePersonId)
            .ValidReference("Agreement.ResponsiblePersonId.Invalid", "Choose the responsible person from the list.");
        RuleFor(a => a.ResponsibleUserId)
            .Must(id => id is null || !string.IsNullOrWhiteSpace(id))
            .WithErrorCode("Agreement.ResponsibleUserId.Invalid")
            .WithMessage("Choose the responsible account from the list.");
        RuleForEach(a => a.FieldCodes)
            .Required("Agreement.FieldCodes.Required", "Choose a field of study or remove the empty line.")
            .DetailedIscedCode("Agreement.FieldCodes.Invalid");
        RuleFor(a => a.FieldCodes)
            .NoRepeats("Agreement.FieldCodes.Repeated", "The same field of study is listed twice.");
        RuleFor(a => a.FrameworkIds)
            .ChosenOnceEach("Agreement.FrameworkIds", "framework");
        RuleFor(a => a.VisitIds)
            .ChosenOnceEach("Agreement.VisitIds", "visit");
        RuleFor(a => a.Notes)
            .MaxChars(AgreementInput.NotesMaxLength, "Agreement.Notes.TooLong", "The notes");
    }
}
