using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Data;

/// <summary>Every create, update and delete leaves a change record in the same transaction, on both stores.</summary>
public abstract class ChangeHistoryTests(TestStore store)
{
    private static readonly ChangeActor Staff = new("user-17", "Aigerim Nurlanovna");

    private async Task<List<ChangeRecord>> HistoryOfAsync(string type, int id)
    {
        await using var db = store.NewContext();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.ChangeRecords.AsNoTracking().Where(c => c.EntityType == type && c.EntityId == key).OrderBy(c => c.Id).ToListAsync();
    }

    [Fact]
    public async Task CreateUpdateDelete_RecordWhoWhenAndEachFieldWithOldAndNewValues()
    {
        var institution = new Institution { Name = "Almaty Technological University", Kind = InstitutionKind.University, CountryCode = "KZ", City = "Almaty" };
        var created = store.Clock.GetUtcNow();
        await using (var db = store.NewContext())
        {
            db.Actor = Staff;
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            db.Actor = Staff;
            var tracked = await db.Institutions.SingleAsync(i => i.Id == institution.Id);
            tracked.City = "Almaty city";
            tracked.RelationshipStatus = RelationshipStatus.ActivePartner;
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            db.Actor = ChangeActor.Process("Nightly import");
            db.Institutions.Remove(await db.Institutions.SingleAsync(i => i.Id == institution.Id));
            await db.SaveChangesAsync();
        }

        var history = await HistoryOfAsync(nameof(Institution), institution.Id);
        Assert.Equal([ChangeKind.Created, ChangeKind.Updated, ChangeKind.Deleted], history.Select(h => h.Kind));
        Assert.Equal(["user-17", "user-17", null], history.Select(h => h.UserId));
        Assert.Equal(["Aigerim Nurlanovna", "Aigerim Nurlanovna", "Nightly import"], history.Select(h => h.Actor));
        Assert.All(history, h => Assert.Equal(created, h.At));

        Assert.Equal(
            [new FieldChange("City", null, "Almaty"), new FieldChange("CountryCode", null, "KZ"), new FieldChange("IsArchived", null, "false"),
             new FieldChange("IsHome", null, "false"), new FieldChange("Kind", null, "University"), new FieldChange("Name", null, "Almaty Technological University"),
             new FieldChange("RelationshipStatus", null, "Prospect")],
            history[0].Fields.OrderBy(f => f.Field, StringComparer.Ordinal));
        Assert.Equal(
            [new FieldChange("City", "Almaty", "Almaty city"), new FieldChange("RelationshipStatus", "Prospect", "ActivePartner")],
            history[1].Fields.OrderBy(f => f.Field, StringComparer.Ordinal));
        Assert.Contains(new FieldChange("Name", "Almaty Technological University", null), history[2].Fields);
        Assert.Contains(new FieldChange("City", "Almaty city", null), history[2].Fields);
        Assert.DoesNotContain(history.SelectMany(h => h.Fields), f => f.Field is "Version" or "SearchText" or "CreatedAt" or "UpdatedAt");
    }

    [Fact]
    public async Task NewRows_AreRecordedWithTheirGeneratedKeysAndForeignKeys()
    {
        var institution = new Institution { Name = "Karaganda Technical University", Kind = InstitutionKind.University, CountryCode = "KZ" };
        var person = new Person { FullName = "Zhanar Bekovna Abenova", Institution = institution };
        await using (var db = store.NewContext())
        {
            db.People.Add(person);
            await db.SaveChangesAsync();
        }

        var record = Assert.Single(await HistoryOfAsync(nameof(Person), person.Id));
        Assert.Equal("System", record.Actor);
        Assert.Contains(new FieldChange("InstitutionId", null, institution.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), record.Fields);
        Assert.Contains(new FieldChange("FullName", null, "Zhanar Bekovna Abenova"), record.Fields);
    }

    [Fact]
    public async Task AnUpdateOfHiddenFieldsOnly_LeavesNoRecord()
    {
        var institution = new Institution { Name = "Shymkent University", Kind = InstitutionKind.University, CountryCode = "KZ" };
        await using (var db = store.NewContext())
        {
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var tracked = await db.Institutions.SingleAsync(i => i.Id == institution.Id);
            db.Entry(tracked).Property(i => i.Version).CurrentValue = Guid.NewGuid();
            await db.SaveChangesAsync();
        }

        Assert.Equal([ChangeKind.Created], (await HistoryOfAsync(nameof(Institution), institution.Id)).Select(h => h.Kind));
    }

    [Fact]
    public async Task AFailedSave_LeavesNeitherTheChangeNorItsRecord()
    {
        var institution = new Institution { Name = "Pavlodar Pedagogical University", Kind = InstitutionKind.University, CountryCode = "KZ" };
        await using (var db = store.NewContext())
        {
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
        }

        await using (var stale = store.NewContext())
        {
            var mine = await stale.Institutions.SingleAsync(i => i.Id == institution.Id);
            await using (var other = store.NewContext())
            {
                (await other.Institutions.SingleAsync(i => i.Id == institution.Id)).City = "Pavlodar";
                await other.SaveChangesAsync();
            }

            mine.City = "Павлодар";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
        }

        var history = await HistoryOfAsync(nameof(Institution), institution.Id);
        Assert.Equal([ChangeKind.Created, ChangeKind.Updated], history.Select(h => h.Kind));
        Assert.Equal(new FieldChange("City", null, "Pavlodar"), Assert.Single(history[1].Fields));
    }
}

public sealed class SqliteChangeHistoryTests(SqliteStore store) : ChangeHistoryTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresChangeHistoryTests(PostgresStore store) : ChangeHistoryTests(store), IClassFixture<PostgresStore>;
