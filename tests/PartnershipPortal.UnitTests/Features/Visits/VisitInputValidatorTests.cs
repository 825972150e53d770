using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Visits;

public sealed class VisitInputValidatorTests
{
    private readonly VisitInputValidator _validator = new();

    private static VisitInput Reference() => ReferenceVisitInputs.Visit();

    /// <summary>The reference visit stretched over 20 to 22 May 2025.</summary>
    private static VisitInput ThreeDays() => Reference().With("EndDate", new DateOnly(2025, 5, 22));

    [Fact]
    public void Validate_WhenTheReferenceVisitIsEnteredInFull_ReportsNothing() => ValidatorAssert.ReportsNothing(_validator, Reference());

    [Fact]
    public void Validate_WhenOnlyTheRequiredFieldsAreFilled_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, new VisitInput
        {
            Title = "Visit to East Kazakhstan Technical University",
            Direction = VisitDirection.Outbound,
            StartDate = new DateOnly(2025, 9, 8),
            EndDate = new DateOnly(2025, 9, 10),
            TimeZoneId = "Asia/Almaty",
            HostInstitutionId = 2,
        });

    [Fact]
    public void Validate_WhenTitleIsEmpty_ReportsTitle() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("Title", " "),
            "Title", "Visit.Title.Required", "Enter a title for the visit.");

    public static TheoryData<string, int, string, string> TextLimits => new()
    {
        { "Title", Visit.TitleMaxLength, "Visit.Title.TooLong", "The title can be at most 300 characters long (this one has 301)." },
        { "Place", Visit.PlaceMaxLength, "Visit.Place.TooLong", "The place can be at most 300 characters long (this one has 301)." },
        { "Summary", Visit.TextMaxLength, "Visit.Summary.TooLong", "The summary can be at most 8000 characters long (this one has 8001)." },
        { "Delegation.Title", Delegation.TitleMaxLength, "Delegation.Title.TooLong", "The title can be at most 300 characters long (this one has 301)." },
        { "Delegation.Members[0].RoleInDelegation", DelegationMemberInput.RoleMaxLength, "DelegationMember.RoleInDelegation.TooLong", "The role can be at most 200 characters long (this one has 201)." },
        { "Hosts[1].RoleDescription", VisitHost.RoleMaxLength, "VisitHost.RoleDescription.TooLong", "The role description can be at most 200 characters long (this one has 201)." },
        { "AgendaItems[2].Title", AgendaItem.TitleMaxLength, "AgendaItem.Title.TooLong", "The title can be at most 300 characters long (this one has 301)." },
        { "AgendaItems[2].Notes", AgendaItemInput.NotesMaxLength, "AgendaItem.Notes.TooLong", "The notes can be at most 4000 characters long (this one has 4001)." },
        { "FieldsOfInterest[1].Wording", FieldOfInterestInput.WordingMaxLength, "FieldOfInterest.Wording.TooLong", "The wording can be at most 200 characters long (this one has 201)." },
        { "CooperationInterests[3].Wording", CooperationInterestInput.WordingMaxLength, "CooperationInterest.Wording.TooLong", "The wording can be at most 200 characters long (this one has 201)." },
        { "Outcomes[1]", Visit.TextMaxLength, "Visit.Outcomes.TooLong", "An outcome can be at most 8000 characters long (this one has 8001)." },
        { "Quotations[0].Text", Visit.TextMaxLength, "Quotation.Text.TooLong", "The quotation can be at most 8000 characters long (this one has 8001)." },
        { "Quotations[0].SpeakerDescription", QuotationInput.SpeakerDescriptionMaxLength, "Quotation.SpeakerDescription.TooLong", "The speaker description can be at most 200 characters long (this one has 201)." },
    };

    [Theory]
    [MemberData(nameof(TextLimits))]
    public void Validate_WhenTextGoesPastItsLimit_ReportsThatField(string property, int max, string code, string message) =>
        ValidatorAssert.LimitsText(_validator, Reference, property, max, code, message);

    public static TheoryData<string, object, string, string> UnknownChoices => new()
    {
        { "Direction", (VisitDirection)2, "Visit.Direction.Invalid", "Choose whether the visit was received or sent." },
        { "Status", (VisitStatus)9, "Visit.Status.Invalid", "Choose the visit's status from the list." },
        { "AgendaItems[0].Kind", (AgendaItemKind)(-1), "AgendaItem.Kind.Invalid", "Choose the kind of agenda item from the list." },
        { "CooperationInterests[0].Kind", (CooperationKind)99, "CooperationInterest.Kind.Invalid", "Choose the kind of cooperation from the list." },
    };

    [Theory]
    [MemberData(nameof(UnknownChoices))]
    public void Validate_WhenAChoiceIsNotInItsList_ReportsThatField(string property, object value, string code, string message) =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With(property, value), property, code, message);

    [Fact]
    public void Validate_WhenStartDateIsMissing_ReportsStartDate() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("StartDate", null),
            "StartDate", "Visit.StartDate.Required", "Enter the date the visit starts.");

    [Fact]
    public void Validate_WhenEndDateIsMissing_ReportsEndDate() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("EndDate", null),
            "EndDate", "Visit.EndDate.Required", "Enter the date the visit ends (the start date again for a one-day visit).");

    [Fact]
    public void Validate_WhenEndBeforeStart_ReportsEndDate() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("EndDate", new DateOnly(2025, 5, 19)),
            "EndDate", "Visit.EndDate.BeforeStart", "The visit cannot end before it starts.");

    [Fact]
    public void Validate_WhenVisitLastsSeveralDays_ReportsNothing() => ValidatorAssert.ReportsNothing(_validator, ThreeDays());

    [Fact]
    public void Validate_WhenTimeZoneIsEmpty_ReportsTimeZoneIdOnceAsRequired() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("TimeZoneId", ""),
            "TimeZoneId", "Visit.TimeZoneId.Required", "Choose the time zone of the place of the visit.");

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("Asia/Almaty")]
    [InlineData("Europe/Berlin")]
    [InlineData("UTC")]
    public void Validate_WhenTimeZoneIsAnIanaZone_ReportsNothing(string timeZoneId) =>
        ValidatorAssert.ReportsNothing(_validator, Reference().With("TimeZoneId", timeZoneId));

    [Theory]
    [InlineData("China Standard Time")]
    [InlineData("Asia/Xianyang")]
    [InlineData("+08:00")]
    [InlineData("../../etc/passwd")]
    public void Validate_WhenTimeZoneIsNotAnIanaZone_ReportsTimeZoneId(string timeZoneId) =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("TimeZoneId", timeZoneId),
            "TimeZoneId", "Visit.TimeZoneId.Invalid", "The time zone must be an IANA time zone such as Asia/Shanghai or Asia/Almaty.");

    [Fact]
    public void Validate_WhenHostInstitutionIsNotChosen_ReportsHostInstitutionId() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("HostInstitutionId", 0),
            "HostInstitutionId", "Visit.HostInstitutionId.Required", "Choose the host institution.");

    [Fact]
    public void Validate_WhenThereIsNoDelegation_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Reference().With("Delegation", null));

    [Fact]
    public void Validate_WhenDelegationDeclaresFewerThanItNames_ReportsDelegationDeclaredSize() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("Delegation.DeclaredSize", 3),
            "Delegation.DeclaredSize", "Delegation.DeclaredSize.BelowNamedMembers", "The delegation declares 3 members but names 4.");

    [Theory]
    [InlineData(null, "Dean of the Medical School")]
    [InlineData(7, null)]
    public void Validate_WhenHostIsAPersonOrARole_ReportsNothing(int? personId, string? role) =>
        ValidatorAssert.ReportsNothing(_validator, Reference().With("Hosts[2].PersonId", personId).With("Hosts[2].RoleDescription", role));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_WhenHostHasNeitherPersonNorRole_ReportsThatHostsRole(string? role) =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("Hosts[2].RoleDescription", role),
            "Hosts[2].RoleDescription", "VisitHost.PersonOrRole.Missing",
            "A host needs a person or a role description, such as \"dean of the Medical School\".");

    [Theory]
    [InlineData("Hosts[0].PersonId", "VisitHost.PersonId.Invalid", "Choose the host from the list of people.")]
    [InlineData("Hosts[1].UnitId", "VisitHost.UnitId.Invalid", "Choose the host's unit from the list.")]
    [InlineData("AgendaItems[1].FacilityId", "AgendaItem.FacilityId.Invalid", "Choose the facility from the list.")]
    [InlineData("Quotations[0].SpeakerPersonId", "Quotation.SpeakerPersonId.Invalid", "Choose the speaker from the list of people.")]
    public void Validate_WhenARowReferenceIsNotARecord_ReportsThatField(string property, string code, string message) =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With(property, 0), property, code, message);

    [Fact]
    public void Validate_WhenAgendaItemHasNoTitle_ReportsThatItemsTitle() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("AgendaItems[3].Title", ""),
            "AgendaItems[3].Title", "AgendaItem.Title.Required", "Say what happened in this part of the agenda.");

    [Fact]
    public void Validate_WhenAgendaItemFallsOnAnotherDayOfAOneDayVisit_ReportsThatItemsDate() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("AgendaItems[1].Date", new DateOnly(2025, 5, 21)),
            "AgendaItems[1].Date", "AgendaItem.Date.OutsideVisit", "This item must be on the day of the visit, 20 May 2025.");

    [Theory]
    [InlineData(2025, 5, 19)]
    [InlineData(2025, 5, 23)]
    public void Validate_WhenAgendaItemFallsOutsideASeveralDayVisit_ReportsThatItemsDate(int year, int month, int day) =>
        ValidatorAssert.ReportsOnly(_validator, ThreeDays().With("AgendaItems[2].Date", new DateOnly(year, month, day)),
            "AgendaItems[2].Date", "AgendaItem.Date.OutsideVisit",
            "This item must be between 20 May 2025 and 22 May 2025, the dates of the visit.");

    [Fact]
    public void Validate_WhenAgendaItemIsOnTheLastDayOfTheVisit_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, ThreeDays().With("AgendaItems[2].Date", new DateOnly(2025, 5, 22)));

    [Theory]
    [InlineData("09:30", "10:00")]
    [InlineData("10:00", "10:00")]
    [InlineData(null, "10:00")]
    public void Validate_WhenAgendaItemEndsAfterItStartsOrTimesAreOpen_ReportsNothing(string? start, string end) =>
        ValidatorAssert.ReportsNothing(_validator, Reference().With("AgendaItems[0].StartTime", Time(start)).With("AgendaItems[0].EndTime", Time(end)));

    [Fact]
    public void Validate_WhenAgendaItemEndsBeforeItStarts_ReportsThatItemsEndTime() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("AgendaItems[0].StartTime", Time("10:00")).With("AgendaItems[0].EndTime", Time("09:30")),
            "AgendaItems[0].EndTime", "AgendaItem.EndTime.BeforeStart", "The item cannot end before it starts.");

    [Fact]
    public void Validate_WhenFacilityTourNamesNoFacility_ReportsThatItemsFacilityId() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("AgendaItems[1].FacilityId", null),
            "AgendaItems[1].FacilityId", "AgendaItem.FacilityId.RequiredForTour", "Choose the facility toured.");

    [Theory]
    [InlineData("0715")]
    [InlineData("0111")]
    [InlineData("9999")]
    public void Validate_WhenFieldOfInterestIsADetailedCode_ReportsNothing(string code) =>
        ValidatorAssert.ReportsNothing(_validator, Reference().With("FieldsOfInterest[0].IscedCode", code));

    [Theory]
    [InlineData("07")]
    [InlineData("071")]
    [InlineData("0799")]
    [InlineData("07150")]
    public void Validate_WhenFieldOfInterestIsNotADetailedCode_ReportsThatRowsCode(string code) =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("FieldsOfInterest[0].IscedCode", code),
            "FieldsOfInterest[0].IscedCode", "FieldOfInterest.IscedCode.Invalid", "Choose a detailed ISCED-F 2013 field: a four-digit code such as 0715.");

    [Fact]
    public void Validate_WhenFieldOfInterestIsEmpty_ReportsThatRowsCodeOnceAsRequired() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("FieldsOfInterest[1].IscedCode", ""),
            "FieldsOfInterest[1].IscedCode", "FieldOfInterest.IscedCode.Required", "Choose a field of study or remove the empty line.");

    [Fact]
    public void Validate_WhenFieldOfInterestIsListedTwice_ReportsTheSecondRow() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("FieldsOfInterest[2].IscedCode", "0715"),
            "FieldsOfInterest[2].IscedCode", "FieldOfInterest.IscedCode.Repeated", "0715 (Mechanics and metal trades) is already listed.");

    [Fact]
    public void Validate_WhenCooperationKindIsListedTwice_ReportsTheSecondRow() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("CooperationInterests[3].Kind", CooperationKind.FacultyExchange),
            "CooperationInterests[3].Kind", "CooperationInterest.Kind.Repeated",
            "This kind of cooperation is already listed; use \"Other\" with a wording for anything further.");

    [Fact]
    public void Validate_WhenAPersonHostsTwice_ReportsTheSecondRow() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("Hosts[2].PersonId", 1),
            "Hosts[2].PersonId", "VisitHost.PersonId.Repeated", "This person is already listed as a host.");

    [Fact]
    public void Validate_WhenSeveralHostsAreKnownOnlyByRole_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Reference().With("Hosts[2].UnitId", 2));

    [Fact]
    public void Validate_WhenOtherCooperationIsListedTwice_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Reference()
            .With("CooperationInterests[2].Kind", CooperationKind.Other)
            .With("CooperationInterests[3].Kind", CooperationKind.Other));

    [Fact]
    public void Validate_WhenAFrameworkIsNotARecord_ReportsFrameworkIds() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("FrameworkIds[0]", 0),
            "FrameworkIds", "Visit.FrameworkIds.Invalid", "Choose each framework from the list.");

    [Fact]
    public void Validate_WhenAFrameworkIsListedTwice_ReportsFrameworkIds() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("FrameworkIds[2]", 1),
            "FrameworkIds", "Visit.FrameworkIds.Repeated", "The same framework is listed twice.");

    [Fact]
    public void Validate_WhenAnOutcomeLineIsEmpty_ReportsThatLine() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("Outcomes[1]", ""),
            "Outcomes[1]", "Visit.Outcomes.Required", "Write the outcome or remove the empty line.");

    [Fact]
    public void Validate_WhenQuotationIsEmpty_ReportsThatQuotationsText() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("Quotations[0].Text", ""),
            "Quotations[0].Text", "Quotation.Text.Required", "Enter the words quoted.");

    [Fact]
    public void Validate_WhenSpeakerIsDescribedButNotARecordedPerson_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Reference()
            .With("Quotations[0].SpeakerPersonId", null)
            .With("Quotations[0].SpeakerDescription", "A representative of the Eurasian Resources Group"));

    [Fact]
    public void Validate_WhenQuotationHasNoSpeaker_ReportsThatQuotationsSpeakerDescription() =>
        ValidatorAssert.ReportsOnly(_validator, Reference().With("Quotations[0].SpeakerPersonId", null),
            "Quotations[0].SpeakerDescription", "Quotation.Speaker.Missing", "Name the speaker: choose a person or describe who spoke.");

    [Fact]
    public void NewInput_StartsEmptyAndFailsOnlyOnWhatIsRequired()
    {
        var errors = _validator.Validate(new VisitInput()).Errors.Select(e => e.ErrorCode);

        Assert.Equal(["Visit.Title.Required", "Visit.StartDate.Required", "Visit.EndDate.Required", "Visit.HostInstitutionId.Required"], errors);
    }

    private static TimeOnly? Time(string? text) =>
        text is null ? null : TimeOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
