using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Data;

/// <summary>A save that meets a newer version is refused and explained: who, when, which fields.</summary>
public abstract class SaveConflictTests(TestStore store)
{
    [Fact]
    public async Task SecondSave_OfTheSameRecord_GetsTheConflictWithWhoWhenAndFields()
    {
        var institution = new Institution { Name = "Semey Medical University", Kind = InstitutionKind.University, CountryCode = "KZ", City = "Semey" };
        await using (var db = store.NewContext())
        {
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
        }

        await using var mine = store.NewContext();
        var myCopy = await mine.Institutions.SingleAsync(i => i.Id == institution.Id);
        store.Clock.Advance(TimeSpan.FromMinutes(5));
        var theirTime = store.Clock.GetUtcNow();
        await using (var theirs = store.NewContext())
        {
            theirs.Actor = new ChangeActor("user-2", "Dana Serikovna");
            var theirCopy = await theirs.Institutions.SingleAsync(i => i.Id == institution.Id);
            theirCopy.City = "Semei";
            theirCopy.Acronym = "SMU";
            await theirs.SaveChangesAsync();
        }

        myCopy.City = "Semipalatinsk";
        myCopy.Website = "https://smu.edu.kz";
        var exception = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => mine.SaveChangesAsync());
        var conflict = await SaveConflict.DescribeAsync(mine, exception);

        Assert.Equal("Institution", conflict.RecordType);
        Assert.Equal("Dana Serikovna", conflict.ChangedBy);
        Assert.Equal(theirTime, conflict.ChangedAt);
        Assert.False(conflict.Deleted);
        Assert.Equal([new FieldConflict("City", "Semipalatinsk", "Semei"), new FieldConflict("Website", "https://smu.edu.kz", null)], conflict.Fields.OrderBy(f => f.Field, StringComparer.Ordinal));
        Assert.Equal($"Dana Serikovna changed this record ({theirTime:d MMM yyyy HH:mm} UTC) while you were editing it. Fields that differ: City, Website.", conflict.Describe());

        await using var read = store.NewContext();
        var stored = await read.Institutions.AsNoTracking().SingleAsync(i => i.Id == institution.Id);
        Assert.Equal(("Semei", "SMU", (string?)null), (stored.City, stored.Acronym, stored.Website));
    }

    [Fact]
    public async Task KeepingMyValues_AfterAConflict_SavesThemOverTheNewerVersion()
    {
        var institution = new Institution { Name = "Taraz Regional University", Kind = InstitutionKind.University, CountryCode = "KZ" };
        await using (var db = store.NewContext())
        {
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
        }

        await using var mine = store.NewContext();
        var myCopy = await mine.Institutions.SingleAsync(i => i.Id == institution.Id);
        await using (var theirs = store.NewContext())
        {
            (await theirs.Institutions.SingleAsync(i => i.Id == institution.Id)).City = "Taraz";
            await theirs.SaveChangesAsync();
        }

        myCopy.City = "Zhambyl";
        var exception = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => mine.SaveChangesAsync());

        // The user chose to keep their values: take the stored version as the new original and save again.
        var entry = exception.Entries[0];
        entry.OriginalValues.SetValues((await entry.GetDatabaseValuesAsync())!);
        await mine.SaveChangesAsync();

        await using var read = store.NewContext();
        Assert.Equal("Zhambyl", (await read.Institutions.AsNoTracking().SingleAsync(i => i.Id == institution.Id)).City);
    }

    [Fact]
    public async Task SaveOfARecordDeletedMeanwhile_SaysItWasDeleted()
    {
        var institution = new Institution { Name = "Kokshetau University", Kind = InstitutionKind.University, CountryCode = "KZ" };
        await using (var db = store.NewContext())
        {
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
        }

        await using var mine = store.NewContext();
        var myCopy = await mine.Institutions.SingleAsync(i => i.Id == institution.Id);
        await using (var theirs = store.NewContext())
        {
            theirs.Actor = new ChangeActor("admin-1", "Portal Administrator");
            theirs.Institutions.Remove(await theirs.Institutions.SingleAsync(i => i.Id == institution.Id));
            await theirs.SaveChangesAsync();
        }

        myCopy.City = "Kokshetau";
        var exception = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => mine.SaveChangesAsync());
        var conflict = await SaveConflict.DescribeAsync(mine, exception);

        Assert.True(conflict.Deleted);
        Assert.Equal("Portal Administrator", conflict.ChangedBy);
        Assert.StartsWith("Portal Administrator deleted this record", conflict.Describe(), StringComparison.Ordinal);
    }
}

public sealed class SqliteSaveConflictTests(SqliteStore store) : SaveConflictTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresSaveConflictTests(PostgresStore store) : SaveConflictTests(store), IClassFixture<PostgresStore>;
