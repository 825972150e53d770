using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace PartnershipPortal.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Registers the portal's store so that the app, the tests and the tools open it the same way.</summary>
public static class PortalDatabase
{
    public static IServiceCollection AddPortalDatabase(
        this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<AuditingInterceptor>();
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextFactory<PostgresPortalDbContext>((sp, options) =>
                    ConfigurePostgres(options, connectionString).AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
                services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalContextFactory<PostgresPortalDbContext>>();
                break;
            case DatabaseProvider.Sqlite:
                services.AddDbContextFactory<SqlitePortalDbContext>((sp, options) =>
                    ConfigureSqlite(options, connectionString).AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
                services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalContextFactory<SqlitePortalDbContext>>();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }

        return services;
    }

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseNpgsql(PostgresConnectionString(connectionString), npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"));
    }

    /// <summary>
    /// The connection string as the portal uses it: PostgreSQL's JIT compiler off, unless the string sets its own
    /// server options. The reports' correlated subqueries are estimated costly and run in milliseconds; compiling
    /// them took about 2 seconds of a 2.1-second query (docs/performance.md), which JIT never earned back here.
    /// </summary>
    public static string PostgresConnectionString(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.Options))
        {
            builder.Options = "-c jit=off";
        }

        return builder.ConnectionString;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseSqlite(connectionString);
    }

    /// <summary>Applies the provider's migrations; creates the SQLite file's folder first when needed.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        if (context.Database.IsSqlite())
        {
            var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
            {
                Directory.CreateDirectory(folder);
            }
        }

        await context.Database.MigrateAsync(cancellationToken);
    }

    private sealed class PortalContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<PortalDbContext>
        where TContext : PortalDbContext
    {
        public PortalDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<PortalDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL migration set without a running server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresPortalDbContext>();
        PortalDatabase.ConfigurePostgres(options, "Host=127.0.0.1;Database=portal_design");
        return new PostgresPortalDbContext(options.Options);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite migration set.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>();
        PortalDatabase.ConfigureSqlite(options, "Data Source=design.db");
        return new SqlitePortalDbContext(options.Options);
    }
}
