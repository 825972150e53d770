using PartnershipPortal.Core.Features.Reports;

namespace PartnershipPortal.UnitTests.Features.Reports;

public sealed class SavedReportInputValidatorTests
{
    private readonly SavedReportInputValidator _validator = new();

    private List<string> Describe(SavedReportInput input) =>
        _validator.Validate(input).Errors.Select(e => $"{e.PropertyName} | {e.ErrorCode} | {e.ErrorMessage}").ToList();

    [Theory]
    [InlineData("agreements", "")]
    [InlineData("directory", "list=people&country=KZ")]
    public void Validate_WhenReportNameAndQueryAreSound_ReportsNothing(string report, string query) =>
        Assert.Empty(Describe(new() { Report = report, Name = "Kazakh partners", Query = query }));

    [Fact]
    public void Validate_WhenTheNameIsMissingOrTooLong_ReportsIt()
    {
        Assert.Equal(["Name | SavedReport.Name.Required | Give the saved report a name, such as \"Agreements expiring this year\"."],
            Describe(new() { Report = "visits", Name = "   " }));
        Assert.Equal(["Name | SavedReport.Name.TooLong | The name can be at most 100 characters long (this one has 101)."],
            Describe(new() { Report = "visits", Name = new string('n', 101) }));
    }

    [Fact]
    public void Validate_WhenTheReportIsUnknown_NamesTheReportsThereAre() =>
        Assert.Equal(["Report | SavedReport.Report.Unknown | Unknown report 'Agreements'. Choose from: agreements, visits, follow-ups, partners, directory."],
            Describe(new() { Report = "Agreements", Name = "Mine" }));

    [Fact]
    public void Validate_WhenTheQueryIsTooLongOrStartsWithAQuestionMark_ReportsIt()
    {
        Assert.Equal(["Query | SavedReport.Query.TooLong | The report's filters can be at most 4000 characters long (this one has 4001)."],
            Describe(new() { Report = "visits", Name = "Long", Query = new string('q', 4001) }));
        Assert.Equal(["Query | SavedReport.Query.Invalid | The report's filters are written without the leading question mark."],
            Describe(new() { Report = "visits", Name = "Marked", Query = "?direction=Inbound" }));
    }
}
