using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.UnitTests.Features.Reports;

public sealed class DirectoryReportValidatorTests
{
    private sealed class InstitutionSeven : IReportReferences
    {
        public Task<bool> InstitutionExistsAsync(int id, CancellationToken cancellationToken) => Task.FromResult(id == 7);

        public Task<bool> UnitExistsAsync(int id, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<bool> FrameworkExistsAsync(int id, CancellationToken cancellationToken) => Task.FromResult(false);
    }

    private static readonly string LongText = new('ж', 201);

    private readonly InstitutionReportValidator _institutions = new();
    private readonly PersonReportValidator _people = new(new InstitutionSeven());

    private static InstitutionReportDefinition FullInstitutions() => new() { Text = "東哈 вкту", CountryCode = "KZ", Kind = "University", IncludeArchived = true };

    private static PersonReportDefinition FullPeople() => new() { Text = "Safin", CountryCode = "KZ", Kind = "College", InstitutionId = 7, IncludeArchived = true };

    private async Task<List<string>> DescribeAsync(InstitutionReportDefinition definition) =>
        (await _institutions.ValidateAsync(definition)).Errors.Select(e => $"{e.PropertyName} | {e.ErrorCode} | {e.ErrorMessage}").ToList();

    private async Task<List<string>> DescribeAsync(PersonReportDefinition definition) =>
        (await _people.ValidateAsync(definition)).Errors.Select(e => $"{e.PropertyName} | {e.ErrorCode} | {e.ErrorMessage}").ToList();

    [Fact]
    public async Task Validate_WhenEveryFilterIsKnown_ReportsNothing()
    {
        Assert.Empty(await DescribeAsync(FullInstitutions()));
        Assert.Empty(await DescribeAsync(FullPeople()));
    }

    [Fact]
    public async Task Validate_WhenNothingIsChosen_ReportsNothing()
    {
        Assert.Empty(await DescribeAsync(new InstitutionReportDefinition()));
        Assert.Empty(await DescribeAsync(new PersonReportDefinition()));
    }

    [Theory]
    [InlineData("Text", "InstitutionReport.Text.TooLong", "The search text can be at most 200 characters long (this one has 201).")]
    [InlineData("CountryCode", "InstitutionReport.CountryCode.Invalid", "The country must be an ISO 3166-1 alpha-2 code such as KZ (two capital letters).")]
    [InlineData("Kind", "InstitutionReport.Kind.Unknown",
        "Unknown kind of institution 'university'. Choose from: University, College, VocationalSchool, Company, GovernmentBody, Association, Other.")]
    public async Task ValidateInstitutions_WhenAFilterIsWrong_ReportsOnlyThatFilter(string property, string code, string message)
    {
        var definition = property switch
        {
            "Text" => FullInstitutions() with { Text = LongText },
            "CountryCode" => FullInstitutions() with { CountryCode = "kz" },
            _ => FullInstitutions() with { Kind = "university" },
        };

        Assert.Equal([$"{property} | {code} | {message}"], await DescribeAsync(definition));
    }

    [Theory]
    [InlineData("Text", "PersonReport.Text.TooLong", "The search text can be at most 200 characters long (this one has 201).")]
    [InlineData("CountryCode", "PersonReport.CountryCode.Invalid", "The country must be an ISO 3166-1 alpha-2 code such as KZ (two capital letters).")]
    [InlineData("Kind", "PersonReport.Kind.Unknown",
        "Unknown kind of institution '3'. Choose from: University, College, VocationalSchool, Company, GovernmentBody, Association, Other.")]
    [InlineData("InstitutionId", "PersonReport.InstitutionId.NotFound", "No institution has the id 8: choose the institution from the list.")]
    [InlineData("InstitutionId", "PersonReport.InstitutionId.Invalid", "Choose the institution from the list.")]
    public async Task ValidatePeople_WhenAFilterIsWrong_ReportsOnlyThatFilter(string property, string code, string message)
    {
        var definition = code switch
        {
            "PersonReport.Text.TooLong" => FullPeople() with { Text = LongText },
            "PersonReport.CountryCode.Invalid" => FullPeople() with { CountryCode = "KAZ" },
            "PersonReport.Kind.Unknown" => FullPeople() with { Kind = "3" },
            "PersonReport.InstitutionId.NotFound" => FullPeople() with { InstitutionId = 8 },
            _ => FullPeople() with { InstitutionId = 0 },
        };

        Assert.Equal([$"{property} | {code} | {message}"], await DescribeAsync(definition));
    }
}
