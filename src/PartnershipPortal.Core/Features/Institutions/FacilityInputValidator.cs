using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Institutions;

public sealed class FacilityInputValidator : AbstractValidator<FacilityInput>
{
    public FacilityInputValidator()
    {
        RuleFor(f => f.UnitId)
            .RequiredReference("Facility.UnitId.Required", "Choose the unit the facility belongs to.");
        RuleFor(f => f.Name)
            .Required("Facility.Name.Required", "Enter the facility's name.")
            .MaxChars(Facility.NameMaxLength, "Facility.Name.TooLong", "The name");
        RuleFor(f => f.Description)
            .MaxChars(FacilityInput.DescriptionMaxLength, "Facility.Description.TooLong", "The description");
    }
}
