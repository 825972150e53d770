using Microsoft.Extensions.Configuration;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web;

public sealed class PortalSettingsTests
{
    private static IConfiguration Settings(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("Postgres", DatabaseProvider.Postgres)]
    public void ReadProvider_AcceptsTheTwoStores(string? value, DatabaseProvider expected) =>
        Assert.Equal(expected, PortalSettings.ReadProvider(Settings(("Database:Provider", value))));

    [Fact]
    public void ReadProvider_WithAnUnknownStore_SaysWhatIsAllowed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PortalSettings.ReadProvider(Settings(("Database:Provider", "Oracle"))));

        Assert.Equal("Database:Provider is 'Oracle'; use 'Sqlite' or 'Postgres'.", error.Message);
    }

    [Fact]
    public void ReadConnectionString_WithoutOne_PutsSqliteInTheAppDataFolder() =>
        Assert.Equal("Data Source=/srv/portal/App_Data/portal.db", PortalSettings.ReadConnectionString(Settings(), DatabaseProvider.Sqlite, "/srv/portal"));

    [Fact]
    public void ReadConnectionString_ForPostgresWithoutOne_SaysItIsRequired()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PortalSettings.ReadConnectionString(Settings(), DatabaseProvider.Postgres, "/srv/portal"));

        Assert.Equal("ConnectionStrings:Portal must be set when Database:Provider is Postgres.", error.Message);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, null, true)]
    [InlineData(DatabaseProvider.Postgres, null, false)]
    [InlineData(DatabaseProvider.Sqlite, "false", false)]
    [InlineData(DatabaseProvider.Postgres, "true", true)]
    public void ReadDemoSeed_DefaultsToOnForTheEmbeddedStoreOnly(DatabaseProvider provider, string? value, bool expected) =>
        Assert.Equal(expected, PortalSettings.ReadDemoSeed(Settings(("Demo:Seed", value)), provider));
}
