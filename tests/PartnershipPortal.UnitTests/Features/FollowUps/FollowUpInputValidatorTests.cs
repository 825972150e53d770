using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.FollowUps;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.FollowUps;

public sealed class FollowUpInputValidatorTests
{
    private readonly FollowUpInputValidator _validator = new();

    private static FollowUpInput SendDraftMemorandum() => new()
    {
        Title = "Send the draft memorandum to East Kazakhstan Technical University",
        OwnerPersonId = 1,
        OwnerUserId = "5d0c8f0e-3b7a-4f53-9a0e-0f4d2c6b9e11",
        DueOn = new DateOnly(2025, 6, 20),
        VisitId = 1,
    };

    [Fact]
    public void Validate_WhenFollowUpOfAVisitHasAnOwnerAndDate_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, SendDraftMemorandum());

    [Fact]
    public void Validate_WhenFollowUpBelongsToAnAgreementOnly_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, SendDraftMemorandum().With("VisitId", null).With("AgreementId", 4));

    [Fact]
    public void Validate_WhenTitleIsEmpty_ReportsTitle() =>
        ValidatorAssert.ReportsOnly(_validator, SendDraftMemorandum().With("Title", ""),
            "Title", "FollowUp.Title.Required", "Say what must be done.");

    [Theory]
    [InlineData("Title", FollowUpAction.TitleMaxLength, "FollowUp.Title.TooLong", "The title can be at most 300 characters long (this one has 301).")]
    [InlineData("Notes", FollowUpInput.NotesMaxLength, "FollowUp.Notes.TooLong", "The notes can be at most 4000 characters long (this one has 4001).")]
    public void Validate_WhenTextGoesPastItsLimit_ReportsThatField(string property, int max, string code, string message) =>
        ValidatorAssert.LimitsText(_validator, SendDraftMemorandum, property, max, code, message);

    [Fact]
    public void Validate_WhenOwnerIdIsNotARecord_ReportsOwnerPersonId() =>
        ValidatorAssert.ReportsOnly(_validator, SendDraftMemorandum().With("OwnerPersonId", 0),
            "OwnerPersonId", "FollowUp.OwnerPersonId.Invalid", "Choose the contact person from the list.");

    [Fact]
    public void Validate_WhenNoOwnerAccountOrContactIsChosen_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, SendDraftMemorandum().With("OwnerUserId", null).With("OwnerPersonId", null));

    [Fact]
    public void Validate_WhenOwnerAccountIdIsLongerThanAnyAccountId_ReportsOwnerUserId() =>
        ValidatorAssert.ReportsOnly(_validator, SendDraftMemorandum().With("OwnerUserId", new string('a', 451)),
            "OwnerUserId", "FollowUp.OwnerUserId.Invalid", "Choose the account responsible from the list.");

    [Theory]
    [InlineData(2000, 1, 1)]
    [InlineData(2099, 12, 31)]
    public void Validate_WhenDueDateIsWithinTheCentury_ReportsNothing(int year, int month, int day) =>
        ValidatorAssert.ReportsNothing(_validator, SendDraftMemorandum().With("DueOn", new DateOnly(year, month, day)));

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1999, 12, 31)]
    [InlineData(2100, 1, 1)]
    [InlineData(2205, 6, 20)]
    public void Validate_WhenDueDateIsAbsurd_ReportsDueOn(int year, int month, int day) =>
        ValidatorAssert.ReportsOnly(_validator, SendDraftMemorandum().With("DueOn", new DateOnly(year, month, day)),
            "DueOn", "FollowUp.DueOn.OutOfRange", "Enter a due date between 2000 and 2099: check the year.");

    [Theory]
    [InlineData(FollowUpStatus.InProgress)]
    [InlineData(FollowUpStatus.Done)]
    public void Validate_WhenStatusIsKnown_ReportsNothing(FollowUpStatus status) =>
        ValidatorAssert.ReportsNothing(_validator, SendDraftMemorandum().With("Status", status));

    [Fact]
    public void Validate_WhenStatusIsNotKnown_ReportsStatus() =>
        ValidatorAssert.ReportsOnly(_validator, SendDraftMemorandum().With("Status", (FollowUpStatus)7),
            "Status", "FollowUp.Status.Invalid", "Choose the status from the list.");

    [Fact]
    public void Validate_WhenVisitIdIsNotARecord_ReportsVisitId() =>
        ValidatorAssert.ReportsOnly(_validator, SendDraftMemorandum().With("VisitId", -1),
            "VisitId", "FollowUp.VisitId.Invalid", "Choose the visit from the list.");

    [Fact]
    public void Validate_WhenAgreementIdIsNotARecord_ReportsAgreementId() =>
        ValidatorAssert.ReportsOnly(_validator, SendDraftMemorandum().With("VisitId", null).With("AgreementId", 0),
            "AgreementId", "FollowUp.AgreementId.Invalid", "Choose the agreement from the list.");

    [Fact]
    public void Validate_WhenNeitherVisitNorAgreementIsChosen_ReportsVisitId() =>
        ValidatorAssert.ReportsOnly(_validator, SendDraftMemorandum().With("VisitId", null),
            "VisitId", "FollowUp.Subject.Missing", "A follow-up belongs to a visit or to an agreement: choose one.");

    [Fact]
    public void Validate_WhenBothVisitAndAgreementAreChosen_ReportsAgreementId() =>
        ValidatorAssert.ReportsOnly(_validator, SendDraftMemorandum().With("AgreementId", 4),
            "AgreementId", "FollowUp.Subject.Both", "A follow-up belongs to a visit or to an agreement, not to both: clear one of them.");
}
