using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;

namespace PartnershipPortal.UnitTests.Demo;

public sealed class DemoSpreadTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void Build_OnTheSameDay_GivesTheSameData()
    {
        var first = DemoSpread.Build(Today);
        var second = DemoSpread.Build(Today);

        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void Build_OnALaterDay_MovesTheSpreadWithTheClock_ButNotTheReferenceVisit()
    {
        var now = DemoSpread.Build(Today);
        var later = DemoSpread.Build(Today.AddDays(100));

        Assert.Equal(ReferenceVisit.Date, later.Reference.Visit.StartDate);
        Assert.Equal(
            now.Visits.Skip(1).Select(v => v.StartDate.AddDays(100)),
            later.Visits.Skip(1).Select(v => v.StartDate));
        Assert.Equal(
            now.Agreements.Select(a => a.ExpiresOn?.AddDays(100)),
            later.Agreements.Select(a => a.ExpiresOn));
    }

    [Fact]
    public void Build_StartsFromTheReferenceVisit_AndAddsItOnce()
    {
        var spread = DemoSpread.Build(Today);

        Assert.Same(spread.Reference.Visit, spread.Visits[0]);
        Assert.Single(spread.Visits, v => v.Title == ReferenceVisit.VisitTitle);
        Assert.Single(spread.Institutions, i => i.IsHome);
        Assert.Equal(spread.People.Count, spread.People.Distinct().Count());
        Assert.Equal(spread.Institutions.Count, spread.Institutions.Distinct().Count());
    }

    private static List<string> Describe(DemoSpread spread) =>
    [
        .. spread.Institutions.Select(i => $"{i.Name}|{i.Kind}|{i.CountryCode}|{i.RelationshipStatus}|{i.Units.Count}"),
        .. spread.People.Select(p => $"{p.FullName}|{p.Position}|{p.Institution?.Name}"),
        .. spread.Visits.Select(v =>
            $"{v.Title}|{v.StartDate}|{v.EndDate}|{v.Status}|{v.Direction}|{v.Delegation?.DeclaredSize}"
            + $"|{string.Join(",", v.Delegation?.Members.Select(m => m.Person!.FullName) ?? [])}"
            + $"|{string.Join(",", v.Hosts.Select(h => h.Person?.FullName ?? h.RoleDescription))}"
            + $"|{string.Join(",", v.AgendaItems.Select(a => $"{a.Date}/{a.Title}"))}"
            + $"|{string.Join(",", v.FieldsOfInterest.Select(f => f.IscedCode))}|{v.Summary}"),
        .. spread.Agreements.Select(a => $"{a.Title}|{a.Status}|{a.SignedOn}|{a.ExpiresOn}|{a.Visits.Count}"),
        .. spread.FollowUps.Select(f => $"{f.Title}|{f.DueOn}|{f.Status}|{f.CompletedAt}|{f.Owner!.FullName}"),
    ];
}
