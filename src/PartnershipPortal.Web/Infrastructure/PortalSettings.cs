using PartnershipPortal.Core.Data;

namespace PartnershipPortal.Web.Infrastructure;

/// <summary>
/// Every configuration key the portal reads, in one place: the composition root reads them through
/// here, and a test checks that deployment files (docker-compose.yml) set only keys listed here.
/// </summary>
public static class PortalSettings
{
    public const string DatabaseProvider = "Database:Provider";
    public const string MigrateOnStartup = "Database:MigrateOnStartup";
    public const string ConnectionString = "ConnectionStrings:Portal";
    public const string DemoSeed = "Demo:Seed";

    /// <summary>Keys read by the portal, plus the host's own ones a deployment may set.</summary>
    public static readonly IReadOnlySet<string> KnownKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        DatabaseProvider,
        MigrateOnStartup,
        ConnectionString,
        DemoSeed,
        SmtpSettings.HostKey,
        SmtpSettings.PortKey,
        SmtpSettings.FromKey,
        SmtpSettings.UserNameKey,
        SmtpSettings.PasswordKey,
        SmtpSettings.EnableSslKey,
        AccountsSetup.RevalidationInterval,
        AccountsSetup.SessionIdleTimeout,
        AccountsSetup.SessionAbsoluteTimeout,
        AccountsSetup.BootstrapAdminEmail,
        AccountsSetup.BootstrapAdminPassword,
        AgreementExpiryService.IntervalKey,
        Features.Attachments.AttachmentSetup.MaxFileSizeMegabytes,
        PlanningSetup.CheckInterval,
        PlanningSetup.PortalAddress,
        "Serilog:MinimumLevel:Default",
        "ASPNETCORE_ENVIRONMENT",
        "ASPNETCORE_URLS",
        "ASPNETCORE_HTTP_PORTS",
    };

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration[DatabaseProvider];
        if (string.IsNullOrWhiteSpace(value))
        {
            return Core.Data.DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException(
                $"{DatabaseProvider} is '{value}'; use 'Sqlite' or 'Postgres'.");
    }

    /// <summary>The configured connection string, or a SQLite file in the app's data folder.</summary>
    public static string ReadConnectionString(IConfiguration configuration, DatabaseProvider provider, string contentRoot)
    {
        var value = configuration[ConnectionString];
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (provider == Core.Data.DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException($"{ConnectionString} must be set when {DatabaseProvider} is Postgres.");
        }

        return $"Data Source={Path.Combine(contentRoot, "App_Data", "portal.db")}";
    }

    /// <summary>Demo data goes into an empty database by default only on the embedded store.</summary>
    public static bool ReadDemoSeed(IConfiguration configuration, DatabaseProvider provider) =>
        configuration.GetValue(DemoSeed, defaultValue: provider == Core.Data.DatabaseProvider.Sqlite);

    public static bool ReadMigrateOnStartup(IConfiguration configuration) =>
        configuration.GetValue(MigrateOnStartup, defaultValue: true);
}
