using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Agreements;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Agreements;

public sealed class AgreementInputValidatorTests
{
    private readonly AgreementInputValidator _validator = new();

    /// <summary>
    /// A memorandum between XYPI (1) and EKTU (2) as the reference visit might lead to: Wu Xujin (person 1)
    /// signed for XYPI; for EKTU a rector known only by name, and Mashekenova Assiya (person 2).
    /// </summary>
    private static AgreementInput Memorandum() => new()
    {
        Title = "Memorandum of understanding on vocational education cooperation",
        Kind = AgreementKind.MemorandumOfUnderstanding,
        SignedOn = new DateOnly(2025, 5, 20),
        EffectiveOn = new DateOnly(2025, 6, 1),
        ExpiresOn = new DateOnly(2030, 5, 31),
        Parties =
        [
            Party(1, new AgreementSignatoryInput { PersonId = 1, Position = "Vice President", SignedOn = new DateOnly(2025, 5, 20) }),
            Party(2,
                new AgreementSignatoryInput { Name = "Rector of EKTU", Position = "Rector", SignedOn = new DateOnly(2025, 5, 22) },
                new AgreementSignatoryInput { PersonId = 2, Position = "Vice President" }),
        ],
        ResponsibleUnitId = 4,
        ResponsiblePersonId = 1,
        ResponsibleUserId = "5b0e7a1c-office",
        FieldCodes = ["0715", "0716", "0914"],
        FrameworkIds = [1, 2],
        VisitIds = [1],
    };

    private static AgreementPartyInput Party(int institutionId, params AgreementSignatoryInput[] signatories) =>
        new() { InstitutionId = institutionId, Signatories = [.. signatories] };

    private static List<AgreementPartyInput> Parties(params int[] institutionIds) => institutionIds.Select(id => Party(id)).ToList();

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
        ValidatorAssert.ReportsNothing(_validator, Memorandum().With("Parties", Parties(1, 2, 3, 4, 5)));

    [Theory]
    [InlineData]
    [InlineData(2)]
    public void Validate_WhenFewerThanTwoPartiesAreChosen_ReportsParties(params int[] parties) =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("Parties", Parties(parties)),
            "Parties", "Agreement.Parties.TooFew",
            "An agreement binds at least two parties: choose every institution that signs it.");

    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(2, 1, 2, 1)]
    [InlineData(5, 2, 3, 4, 5, 1, 2)]
    public void Validate_WhenTheSamePartyIsChosenTwice_ReportsTheRepeatingRow(int repeatingRow, params int[] parties) =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("Parties", Parties(parties)),
            $"Parties[{repeatingRow}].InstitutionId", "Agreement.Parties.Repeated", "This institution is already a party: list each party once.");

    [Fact]
    public void Validate_WhenAPartyHasNoInstitution_ReportsThatRow() =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("Parties[1].InstitutionId", 0),
            "Parties[1].InstitutionId", "Agreement.Parties.InstitutionId.Required", "Choose the institution of this party from the list.");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_WhenASignatoryHasNeitherPersonNorName_ReportsTheirName(string? name) =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("Parties[1].Signatories[0].Name", name),
            "Parties[1].Signatories[0].Name", "Agreement.Signatories.Name.Required", "Choose the person who signed, or type their name.");

    [Fact]
    public void Validate_WhenASignatoryIsARecordedPersonWithoutATypedName_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Memorandum().With("Parties[0].Signatories[0].Name", null));

    [Fact]
    public void Validate_WhenASignatoryPersonIsNoRecord_ReportsThatPerson() =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("Parties[1].Signatories[1].PersonId", 0),
            "Parties[1].Signatories[1].PersonId", "Agreement.Signatories.PersonId.Invalid", "Choose the signatory from the list.");

    [Fact]
    public void Validate_WhenTheSamePersonSignsTwiceForAParty_ReportsTheSecond() =>
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("Parties[1].Signatories[0].PersonId", 2),
            "Parties[1].Signatories[1].PersonId", "Agreement.Signatories.Repeated", "This person already signs for this party.");

    [Theory]
    [InlineData("Parties[1].Signatories[0].Name", AgreementSignatory.NameMaxLength, "Agreement.Signatories.Name.TooLong", "The name can be at most 200 characters long (this one has 201).")]
    [InlineData("Parties[1].Signatories[0].Position", AgreementSignatory.PositionMaxLength, "Agreement.Signatories.Position.TooLong", "The position can be at most 200 characters long (this one has 201).")]
    public void Validate_WhenASignatorysTextGoesPastItsLimit_ReportsThatField(string property, int max, string code, string message) =>
        ValidatorAssert.LimitsText(_validator, Memorandum, property, max, code, message);

    public static TheoryData<string, string, string> IdLists => new()
    {
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
    public void Validate_WhenAReferenceIsNotARecord_ReportsThatField(string property, string code, string message)
    {
        ValidatorAssert.ReportsNothing(_validator, Memorandum().With(property, 3));
        ValidatorAssert.ReportsNothing(_validator, Memorandum().With(property, null));
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With(property, 0), property, code, message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Validate_WhenTheResponsibleAccountIsBlank_ReportsIt(string id)
    {
        ValidatorAssert.ReportsNothing(_validator, Memorandum().With("ResponsibleUserId", null));
        ValidatorAssert.ReportsOnly(_validator, Memorandum().With("ResponsibleUserId", id),
            "ResponsibleUserId", "Agreement.ResponsibleUserId.Invalid", "Choose the responsible account from the list.");
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
