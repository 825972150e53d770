using Microsoft.Extensions.Configuration;
using PartnershipPortal.Core.Features.Attachments;
using PartnershipPortal.Web.Features.Attachments;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web.Attachments;

public sealed class AttachmentSetupTests
{
    private static IConfiguration Settings(string? value) =>
        new ConfigurationBuilder().AddInMemoryCollection([new KeyValuePair<string, string?>("Attachments:MaxFileSizeMegabytes", value)]).Build();

    [Theory]
    [InlineData(null, 20 * 1024 * 1024)]
    [InlineData("", 20 * 1024 * 1024)]
    [InlineData("1", 1024 * 1024)]
    [InlineData("50", 50 * 1024 * 1024)]
    public void ReadSettings_TakesWholeMegabytes_AndDefaultsTo20(string? value, long expected) =>
        Assert.Equal(new AttachmentSettings(expected), AttachmentSetup.ReadSettings(Settings(value)));

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2.5")]
    [InlineData("1001")]
    [InlineData("twenty")]
    public void ReadSettings_WithAnUnusableValue_SaysWhatIsAllowed(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => AttachmentSetup.ReadSettings(Settings(value)));

        Assert.Equal($"Attachments:MaxFileSizeMegabytes is '{value}'; use a whole number of megabytes from 1 to 1000.", error.Message);
    }

    [Fact]
    public void TheSetting_IsAKnownKey() =>
        Assert.Contains(AttachmentSetup.MaxFileSizeMegabytes, PortalSettings.KnownKeys);
}
