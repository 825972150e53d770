using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Reference;

namespace PartnershipPortal.IntegrationTests.Demo;

/// <summary>The spread around the reference visit: variety, dates relative to the fake clock, and the model's rules kept.</summary>
public abstract partial class DemoDataLoaderTests
{
    private DateOnly Today => DateOnly.FromDateTime(store.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Spread_HasInstitutionsInTwelveCountries_OfEveryKindAndRelationshipStatus()
    {
        await LoadOnceAsync();
        await using var db = store.NewContext();
        var institutions = await db.Institutions.AsNoTracking().ToListAsync();

        Assert.True(institutions.Select(i => i.CountryCode).Distinct().Count() >= 12);
        Assert.All(institutions, i => Assert.True(Countries.IsValid(i.CountryCode), i.CountryCode));
        Assert.Equal(Enum.GetValues<InstitutionKind>(), institutions.Select(i => i.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<RelationshipStatus>(), institutions.Select(i => i.RelationshipStatus).Distinct().Order());
        Assert.Contains(institutions, i => i.IsArchived);
        Assert.Single(institutions, i => i.IsHome);
        Assert.All(institutions.Where(i => i.Website is not null), i => Assert.StartsWith("https://", i.Website, StringComparison.Ordinal));
        Assert.Equal(institutions.Count, institutions.Select(i => i.Name).Distinct().Count());
    }

    [Fact]
    public async Task Spread_HomeInstitution_HasMoreSchoolsAndFacilities_AndNamedDeans()
    {
        await LoadOnceAsync();
        await using var db = store.NewContext();
        var home = await db.Institutions.AsNoTracking().Include(i => i.Units).ThenInclude(u => u.Facilities).SingleAsync(i => i.IsHome);
        var staff = await db.People.AsNoTracking().Where(p => p.InstitutionId == home.Id).ToListAsync();
        var deans = staff.Where(p => p.Position!.StartsWith("Dean, ", StringComparison.Ordinal)).ToList();

        Assert.Contains(home.Units, u => u.Name == "School of Mechanical Engineering");
        Assert.Contains(home.Units, u => u.Name == "School of Information Engineering");
        Assert.True(home.Units.SelectMany(u => u.Facilities).Count() > 3);
        Assert.Equal(home.Units.Count(u => u.Kind == UnitKind.School), deans.Select(d => d.UnitId).Distinct().Count());
    }

    [Fact]
    public async Task Spread_VisitsCoverEveryStatusAndBothDirections_OverThreeYearsAroundToday()
    {
        await LoadOnceAsync();
        await using var db = store.NewContext();
        var visits = await db.Visits.AsNoTracking().ToListAsync();
        var spread = visits.Where(v => v.Title != Core.Features.Demo.ReferenceVisit.VisitTitle).ToList();

        Assert.Equal(Enum.GetValues<VisitStatus>(), visits.Select(v => v.Status).Distinct().Order());
        Assert.Equal(Enum.GetValues<VisitDirection>(), visits.Select(v => v.Direction).Distinct().Order());
        Assert.Contains(visits, v => v.StartDate > Today && v.Status is VisitStatus.Planned or VisitStatus.Confirmed);
        Assert.Contains(visits, v => v.StartDate > Today && v.Status == VisitStatus.Cancelled);
        Assert.All(spread, v => Assert.InRange(v.StartDate, Today.AddYears(-2), Today.AddYears(1)));
        Assert.All(visits.Where(v => v.EndDate < Today), v => Assert.Contains(v.Status, new[] { VisitStatus.Completed, VisitStatus.Cancelled }));
        Assert.All(visits.Where(v => v.StartDate > Today), v => Assert.NotEqual(VisitStatus.Completed, v.Status));
        Assert.All(visits, v => Assert.NotNull(TimeZoneInfo.FindSystemTimeZoneById(v.TimeZoneId)));
    }

    [Fact]
    public async Task Spread_InboundVisitsTourHomeFacilities_AndOutboundDelegationsAreHomeStaffHostedByPartners()
    {
        await LoadOnceAsync();
        await using var db = store.NewContext();
        var visits = await db.Visits.AsNoTracking()
            .Include(v => v.HostInstitution)
            .Include(v => v.AgendaItems).ThenInclude(a => a.Facility!).ThenInclude(f => f.Unit!).ThenInclude(u => u.Institution)
            .Include(v => v.Delegation!).ThenInclude(d => d.Members).ThenInclude(m => m.Person)
            .Include(v => v.Hosts).ThenInclude(h => h.Person)
            .AsSplitQuery()
            .ToListAsync();

        var inbound = visits.Where(v => v.Direction == VisitDirection.Inbound).ToList();
        Assert.All(inbound, v => Assert.True(v.HostInstitution!.IsHome));
        Assert.All(inbound, v => Assert.Contains(v.AgendaItems, a => a.Kind == AgendaItemKind.FacilityTour && a.Facility!.Unit!.Institution!.IsHome));
        var outbound = visits.Where(v => v.Direction == VisitDirection.Outbound).ToList();
        Assert.All(outbound, v => Assert.False(v.HostInstitution!.IsHome));
        var homeId = inbound[0].HostInstitutionId;
        Assert.All(outbound, v => Assert.All(v.Delegation!.Members, m => Assert.Equal(homeId, m.Person!.InstitutionId)));
        Assert.All(visits, v => Assert.Contains(v.Hosts, h => h.PersonId is not null));
        Assert.Contains(visits, v => v.Hosts.Any(h => h.PersonId is null && h.RoleDescription is not null));
        Assert.All(visits, v => Assert.All(v.AgendaItems, a => Assert.InRange(a.Date, v.StartDate, v.EndDate)));
    }

    [Fact]
    public async Task Spread_EveryDelegationDeclaresAtLeastItsNamedMembers()
    {
        await LoadOnceAsync();
        await using var db = store.NewContext();
        var delegations = await db.Delegations.AsNoTracking()
            .Select(d => new { d.DeclaredSize, Named = d.Members.Count, Represented = d.Institutions.Count })
            .ToListAsync();

        Assert.Equal(60, delegations.Count);
        Assert.All(delegations, d => Assert.True(d.DeclaredSize >= d.Named, $"{d.DeclaredSize} declared, {d.Named} named"));
        Assert.All(delegations, d => Assert.True(d.Named >= 1 && d.Represented >= 1));
    }

    [Fact]
    public async Task Spread_EveryFieldOfInterestAndAgreementField_IsADetailedIscedCode()
    {
        await LoadOnceAsync();
        await using var db = store.NewContext();
        var codes = await db.Set<VisitFieldOfInterest>().Select(f => f.IscedCode)
            .Concat(db.Set<AgreementField>().Select(f => f.IscedCode))
            .ToListAsync();

        Assert.True(codes.Count > 60);
        Assert.All(codes, code => Assert.True(IscedCatalog.IsDetailed(code), code));
    }

    [Fact]
    public async Task Spread_AgreementsCoverEveryStatusAndKind_EachWithTwoDistinctParties()
    {
        await LoadOnceAsync();
        await using var db = store.NewContext();
        var agreements = await db.Agreements.AsNoTracking()
            .Include(a => a.Parties).ThenInclude(p => p.Institution)
            .Include(a => a.ResponsibleUnit).ThenInclude(u => u!.Institution)
            .AsSplitQuery()
            .ToListAsync();

        Assert.Equal(Enum.GetValues<AgreementStatus>(), agreements.Select(a => a.Status).Distinct().Order());
        Assert.Equal(Enum.GetValues<AgreementKind>(), agreements.Select(a => a.Kind).Distinct().Order());
        Assert.All(agreements, a => Assert.True(a.Parties.Select(p => p.InstitutionId).Distinct().Count() >= 2, a.Title));
        Assert.All(agreements, a => Assert.Contains(a.Parties, p => p.Institution!.IsHome));
        Assert.All(agreements, a => Assert.True(a.ResponsibleUnit!.Institution!.IsHome));
        Assert.Contains(agreements, a => a.Parties.Count >= 3 && a.Parties.Any(p => p.Institution!.Kind == InstitutionKind.Company));
    }

    [Fact]
    public async Task Spread_AgreementDatesAgreeWithTheirStatus_RelativeToToday()
    {
        await LoadOnceAsync();
        await using var db = store.NewContext();
        var agreements = await db.Agreements.AsNoTracking().ToListAsync();
        var active = agreements.Where(a => a.Status == AgreementStatus.Active).ToList();

        Assert.True(active.Count(a => a.ExpiresOn <= Today.AddDays(180)) >= 3);
        Assert.Contains(active, a => a.ExpiresOn <= Today.AddDays(30));
        Assert.All(active, a => Assert.True(a.SignedOn <= Today && a.EffectiveOn <= Today && a.ExpiresOn > Today, a.Title));
        Assert.All(agreements.Where(a => a.Status == AgreementStatus.Expired), a => Assert.True(a.ExpiresOn < Today, a.Title));
        Assert.All(agreements.Where(a => a.Status == AgreementStatus.Signed), a => Assert.True(a.SignedOn <= Today && a.EffectiveOn > Today, a.Title));
        Assert.All(agreements.Where(a => a.Status is AgreementStatus.Draft or AgreementStatus.UnderNegotiation), a => Assert.Null(a.SignedOn));
        var renewed = agreements.Where(a => a.Status == AgreementStatus.Renewed).ToList();
        Assert.NotEmpty(renewed);
        Assert.All(renewed, r => Assert.Single(agreements, a => a.RenewsAgreementId == r.Id));
    }

    [Fact]
    public async Task Spread_FollowUpsCoverEveryStatus_SomeOverdue_DoneOnesCompleted()
    {
        await LoadOnceAsync();
        await using var db = store.NewContext();
        var followUps = await db.FollowUps.AsNoTracking().Include(f => f.Owner!).ThenInclude(o => o.Institution).ToListAsync();

        Assert.Equal(Enum.GetValues<FollowUpStatus>(), followUps.Select(f => f.Status).Distinct().Order());
        Assert.Contains(followUps, f => f.Status == FollowUpStatus.Open && f.DueOn < Today);
        Assert.Contains(followUps, f => f.VisitId is not null);
        Assert.Contains(followUps, f => f.AgreementId is not null);
        Assert.All(followUps, f => Assert.True(f.Owner!.Institution!.IsHome, f.Title));
        Assert.All(followUps.Where(f => f.Status == FollowUpStatus.Done), f => Assert.True(f.CompletedAt <= store.Clock.GetUtcNow(), f.Title));
        Assert.All(followUps.Where(f => f.Status != FollowUpStatus.Done), f => Assert.Null(f.CompletedAt));
    }
}
