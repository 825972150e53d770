using PartnershipPortal.Core.Features.Agreements;

namespace PartnershipPortal.UnitTests.Features.Agreements;

public sealed class AgreementFilterTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("90", 90)]
    [InlineData(" 180 ", 180)]
    [InlineData("3650", 3650)]
    public void ExpiringWithin_AWholeNumberFrom1To3650_IsTheFilter(string text, int expected)
    {
        Assert.Null(AgreementFilter.ParseExpiringWithin(text, out var days));
        Assert.Equal(expected, days);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void ExpiringWithin_Empty_IsNoFilterAndNoMessage(string? text)
    {
        Assert.Null(AgreementFilter.ParseExpiringWithin(text, out var days));
        Assert.Null(days);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3651")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("30.5")]
    [InlineData("1e3")]
    [InlineData("ninety")]
    [InlineData("99999999999")]
    public void ExpiringWithin_AnythingElse_GivesTheMessageAndNoFilter(string text)
    {
        Assert.Equal("Enter a whole number of days from 1 to 3650.", AgreementFilter.ParseExpiringWithin(text, out var days));
        Assert.Null(days);
    }
}
