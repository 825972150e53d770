using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Reference;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Data;

public abstract class MigrationTests(TestStore store)
{
    [Fact]
    public async Task Migrate_AppliesEveryMigration_AndLeavesNothingPending()
    {
        await using var db = store.NewContext();

        var all = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();

        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Model_MatchesTheLatestMigration()
    {
        await using var db = store.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration holds: run scripts/add-migration.sh.");
    }

    [Fact]
    public async Task Migrate_SeedsEveryIscedField()
    {
        await using var db = store.NewContext();

        Assert.Equal(IscedCatalog.All.Count, await db.IscedFields.CountAsync());
        var mechanics = await db.IscedFields.SingleAsync(f => f.Code == "0715");
        Assert.Equal("Mechanics and metal trades", mechanics.Name);
        Assert.Equal("071", mechanics.ParentCode);
        Assert.Equal(11 + 1, await db.IscedFields.CountAsync(f => f.ParentCode == null));
    }
}

public sealed class SqliteMigrationTests(SqliteStore store) : MigrationTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresMigrationTests(PostgresStore store) : MigrationTests(store), IClassFixture<PostgresStore>;
