using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Visits;

public sealed class DelegationInputValidatorTests
{
    private readonly DelegationInputValidator _validator = new();

    private static DelegationInput Kazakh() => ReferenceVisitInputs.Delegation();

    [Fact]
    public void Validate_WhenFifteenAreDeclaredAndFourNamed_ReportsNothing() => ValidatorAssert.ReportsNothing(_validator, Kazakh());

    [Fact]
    public void Validate_WhenSizeIsUnknownAndNobodyIsNamed_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, new DelegationInput { Title = "Delegation from Kazakhstan", InstitutionIds = [2] });

    [Fact]
    public void Validate_WhenTitleIsEmpty_ReportsTitle() =>
        ValidatorAssert.ReportsOnly(_validator, Kazakh().With("Title", ""),
            "Title", "Delegation.Title.Required", "Enter a title for the delegation, such as \"Delegation from Kazakhstan\".");

    [Theory]
    [InlineData("Title", Delegation.TitleMaxLength, "Delegation.Title.TooLong", "The title can be at most 300 characters long (this one has 301).")]
    [InlineData("Members[2].RoleInDelegation", DelegationMemberInput.RoleMaxLength, "DelegationMember.RoleInDelegation.TooLong", "The role can be at most 200 characters long (this one has 201).")]
    public void Validate_WhenTextGoesPastItsLimit_ReportsThatField(string property, int max, string code, string message) =>
        ValidatorAssert.LimitsText(_validator, Kazakh, property, max, code, message);

    [Theory]
    [InlineData(4)]
    [InlineData(Delegation.MaxDeclaredSize)]
    public void Validate_WhenDeclaredSizeCoversTheNamedMembers_ReportsNothing(int size) =>
        ValidatorAssert.ReportsNothing(_validator, Kazakh().With("DeclaredSize", size));

    [Theory]
    [InlineData(0)]
    [InlineData(-15)]
    [InlineData(Delegation.MaxDeclaredSize + 1)]
    public void Validate_WhenDeclaredSizeIsOutOfRange_ReportsDeclaredSize(int size) =>
        ValidatorAssert.ReportsOnly(_validator, Kazakh().With("DeclaredSize", size),
            "DeclaredSize", "Delegation.DeclaredSize.OutOfRange", "The number of members must be between 1 and 1000.");

    [Fact]
    public void Validate_WhenDeclaredSizeIsBelowTheNamedMembers_ReportsDeclaredSize() =>
        ValidatorAssert.ReportsOnly(_validator, Kazakh().With("DeclaredSize", 3),
            "DeclaredSize", "Delegation.DeclaredSize.BelowNamedMembers", "The delegation declares 3 members but names 4.");

    [Fact]
    public void Validate_WhenAMemberHasNoPerson_ReportsThatMember() =>
        ValidatorAssert.ReportsOnly(_validator, Kazakh().With("Members[1].PersonId", 0),
            "Members[1].PersonId", "DelegationMember.PersonId.Required", "Choose the person.");

    [Fact]
    public void Validate_WhenAPersonIsNamedTwice_ReportsTheSecondMention() =>
        ValidatorAssert.ReportsOnly(_validator, Kazakh().With("Members[3].PersonId", 12),
            "Members[3].PersonId", "DelegationMember.PersonId.Repeated", "This person is already a member of the delegation.");

    [Fact]
    public void Validate_WhenAnInstitutionIsNotARecord_ReportsInstitutionIds() =>
        ValidatorAssert.ReportsOnly(_validator, Kazakh().With("InstitutionIds[4]", 0),
            "InstitutionIds", "Delegation.InstitutionIds.Invalid", "Choose each institution from the list.");

    [Fact]
    public void Validate_WhenAnInstitutionIsListedTwice_ReportsInstitutionIds() =>
        ValidatorAssert.ReportsOnly(_validator, Kazakh().With("InstitutionIds[4]", 2),
            "InstitutionIds", "Delegation.InstitutionIds.Repeated", "The same institution is listed twice.");

    [Fact]
    public void Validate_WhenHeadIsANamedMember_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Kazakh().With("HeadPersonId", 12));

    [Fact]
    public void Validate_WhenHeadIsNotANamedMember_ReportsHeadPersonId() =>
        ValidatorAssert.ReportsOnly(_validator, Kazakh().With("HeadPersonId", 1),
            "HeadPersonId", "Delegation.HeadPersonId.NotMember", "The head of the delegation must be one of its named members.");
}
