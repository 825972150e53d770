using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Visits;

public sealed class VisitFilterInputValidatorTests
{
    private readonly VisitFilterInputValidator _validator = new();

    private static VisitFilterInput Full() => new()
    {
        From = "2025-05-01",
        To = "2025-05-31",
        Direction = "Inbound",
        Status = "Completed",
        Country = "KZ",
        Institution = "12",
        Unit = "3",
        Field = "0716",
    };

    [Fact]
    public void Validate_WhenEveryFilterIsWellFormed_ReportsNothing() => ValidatorAssert.ReportsNothing(_validator, Full());

    [Fact]
    public void Validate_WhenNothingIsFiltered_ReportsNothing() => ValidatorAssert.ReportsNothing(_validator, VisitFilterInput.Empty);

    [Fact]
    public void Validate_WhenOneDayIsBothFirstAndLast_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, new VisitFilterInput { From = "2025-05-20", To = "2025-05-20" });

    [Fact]
    public void Validate_WhenLastDayIsBeforeFirst_ReportsTo() =>
        ValidatorAssert.ReportsOnly(_validator, Full() with { To = "2025-04-30" },
            "To", "VisitFilter.To.BeforeFrom", "The last day cannot be before the first day.");

    [Theory]
    [InlineData("From", "20 May 2025", "VisitFilter.From.Invalid", "Enter the first day as a date such as 2025-05-01.")]
    [InlineData("From", "2025-02-30", "VisitFilter.From.Invalid", "Enter the first day as a date such as 2025-05-01.")]
    [InlineData("To", "2025-5-31", "VisitFilter.To.Invalid", "Enter the last day as a date such as 2025-05-31.")]
    [InlineData("Direction", "Sideways", "VisitFilter.Direction.Invalid", "Choose the direction from the list (Inbound, Outbound).")]
    [InlineData("Direction", "1", "VisitFilter.Direction.Invalid", "Choose the direction from the list (Inbound, Outbound).")]
    [InlineData("Status", "Lost", "VisitFilter.Status.Invalid", "Choose the status from the list (Planned, Confirmed, Completed, Cancelled).")]
    [InlineData("Country", "XX", "VisitFilter.Country.Unknown", "“XX” is not a country code: use an ISO 3166-1 alpha-2 code such as KZ.")]
    [InlineData("Country", "KAZ", "VisitFilter.Country.Unknown", "“KAZ” is not a country code: use an ISO 3166-1 alpha-2 code such as KZ.")]
    [InlineData("Institution", "EKTU", "VisitFilter.Institution.Invalid", "Choose the institution from the list.")]
    [InlineData("Institution", "0", "VisitFilter.Institution.Invalid", "Choose the institution from the list.")]
    [InlineData("Unit", "-3", "VisitFilter.Unit.Invalid", "Choose the unit from the list.")]
    [InlineData("Field", "0799", "VisitFilter.Field.Unknown", "“0799” is not an ISCED-F 2013 field: use a code such as 07, 071 or 0715.")]
    public void Validate_WhenAFilterCannotBeRead_ReportsThatFilter(string property, string value, string code, string message) =>
        ValidatorAssert.ReportsOnly(_validator, Full().With(property, value), property, code, message);

    [Fact]
    public void ToFilter_ReadsEveryPart_InAnyCase()
    {
        var filter = (Full() with { Direction = "inbound", Status = "COMPLETED", Country = "kz" }).ToFilter();

        Assert.Equal(
            new VisitFilter(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31), VisitDirection.Inbound, VisitStatus.Completed, "KZ", 12, 3, "0716"),
            filter);
    }

    [Fact]
    public void Normalised_WritesKnownValuesOneWay_AndKeepsOthersToReport()
    {
        var input = new VisitFilterInput { Direction = "outbound", Status = "Lost", Country = "kz" }.Normalised();

        Assert.Equal(new VisitFilterInput { Direction = "Outbound", Status = "Lost", Country = "KZ" }, input);
    }

    [Fact]
    public void Parameters_RoundTrip_AndBlankOnesCountAsAbsent()
    {
        var parameters = Full().ToParameters();
        var read = VisitFilterInput.FromParameters(name => parameters[name] as string);
        var blank = VisitFilterInput.FromParameters(name => name == "country" ? "  " : null);

        Assert.Equal(VisitFilterInput.ParameterNames, parameters.Keys);
        Assert.Equal(Full(), read);
        Assert.True(blank.IsEmpty);
    }
}
