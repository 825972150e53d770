using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Frameworks;

public sealed class FrameworkInputValidator : AbstractValidator<FrameworkInput>
{
    public FrameworkInputValidator()
    {
        RuleFor(f => f.Name)
            .Required("Framework.Name.Required", "Enter the name of the framework, programme or project.")
            .MaxChars(FrameworkProgramme.NameMaxLength, "Framework.Name.TooLong", "The name");
        RuleFor(f => f.Acronym)
            .MaxChars(FrameworkInput.AcronymMaxLength, "Framework.Acronym.TooLong", "The acronym");
        RuleFor(f => f.Kind)
            .KnownValue("Framework.Kind.Invalid", "Choose the kind from the list.");
        RuleFor(f => f.Description)
            .MaxChars(FrameworkInput.DescriptionMaxLength, "Framework.Description.TooLong", "The description");
        RuleFor(f => f.OwnerInstitutionId)
            .ValidReference("Framework.OwnerInstitutionId.Invalid", "Choose the institution that runs it from the list.");
    }
}
