using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PartnershipPortal.Core.Data;

/// <summary>Holds the PostgreSQL migration set.</summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options)
    : PortalDbContext(options);

/// <summary>Holds the SQLite migration set.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options)
    : PortalDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date-time-with-offset type and cannot order or compare EF's text form; moments are
        // always UTC, so they are stored as sortable binary numbers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
