using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Administration;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Administration;

/// <summary>The change history of one record and the filtered log, read from each store.</summary>
public abstract class ChangeHistoryServiceTests(TestStore store)
{
    private static readonly DateTimeOffset May31Late = new(2025, 5, 31, 23, 59, 59, TimeSpan.Zero);
    private static readonly DateTimeOffset June1Midnight = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset June2Late = new(2025, 6, 2, 23, 59, 59, TimeSpan.Zero);
    private static readonly DateTimeOffset June3Midnight = new(2025, 6, 3, 0, 0, 0, TimeSpan.Zero);

    private ChangeHistoryService Service => new(store.Contexts);

    /// <summary>Six changes by two people and an import; the ids they get are returned by their labels.</summary>
    private Task<Dictionary<string, long>> SeedAsync() => store.SeedOnceAsync("log", async db =>
    {
        var records = new Dictionary<string, ChangeRecord>(StringComparer.Ordinal)
        {
            ["a"] = Record(May31Late, "u-aigerim", "Aigerim", "Visit", "7", ChangeKind.Created, new FieldChange("Title", null, "Talks")),
            ["b"] = Record(June1Midnight, "u-aigerim", "Aigerim", "Visit", "7", ChangeKind.Updated, new FieldChange("Title", "Talks", "Talks in Xianyang")),
            ["c"] = Record(June1Midnight.AddHours(9), "u-olga", "Olga", "Institution", "3", ChangeKind.Updated, new FieldChange("City", "Almaty", "Astana")),
            ["d"] = Record(June2Late, null, "Nightly import", "Person", "12", ChangeKind.Created, new FieldChange("FullName", null, "Wu Xujin")),
            ["e"] = Record(June3Midnight, "u-olga", "Olga", "Visit", "7", ChangeKind.Updated, new FieldChange("Place", null, "Xianyang")),
            ["f"] = Record(June2Late, "u-aigerim", "Aigerim", "Visit", "8", ChangeKind.Deleted, new FieldChange("Title", "Old", null)),
        };
        db.ChangeRecords.AddRange(records.Values);
        await db.SaveChangesAsync();
        return records.ToDictionary(r => r.Key, r => r.Value.Id, StringComparer.Ordinal);
    });

    private static ChangeRecord Record(DateTimeOffset at, string? userId, string actor, string type, string id, ChangeKind kind, FieldChange field) =>
        new() { At = at, UserId = userId, Actor = actor, EntityType = type, EntityId = id, Kind = kind, Fields = [field] };

    private static List<string> Labels(IEnumerable<ChangeView> rows, Dictionary<string, long> ids) =>
        rows.Select(r => ids.Single(i => i.Value == r.Id).Key).ToList();

    [Fact]
    public async Task HistoryOf_ListsOneRecordsChanges_NewestFirst_WithTheirFields()
    {
        var ids = await SeedAsync();

        var history = await Service.HistoryOfAsync("Visit", "7");

        Assert.Equal(["e", "b", "a"], Labels(history, ids));
        Assert.Equal(
            new ChangeView(ids["b"], June1Midnight, "u-aigerim", "Aigerim", "Visit", "7", ChangeKind.Updated, []) with { Fields = history[1].Fields },
            history[1]);
        Assert.Equal([new FieldChange("Title", "Talks", "Talks in Xianyang")], history[1].Fields);
    }

    [Theory]
    [InlineData("u-olga", null, null, null, "e,c")]
    [InlineData(null, "Visit", null, null, "e,f,b,a")]
    [InlineData(null, null, "2025-06-01", "2025-06-02", "f,d,c,b")]
    [InlineData("u-aigerim", "Visit", "2025-06-01", null, "f,b")]
    [InlineData(null, null, null, "2025-05-31", "a")]
    [InlineData("u-nobody", null, null, null, "")]
    public async Task List_FiltersByUserTypeAndUtcDays_NewestFirst(string? user, string? type, string? from, string? to, string expected)
    {
        var ids = await SeedAsync();
        var filter = new ChangeLogFilter(user, type, from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        var page = await Service.ListAsync(filter, new ListRequest());

        Assert.Equal(expected, string.Join(",", Labels(page.Items, ids)));
        Assert.Equal(page.Items.Count, page.TotalCount);
    }

    [Fact]
    public async Task List_ReadsOnePageInTheStore()
    {
        var ids = await SeedAsync();

        var second = await Service.ListAsync(new ChangeLogFilter(), new ListRequest(Page: 2, PageSize: 4));

        Assert.Equal(["b", "a"], Labels(second.Items, ids));
        Assert.Equal((6, 2, 4), (second.TotalCount, second.PageNumber, second.PageSize));
    }

    [Fact]
    public async Task RecordTypes_AreTheTypesInTheLog_InOrder()
    {
        await SeedAsync();

        Assert.Equal(["Institution", "Person", "Visit"], await Service.RecordTypesAsync());
    }
}

public sealed class SqliteChangeHistoryServiceTests(SqliteStore store) : ChangeHistoryServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresChangeHistoryServiceTests(PostgresStore store) : ChangeHistoryServiceTests(store), IClassFixture<PostgresStore>;
