using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.UnitTests.Features.Reports;

public sealed class PartnerActivityValidatorTests
{
    private readonly PartnerActivityValidator _validator = new();

    private static PartnerActivityDefinition Full() => new()
    {
        By = "country", From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 12, 31), CountryCode = "KZ", Kind = "College", ActiveOnly = true, Sort = "contact",
    };

    private async Task<List<string>> DescribeAsync(PartnerActivityDefinition definition) =>
        (await _validator.ValidateAsync(definition)).Errors.Select(e => $"{e.PropertyName} | {e.ErrorCode} | {e.ErrorMessage}").ToList();

    [Fact]
    public async Task Validate_WhenEveryFilterIsKnown_ReportsNothing() => Assert.Empty(await DescribeAsync(Full()));

    [Fact]
    public async Task Validate_WhenNothingIsChosen_ReportsNothing() => Assert.Empty(await DescribeAsync(new PartnerActivityDefinition()));

    [Theory]
    [InlineData("By", "PartnerReport.By.Unknown", "The report cannot be made per 'Country'. Choose from: institution, country.")]
    [InlineData("To", "PartnerReport.To.BeforeStart", "The period ends (31 December 2024) before it starts (1 January 2025).")]
    [InlineData("CountryCode", "PartnerReport.CountryCode.Invalid", "The country must be an ISO 3166-1 alpha-2 code such as KZ (two capital letters).")]
    [InlineData("Kind", "PartnerReport.Kind.Unknown",
        "Unknown kind of institution '2'. Choose from: University, College, VocationalSchool, Company, GovernmentBody, Association, Other.")]
    [InlineData("Sort", "PartnerReport.Sort.Unknown", "The report cannot be sorted by 'rating'. Choose from: name, visits, contact.")]
    public async Task Validate_WhenAFilterIsWrong_ReportsOnlyThatFilter(string property, string code, string message)
    {
        var definition = property switch
        {
            "By" => Full() with { By = "Country" },
            "To" => Full() with { To = new DateOnly(2024, 12, 31) },
            "CountryCode" => Full() with { CountryCode = "kz" },
            "Kind" => Full() with { Kind = "2" },
            _ => Full() with { Sort = "rating" },
        };

        Assert.Equal([$"{property} | {code} | {message}"], await DescribeAsync(definition));
    }
}
