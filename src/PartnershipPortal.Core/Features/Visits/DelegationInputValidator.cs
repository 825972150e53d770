using System.Globalization;
using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Visits;

public sealed class DelegationInputValidator : AbstractValidator<DelegationInput>
{
    public DelegationInputValidator()
    {
        RuleFor(d => d.Title)
            .Required("Delegation.Title.Required", "Enter a title for the delegation, such as \"Delegation from Kazakhstan\".")
            .MaxChars(Delegation.TitleMaxLength, "Delegation.Title.TooLong", "The title");
        RuleFor(d => d.DeclaredSize)
            .InclusiveBetween(1, Delegation.MaxDeclaredSize)
            .WithErrorCode("Delegation.DeclaredSize.OutOfRange")
            .WithMessage($"The number of members must be between 1 and {Delegation.MaxDeclaredSize}.");
        RuleFor(d => d.DeclaredSize)
            .Must((delegation, size) => size >= delegation.Members.Count)
            .When(d => d.DeclaredSize is >= 1 and <= Delegation.MaxDeclaredSize)
            .WithErrorCode("Delegation.DeclaredSize.BelowNamedMembers")
            .WithMessage(d => $"The delegation declares {d.DeclaredSize} members but names {d.Members.Count}.");
        RuleForEach(d => d.Members).SetValidator(new DelegationMemberInputValidator());
        RuleFor(d => d.Members).EachKeyOnce(
            m => m.PersonId > 0 ? m.PersonId.ToString(CultureInfo.InvariantCulture) : null,
            nameof(DelegationMemberInput.PersonId),
            "DelegationMember.PersonId.Repeated",
            _ => "This person is already a member of the delegation.");
        RuleFor(d => d.InstitutionIds)
            .ChosenOnceEach("Delegation.InstitutionIds", "institution");
        RuleFor(d => d.HeadPersonId)
            .Must((delegation, head) => delegation.Members.Any(m => m.PersonId == head))
            .When(d => d.HeadPersonId is not null)
            .WithErrorCode("Delegation.HeadPersonId.NotMember")
            .WithMessage("The head of the delegation must be one of its named members.");
    }
}

public sealed class DelegationMemberInputValidator : AbstractValidator<DelegationMemberInput>
{
    public DelegationMemberInputValidator()
    {
        RuleFor(m => m.PersonId)
            .RequiredReference("DelegationMember.PersonId.Required", "Choose the person.");
        RuleFor(m => m.RoleInDelegation)
            .MaxChars(DelegationMemberInput.RoleMaxLength, "DelegationMember.RoleInDelegation.TooLong", "The role");
    }
}
