using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.UnitTests.Features.Reports;

public sealed class AgreementReportValidatorTests
{
    /// <summary>A store holding institution 1, unit 4 and framework 2, and nothing else.</summary>
    private sealed class KnownReferences : IReportReferences
    {
        public Task<bool> InstitutionExistsAsync(int id, CancellationToken cancellationToken) => Task.FromResult(id == 1);

        public Task<bool> UnitExistsAsync(int id, CancellationToken cancellationToken) => Task.FromResult(id == 4);

        public Task<bool> FrameworkExistsAsync(int id, CancellationToken cancellationToken) => Task.FromResult(id == 2);
    }

    private readonly AgreementReportValidator _validator = new(new KnownReferences());

    /// <summary>Every filter in use, every column, sorted and grouped.</summary>
    private static AgreementReportDefinition Full() => new()
    {
        Statuses = ["Active", "Signed"],
        Kinds = ["MemorandumOfUnderstanding"],
        PartyInstitutionId = 1,
        CountryCode = "KZ",
        ResponsibleUnitId = 4,
        FieldCode = "0715",
        FrameworkId = 2,
        SignedFrom = new DateOnly(2025, 1, 1),
        SignedTo = new DateOnly(2025, 12, 31),
        ExpiresWithinDays = 90,
        Columns = [.. AgreementReportColumns.All],
        Sort = "daysToExpiry",
        Descending = true,
        GroupBy = "country",
    };

    private async Task<List<string>> DescribeAsync(AgreementReportDefinition definition) =>
        (await _validator.ValidateAsync(definition)).Errors.Select(e => $"{e.PropertyName} | {e.ErrorCode} | {e.ErrorMessage}").ToList();

    private async Task ReportsOnlyAsync(AgreementReportDefinition definition, string property, string code, string message) =>
        Assert.Equal([$"{property} | {code} | {message}"], await DescribeAsync(definition));

    [Fact]
    public async Task Validate_WhenEveryFilterColumnSortAndGroupIsKnown_ReportsNothing() =>
        Assert.Empty(await DescribeAsync(Full()));

    [Fact]
    public async Task Validate_WhenNothingIsChosen_UsesTheDefaultColumns_AndReportsNothing() =>
        Assert.Empty(await DescribeAsync(new AgreementReportDefinition()));

    [Theory]
    [InlineData("07")]
    [InlineData("071")]
    [InlineData("0715")]
    public async Task Validate_WhenTheFieldIsOfAnyLevel_ReportsNothing(string code) =>
        Assert.Empty(await DescribeAsync(Full() with { FieldCode = code }));

    [Fact]
    public async Task Validate_WhenThePeriodEndsBeforeItStarts_ReportsTheEnd() =>
        await ReportsOnlyAsync(Full() with { SignedFrom = new DateOnly(2025, 6, 1), SignedTo = new DateOnly(2025, 5, 31) },
            "SignedTo", "AgreementReport.SignedTo.BeforeStart", "The signing period ends (31 May 2025) before it starts (1 June 2025).");

    [Fact]
    public async Task Validate_WhenThePeriodIsOneDay_ReportsNothing() =>
        Assert.Empty(await DescribeAsync(Full() with { SignedFrom = new DateOnly(2025, 5, 20), SignedTo = new DateOnly(2025, 5, 20) }));

    [Theory]
    [InlineData(-1, "AgreementReport.ExpiresWithinDays.Negative", "The number of days before expiry cannot be negative (it is -1).")]
    [InlineData(3651, "AgreementReport.ExpiresWithinDays.TooLarge", "The number of days before expiry can be at most 3650 (ten years); it is 3651.")]
    [InlineData(int.MaxValue, "AgreementReport.ExpiresWithinDays.TooLarge", "The number of days before expiry can be at most 3650 (ten years); it is 2147483647.")]
    public async Task Validate_WhenTheExpiryWindowIsNegativeOrAbsurd_ReportsIt(int days, string code, string message) =>
        await ReportsOnlyAsync(Full() with { ExpiresWithinDays = days }, "ExpiresWithinDays", code, message);

    [Theory]
    [InlineData(0)]
    [InlineData(3650)]
    public async Task Validate_WhenTheExpiryWindowIsAtItsBounds_ReportsNothing(int days) =>
        Assert.Empty(await DescribeAsync(Full() with { ExpiresWithinDays = days }));

