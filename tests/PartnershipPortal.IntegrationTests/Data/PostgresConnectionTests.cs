using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Data;

/// <summary>The portal's PostgreSQL connections run without the JIT compiler, unless the connection string sets its own options.</summary>
public sealed class PostgresConnectionTests(PostgresStore store) : IClassFixture<PostgresStore>
{
    [Fact]
    public async Task ThePortalsConnections_RunWithoutJit()
    {
        await using var db = store.NewContext();

        var jit = await db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync();

        Assert.Equal("off", jit);
    }

    [Theory]
    [InlineData("Host=db;Database=portal", "Host=db;Database=portal;Options=\"-c jit=off\"")]
    [InlineData("Host=db;Database=portal;Options=-c statement_timeout=5000", "Host=db;Database=portal;Options=\"-c statement_timeout=5000\"")]
    public void TheConnectionString_GetsJitOff_OnlyWhenItSetsNoOptions(string given, string used) =>
        Assert.Equal(used, PortalDatabase.PostgresConnectionString(given));
}
