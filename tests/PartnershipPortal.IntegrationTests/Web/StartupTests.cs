using System.Text.RegularExpressions;
using Npgsql;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web;

/// <summary>The portal as `dotnet run` starts it: settings read, store migrated, demo data loaded or not.</summary>
public sealed partial class StartupTests
{
    [GeneratedRegex("data-testid=\"count-(?<what>[a-z]+)\"[^>]*>(?<count>[0-9]+)<")]
    private static partial Regex CountPattern();

    private static async Task<Dictionary<string, int>> HomeCountsAsync(PortalApp app)
    {
        using var client = await app.SignedInClientAsync(PortalRoles.Viewer);
        var html = await client.GetStringAsync("/");
        return CountPattern().Matches(html).ToDictionary(m => m.Groups["what"].Value, m => int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Start_OnAnEmptySqliteFile_MigratesAndLoadsTheDemoOnce()
    {
        var file = Path.Combine(Path.GetTempPath(), $"portal-start-{Guid.NewGuid():N}.db");
        try
        {
            Dictionary<string, int> first;
            await using (var app = new PortalApp(("ConnectionStrings:Portal", $"Data Source={file};Pooling=False")))
            {
                first = await HomeCountsAsync(app);
            }

            await using var restarted = new PortalApp(("ConnectionStrings:Portal", $"Data Source={file};Pooling=False"));
            var second = await HomeCountsAsync(restarted);

            Assert.Equal(37, first["institutions"]); // 40 loaded, 3 of them archived
            Assert.Equal(60, first["visits"]);
            Assert.Equal(first, second);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Start_WithDemoSeedOff_LeavesTheStoreEmpty()
    {
        var file = Path.Combine(Path.GetTempPath(), $"portal-start-{Guid.NewGuid():N}.db");
        try
        {
            await using var app = new PortalApp(("ConnectionStrings:Portal", $"Data Source={file};Pooling=False"), ("Demo:Seed", "false"));

            var counts = await HomeCountsAsync(app);

            Assert.Equal(0, counts["institutions"]);
            Assert.Equal(0, counts["visits"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Start_OnPostgres_MigratesAnEmptyDatabaseAndSeedsNothingByDefault()
    {
        var database = $"portal_start_{Guid.NewGuid():N}";
        var server = PostgresStore.ServerConnectionString;
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            await using (var app = new PortalApp(("Database:Provider", "Postgres"), ("ConnectionStrings:Portal", connection)))
            {
                var counts = await HomeCountsAsync(app);
                Assert.Equal(0, counts["institutions"]);
                using var client = app.NewClient();
                Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
            }

            await using var check = new NpgsqlConnection(connection);
            await check.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM \"IscedFields\"", check);
            Assert.Equal(163L, await command.ExecuteScalarAsync());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
