using PartnershipPortal.Core.Features.FollowUps;
using PartnershipPortal.Web.Features.FollowUps;

namespace PartnershipPortal.ComponentTests.FollowUps;

/// <summary>The filters of /follow-ups survive the trip through the address, and a hand-edited address never fails.</summary>
public sealed class FollowUpQueryTests
{
    private static Dictionary<string, object?> Address(FollowUpQuery query) => query.Parameters.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public void EmptyAddress_MeansMyOpenFollowUps_AndWritesNothingBack()
    {
        var query = FollowUpQuery.From(null, null, null, null, null, null);

        Assert.Equal(new FollowUpFilter(), query.ToFilter());
        Assert.All(Address(query).Values, Assert.Null);
    }

    [Fact]
    public void EveryFilter_IsReadFromTheAddress_AndWrittenBackTheSameWay()
    {
        var query = FollowUpQuery.From("ALL", "Done", true, "agreements", new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30));

        Assert.Equal(
            new FollowUpFilter(FollowUpScope.All, FollowUpStatusFilter.Done, true, new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30), FollowUpSubjectKind.Agreement),
            query.ToFilter());
        Assert.Equal(
            new Dictionary<string, object?> { ["scope"] = "all", ["status"] = "done", ["overdue"] = "true", ["subject"] = "agreements", ["from"] = "2025-06-01", ["to"] = "2025-06-30" },
            Address(query));
    }

    [Theory]
    [InlineData("all", FollowUpStatusFilter.All)]
    [InlineData("cancelled", FollowUpStatusFilter.Cancelled)]
    [InlineData("open", FollowUpStatusFilter.Open)]
    [InlineData("finished", FollowUpStatusFilter.Open)]
    public void Status_IsOneOfTheKnownValues_OrOpen(string status, FollowUpStatusFilter expected) =>
        Assert.Equal(expected, FollowUpQuery.From(null, status, null, null, null, null).ToFilter().Status);

    [Fact]
    public void UnknownScopeOrSubject_FallsBackToMineAndAnySubject()
    {
        var filter = FollowUpQuery.From("everyone", null, false, "people", null, null).ToFilter();

        Assert.Equal((FollowUpScope.Mine, (FollowUpSubjectKind?)null), (filter.Scope, filter.Subject));
    }
}