    [Fact]
    public async Task Validate_WhenAColumnIsUnknown_ReportsThatColumn() =>
        await ReportsOnlyAsync(Full() with { Columns = ["title", "budget"] },
            "Columns[1]", "AgreementReport.Columns.Unknown",
            "Unknown column 'budget'. Choose from: title, kind, status, parties, unit, person, signed, effective, expires, daysToExpiry, fields, frameworks, visits.");

    [Fact]
    public async Task Validate_WhenAColumnIsChosenTwice_ReportsColumns() =>
        await ReportsOnlyAsync(Full() with { Columns = ["title", "title"] }, "Columns", "AgreementReport.Columns.Repeated", "The same column is chosen twice.");

    [Fact]
    public async Task Validate_WhenNoColumnIsChosen_ReportsColumns() =>
        await ReportsOnlyAsync(Full() with { Columns = [] }, "Columns", "AgreementReport.Columns.Required", "Choose at least one column.");

    [Theory]
    [InlineData(99, "PartyInstitutionId", "AgreementReport.PartyInstitutionId.NotFound", "No institution has the id 99: choose the party institution from the list.")]
    [InlineData(0, "PartyInstitutionId", "AgreementReport.PartyInstitutionId.Invalid", "Choose the party institution from the list.")]
    public async Task Validate_WhenThePartyDoesNotExist_ReportsTheParty(int id, string property, string code, string message) =>
        await ReportsOnlyAsync(Full() with { PartyInstitutionId = id }, property, code, message);

    [Fact]
    public async Task Validate_WhenTheUnitDoesNotExist_ReportsTheUnit() =>
        await ReportsOnlyAsync(Full() with { ResponsibleUnitId = 5 },
            "ResponsibleUnitId", "AgreementReport.ResponsibleUnitId.NotFound", "No unit has the id 5: choose the responsible unit from the list.");

    [Fact]
    public async Task Validate_WhenTheFrameworkDoesNotExist_ReportsTheFramework() =>
        await ReportsOnlyAsync(Full() with { FrameworkId = 3 },
            "FrameworkId", "AgreementReport.FrameworkId.NotFound", "No framework or programme has the id 3: choose the framework from the list.");

    [Theory]
    [InlineData("Statuses", "Lost", "AgreementReport.Statuses.Unknown", "Unknown status 'Lost'. Choose from: Draft, UnderNegotiation, Signed, Active, Expired, Terminated, Renewed.")]
    [InlineData("Statuses", "3", "AgreementReport.Statuses.Unknown", "Unknown status '3'. Choose from: Draft, UnderNegotiation, Signed, Active, Expired, Terminated, Renewed.")]
    [InlineData("Kinds", "Treaty", "AgreementReport.Kinds.Unknown", "Unknown kind of agreement 'Treaty'. Choose from: MemorandumOfUnderstanding, FrameworkAgreement, StudentExchange, StaffExchange, JointProgramme, JointResearch, TrainingOrOverseasWorkshop, Internship, Other.")]
    public async Task Validate_WhenAStatusOrKindIsUnknown_ReportsIt(string property, string value, string code, string message)
    {
        var definition = property == "Statuses" ? Full() with { Statuses = ["Active", value] } : Full() with { Kinds = [value] };

        await ReportsOnlyAsync(definition, $"{property}[{(property == "Statuses" ? 1 : 0)}]", code, message);
    }

    [Fact]
    public async Task Validate_WhenTheCountryIsNoIsoCode_ReportsTheCountry() =>
        await ReportsOnlyAsync(Full() with { CountryCode = "Kazakhstan" },
            "CountryCode", "AgreementReport.CountryCode.Invalid", "The country must be an ISO 3166-1 alpha-2 code such as KZ (two capital letters).");

    [Fact]
    public async Task Validate_WhenTheFieldIsNoIscedCode_ReportsTheField() =>
        await ReportsOnlyAsync(Full() with { FieldCode = "0799" },
            "FieldCode", "AgreementReport.FieldCode.Invalid", "'0799' is no ISCED-F 2013 field: use a code such as 07, 071 or 0715.");

    [Theory]
    [InlineData("Sort", "AgreementReport.Sort.Unknown", "The report cannot be sorted by 'parties'. Choose from: title, kind, status, unit, person, signed, effective, expires, daysToExpiry, visits.")]
    [InlineData("GroupBy", "AgreementReport.GroupBy.Unknown", "The report cannot be grouped by 'parties'. Choose from: country, status.")]
    public async Task Validate_WhenTheSortOrGroupIsUnknown_ReportsIt(string property, string code, string message) =>
        await ReportsOnlyAsync(property == "Sort" ? Full() with { Sort = "parties" } : Full() with { GroupBy = "parties" }, property, code, message);
}
