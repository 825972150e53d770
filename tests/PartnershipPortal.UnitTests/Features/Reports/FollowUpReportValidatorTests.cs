using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.UnitTests.Features.Reports;

public sealed class FollowUpReportValidatorTests
{
    private readonly FollowUpReportValidator _validator = new();

    private List<string> Describe(FollowUpReportDefinition definition) =>
        _validator.Validate(definition).Errors.Select(e => $"{e.PropertyName} | {e.ErrorCode} | {e.ErrorMessage}").ToList();

    [Fact]
    public void Validate_WhenStatusesAndPeriodAreSound_ReportsNothing() =>
        Assert.Empty(Describe(new() { Statuses = ["Open", "InProgress"], DueFrom = new DateOnly(2025, 1, 1), DueTo = new DateOnly(2025, 1, 1), OverdueOnly = true }));

    [Fact]
    public void Validate_WhenTheDuePeriodEndsBeforeItStarts_ReportsTheEnd() =>
        Assert.Equal(["DueTo | FollowUpReport.DueTo.BeforeStart | The due period ends (31 December 2024) before it starts (1 January 2025)."],
            Describe(new() { DueFrom = new DateOnly(2025, 1, 1), DueTo = new DateOnly(2024, 12, 31) }));

    [Fact]
    public void Validate_WhenAStatusIsUnknownOrRepeated_ReportsIt()
    {
        Assert.Equal(["Statuses[1] | FollowUpReport.Statuses.Unknown | Unknown status 'Closed'. Choose from: Open, InProgress, Done, Cancelled."],
            Describe(new() { Statuses = ["Open", "Closed"] }));
        Assert.Equal(["Statuses | FollowUpReport.Statuses.Repeated | The same status is chosen twice."], Describe(new() { Statuses = ["Open", "Open"] }));
    }
}
