using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Institutions;

public sealed class InstitutionInputValidator : AbstractValidator<InstitutionInput>
{
    public InstitutionInputValidator()
    {
        RuleFor(i => i.Name)
            .Required("Institution.Name.Required", "Enter the institution's name.")
            .MaxChars(Institution.NameMaxLength, "Institution.Name.TooLong", "The name");
        RuleFor(i => i.OriginalName)
            .MaxChars(Institution.NameMaxLength, "Institution.OriginalName.TooLong", "The original name");
        RuleFor(i => i.Acronym)
            .MaxChars(Institution.AcronymMaxLength, "Institution.Acronym.TooLong", "The acronym");
        RuleFor(i => i.Kind)
            .KnownValue("Institution.Kind.Invalid", "Choose the kind of institution from the list.");
        RuleFor(i => i.CountryCode)
            .Required("Institution.CountryCode.Required", "Choose the institution's country.")
            .ValidCountryCode("Institution.CountryCode.Invalid");
        RuleFor(i => i.Region)
            .MaxChars(Institution.CityMaxLength, "Institution.Region.TooLong", "The region");
        RuleFor(i => i.City)
            .MaxChars(Institution.CityMaxLength, "Institution.City.TooLong", "The city");
        RuleFor(i => i.Website)
            .MaxChars(Institution.WebsiteMaxLength, "Institution.Website.TooLong", "The web address")
            .HttpUrl("Institution.Website.Invalid");
        RuleFor(i => i.RorId)
            .RorId("Institution.RorId.Invalid");
        RuleFor(i => i.ParentId)
            .ValidReference("Institution.ParentId.Invalid", "Choose the parent institution from the list.");
        RuleFor(i => i.RelationshipStatus)
            .KnownValue("Institution.RelationshipStatus.Invalid", "Choose the relationship status from the list.");
    }
}
