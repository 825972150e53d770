using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Agreements;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Agreements;

public sealed class AgreementInputValidatorTests
{
    private readonly AgreementInputValidator _validator = new();

    /// <summary>A memorandum between XYPI (1) and EKTU (2) as the reference visit might lead to.</summary>
    private static AgreementInput Memorandum() => new()
    {
        Title = "Memorandum of understanding on vocational education cooperation",
        Kind = AgreementKind.MemorandumOfUnderstanding,
        Status = AgreementStatus.Signed,
        SignedOn = new DateOnly(2025, 5, 20),
        EffectiveOn = new DateOnly(2025, 6, 1),
        ExpiresOn = new DateOnly(2030, 5, 31),
        PartyInstitutionIds = [1, 2],
        ResponsibleUnitId = 4,
        ResponsiblePersonId = 1,
        FieldCodes = ["0715", "0716", "0914"],
        FrameworkIds = [1, 2],
        VisitIds = [1],
    };

    [Fact]
    public void Validate_WhenMemorandumBetweenTwoInstitutionsIsComplete_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Memorandum());

    [Fact]
    public void Validate_WhenDraftHasNoDatesYet_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Memorandum().With("SignedOn", null).With("EffectiveOn", null).With("ExpiresOn", null));

    [Fact]
    public void Validate_WhenTitleIsEmpty_ReportsTitle() =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("Title", ""),
            "Title", "Agreement.Title.Required", "Enter the agreement's title.");

    [Theory]
    [InlineData("Title", CooperationAgreement.TitleMaxLength, "Agreement.Title.TooLong", "The title can be at most 300 characters long (this one has 301).")]
    [InlineData("Notes", AgreementInput.NotesMaxLength, "Agreement.Notes.TooLong", "The notes can be at most 8000 characters long (this one has 8001).")]
    public void Validate_WhenTextGoesPastItsLimit_ReportsThatField(string property, int max, string code, string message) =>
        ValidatorAssert.LimitsText(_validator, Memorandum, property, max, code, message);

    [Fact]
    public void Validate_WhenKindIsNotKnown_ReportsKind() =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("Kind", (AgreementKind)50),
            "Kind", "Agreement.Kind.Invalid", "Choose the kind of agreement from the list.");

    [Fact]
    public void Validate_WhenStatusIsNotKnown_ReportsStatus() =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("Status", (AgreementStatus)50),
            "Status", "Agreement.Status.Invalid", "Choose the agreement's status from the list.");

    [Fact]
    public void Validate_WhenExpiryIsOnlyKnownWithoutEffectiveDate_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Memorandum().With("EffectiveOn", null));

    [Theory]
    [InlineData(2025, 6, 1)]
    [InlineData(2025, 5, 31)]
    public void Validate_WhenExpiryIsNotAfterEffectiveDate_ReportsExpiresOn(int year, int month, int day) =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("ExpiresOn", new DateOnly(year, month, day)),
            "ExpiresOn", "Agreement.ExpiresOn.NotAfterEffective", "The agreement must expire after the date it takes effect.");

    [Fact]
    public void Validate_WhenExpiryIsTheDayAfterEffectiveDate_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Memorandum().With("ExpiresOn", new DateOnly(2025, 6, 2)));

    [Fact]
    public void Validate_WhenFiveInstitutionsAreParties_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Memorandum().With("PartyInstitutionIds", new List<int> { 1, 2, 3, 4, 5 }));

    [Theory]
    [InlineData]
    [InlineData(2)]
    public void Validate_WhenFewerThanTwoPartiesAreChosen_ReportsPartyInstitutionIds(params int[] parties) =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("PartyInstitutionIds", parties.ToList()),
            "PartyInstitutionIds", "Agreement.PartyInstitutionIds.TooFew",
            "An agreement binds at least two parties: choose every institution that signs it.");

    [Theory]
    [InlineData(2, 2)]
    [InlineData(1, 2, 1)]
    public void Validate_WhenTheSamePartyIsChosenTwice_ReportsPartyInstitutionIdsAsRepeated(params int[] parties) =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("PartyInstitutionIds", parties.ToList()),
            "PartyInstitutionIds", "Agreement.PartyInstitutionIds.Repeated", "The same party is listed twice.");

    public static TheoryData<string, string, string> IdLists => new()
    {
        { "PartyInstitutionIds", "Agreement.PartyInstitutionIds", "party" },
        { "FrameworkIds", "Agreement.FrameworkIds", "framework" },
        { "VisitIds", "Agreement.VisitIds", "visit" },
    };

    [Theory]
    [MemberData(nameof(IdLists))]
    public void Validate_WhenAListNamesNoRecord_ReportsThatList(string property, string codePrefix, string noun) =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With(property, new List<int> { 1, 0 }),
            property, codePrefix + ".Invalid", $"Choose each {noun} from the list.");

    [Theory]
    [MemberData(nameof(IdLists))]
    public void Validate_WhenAListNamesARecordTwice_ReportsThatList(string property, string codePrefix, string noun) =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With(property, new List<int> { 1, 2, 2 }),
            property, codePrefix + ".Repeated", $"The same {noun} is listed twice.");

    [Theory]
    [InlineData("ResponsibleUnitId", "Agreement.ResponsibleUnitId.Invalid", "Choose the responsible unit from the list.")]
    [InlineData("ResponsiblePersonId", "Agreement.ResponsiblePersonId.Invalid", "Choose the responsible person from the list.")]
    [InlineData("RenewsAgreementId", "Agreement.RenewsAgreementId.Invalid", "Choose the agreement this one renews from the list.")]
    public void Validate_WhenAReferenceIsNotARecord_ReportsThatField(string property, string code, string message)
    {
        ValidatorAssert.ReportsNothing(_validator, Memorandum().With(property, 3));
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With(property, 0), property, code, message);
    }

    [Theory]
    [InlineData("07")]
    [InlineData("071")]
    [InlineData("0799")]
    [InlineData("advanced manufacturing")]
    public void Validate_WhenFieldIsNotADetailedIscedCode_ReportsThatField(string code) =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("FieldCodes[1]", code),
            "FieldCodes[1]", "Agreement.FieldCodes.Invalid", "Choose a detailed ISCED-F 2013 field: a four-digit code such as 0715.");

    [Fact]
    public void Validate_WhenAFieldLineIsEmpty_ReportsThatLine() =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("FieldCodes[2]", ""),
            "FieldCodes[2]", "Agreement.FieldCodes.Required", "Choose a field of study or remove the empty line.");

    [Fact]
    public void Validate_WhenAFieldIsListedTwice_ReportsFieldCodes() =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("FieldCodes[2]", "0715"),
            "FieldCodes", "Agreement.FieldCodes.Repeated", "The same field of study is listed twice.");
}
