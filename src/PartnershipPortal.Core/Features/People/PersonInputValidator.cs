using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.People;

public sealed class PersonInputValidator : AbstractValidator<PersonInput>
{
    public PersonInputValidator()
    {
        RuleFor(p => p.FullName)
            .Required("Person.FullName.Required", "Enter the person's name as they write it.")
            .MaxChars(Person.NameMaxLength, "Person.FullName.TooLong", "The name");
        RuleFor(p => p.OriginalScriptName)
            .MaxChars(Person.NameMaxLength, "Person.OriginalScriptName.TooLong", "The name in original script");
        RuleFor(p => p.Position)
            .MaxChars(Person.PositionMaxLength, "Person.Position.TooLong", "The position");
        RuleFor(p => p.InstitutionId)
            .ValidReference("Person.InstitutionId.Invalid", "Choose the person's institution from the list.");
        RuleFor(p => p.UnitId)
            .ValidReference("Person.UnitId.Invalid", "Choose the person's unit from the list.");
        RuleFor(p => p.UnitId)
            .Must((person, _) => person.InstitutionId is not null)
            .When(p => p.UnitId is not null)
            .WithErrorCode("Person.UnitId.WithoutInstitution")
            .WithMessage("Choose the institution before choosing one of its units.");
        RuleFor(p => p.Email)
            .MaxChars(Person.EmailMaxLength, "Person.Email.TooLong", "The e-mail address")
            .ValidEmail("Person.Email.Invalid");
        RuleFor(p => p.Phone)
            .MaxChars(Person.PhoneMaxLength, "Person.Phone.TooLong", "The phone number")
            .PhoneNumber("Person.Phone.Invalid");
    }
}
