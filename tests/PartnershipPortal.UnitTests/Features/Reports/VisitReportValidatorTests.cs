using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.UnitTests.Features.Reports;

public sealed class VisitReportValidatorTests
{
    private sealed class UnitFour : IReportReferences
    {
        public Task<bool> InstitutionExistsAsync(int id, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<bool> UnitExistsAsync(int id, CancellationToken cancellationToken) => Task.FromResult(id == 4);

        public Task<bool> FrameworkExistsAsync(int id, CancellationToken cancellationToken) => Task.FromResult(false);
    }

    private readonly VisitReportValidator _validator = new(new UnitFour());

    private static VisitReportDefinition Full() => new()
    {
        From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 12, 31), Direction = "Inbound", CountryCode = "KZ", UnitId = 4,
    };

    private async Task<List<string>> DescribeAsync(VisitReportDefinition definition) =>
        (await _validator.ValidateAsync(definition)).Errors.Select(e => $"{e.PropertyName} | {e.ErrorCode} | {e.ErrorMessage}").ToList();

    [Fact]
    public async Task Validate_WhenEveryFilterIsKnown_ReportsNothing() => Assert.Empty(await DescribeAsync(Full()));

    [Fact]
    public async Task Validate_WhenNothingIsChosen_ReportsNothing() => Assert.Empty(await DescribeAsync(new VisitReportDefinition()));

    [Theory]
    [InlineData("To", "VisitReport.To.BeforeStart", "The period ends (31 December 2024) before it starts (1 January 2025).")]
    [InlineData("Direction", "VisitReport.Direction.Unknown", "Unknown direction 'inbound'. Choose from: Inbound, Outbound.")]
    [InlineData("CountryCode", "VisitReport.CountryCode.Invalid", "The country must be an ISO 3166-1 alpha-2 code such as KZ (two capital letters).")]
    [InlineData("UnitId", "VisitReport.UnitId.NotFound", "No unit has the id 5: choose the host unit from the list.")]
    public async Task Validate_WhenAFilterIsWrong_ReportsOnlyThatFilter(string property, string code, string message)
    {
        var definition = property switch
        {
            "To" => Full() with { To = new DateOnly(2024, 12, 31) },
            "Direction" => Full() with { Direction = "inbound" },
            "CountryCode" => Full() with { CountryCode = "KAZ" },
            _ => Full() with { UnitId = 5 },
        };

        Assert.Equal([$"{property} | {code} | {message}"], await DescribeAsync(definition));
    }
}
