using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Institutions;

public sealed class UnitInputValidator : AbstractValidator<UnitInput>
{
    public UnitInputValidator()
    {
        RuleFor(u => u.InstitutionId)
            .RequiredReference("Unit.InstitutionId.Required", "Choose the institution the unit belongs to.");
        RuleFor(u => u.Name)
            .Required("Unit.Name.Required", "Enter the unit's name.")
            .MaxChars(OrganisationalUnit.NameMaxLength, "Unit.Name.TooLong", "The name");
        RuleFor(u => u.OriginalName)
            .MaxChars(OrganisationalUnit.NameMaxLength, "Unit.OriginalName.TooLong", "The original name");
        RuleFor(u => u.Kind)
            .KnownValue("Unit.Kind.Invalid", "Choose the kind of unit from the list.");
    }
}
