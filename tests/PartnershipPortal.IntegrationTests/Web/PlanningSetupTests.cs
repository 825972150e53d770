using Microsoft.Extensions.Configuration;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web;

public sealed class PlanningSetupTests
{
    private static IConfiguration Settings(string key, string? value) =>
        new ConfigurationBuilder().AddInMemoryCollection([new KeyValuePair<string, string?>(key, value)]).Build();

    [Theory]
    [InlineData(null, 300)]
    [InlineData("00:01:00", 60)]
    [InlineData("00:00:01", 10)]
    public void ReadCheckInterval_DefaultsToFiveMinutes_AndIsAtLeastTenSeconds(string? value, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), PlanningSetup.ReadCheckInterval(Settings(PlanningSetup.CheckInterval, value)));

    [Fact]
    public void ReadPortalAddress_TakesAnAbsoluteWebAddress_OrNone()
    {
        Assert.Null(PlanningSetup.ReadPortalAddress(Settings(PlanningSetup.PortalAddress, " ")));
        Assert.Equal(new Uri("https://portal.xpi.example/"), PlanningSetup.ReadPortalAddress(Settings(PlanningSetup.PortalAddress, "https://portal.xpi.example/")));
        var error = Assert.Throws<InvalidOperationException>(() => PlanningSetup.ReadPortalAddress(Settings(PlanningSetup.PortalAddress, "portal.xpi.example")));
        Assert.Equal("Notifications:PortalAddress is 'portal.xpi.example'; give the portal's address such as https://portal.university.example/.", error.Message);
    }
}
