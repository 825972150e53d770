using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Deployment;

/// <summary>docker-compose.yml cannot run here (no Docker engine), so its settings are checked against the app.</summary>
public sealed class DockerComposeTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docker-compose.yml"));

    /// <summary>Reads the environment block of one service: keys indented below "environment:".</summary>
    private static Dictionary<string, string> EnvironmentOf(string service)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var inService = false;
        var inEnvironment = false;
        foreach (var line in Lines)
        {
            if (line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal))
            {
                inService = line.Trim() == service + ":";
                inEnvironment = false;
                continue;
            }

            if (!inService)
            {
                continue;
            }

            if (line.StartsWith("    ", StringComparison.Ordinal) && !line.StartsWith("     ", StringComparison.Ordinal))
            {
                inEnvironment = line.Trim() == "environment:";
                continue;
            }

            if (inEnvironment && line.StartsWith("      ", StringComparison.Ordinal))
            {
                var separator = line.IndexOf(':', StringComparison.Ordinal);
                result[line[..separator].Trim()] = line[(separator + 1)..].Trim();
            }
        }

        return result;
    }

    [Fact]
    public void PortalService_SetsOnlyKeysThePortalReads()
    {
        var environment = EnvironmentOf("portal");

        Assert.Equal(6, environment.Count);
        foreach (var key in environment.Keys)
        {
            var configurationKey = key.Replace("__", ":", StringComparison.Ordinal);
            Assert.True(PortalSettings.KnownKeys.Contains(configurationKey), $"docker-compose.yml sets {key}, which the portal does not read.");
        }
    }

    [Fact]
    public void PortalService_RunsOnPostgresWithTheDatabaseServiceCredentials()
    {
        var portal = EnvironmentOf("portal");
        var db = EnvironmentOf("db");

        Assert.Equal("Postgres", portal["Database__Provider"]);
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(portal["ConnectionStrings__Portal"]);
        Assert.Equal("db", connection.Host);
        Assert.Equal(db["POSTGRES_DB"], connection.Database);
        Assert.Equal(db["POSTGRES_USER"], connection.Username);
        Assert.Equal(db["POSTGRES_PASSWORD"], connection.Password);
    }
}
