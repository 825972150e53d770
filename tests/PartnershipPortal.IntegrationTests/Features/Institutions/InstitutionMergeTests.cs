using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Institutions;

public abstract class InstitutionMergeTests(TestStore store)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestUsers.InRoles("Arman Admin", PortalRoles.Administrator);

    [Fact]
    public async Task Merge_MovesEverythingOntoTheKeptRecord_KeepsSharedLinksOnce_AndLeavesNoOrphan()
    {
        var graph = ReferenceVisit.Create();
        var duplicate = new Institution { Name = "Eurasian Resources Group JSC", Acronym = "ERG", Kind = InstitutionKind.Company, CountryCode = "KZ" };
        duplicate.AddUnit("Training Centre", UnitKind.Centre);
        var branch = new Institution { Name = "ERG Education Branch", Kind = InstitutionKind.Other, CountryCode = "KZ" };
        branch.SetParent(duplicate);
        var contact = new Person { FullName = "Aigerim Saparova", Institution = duplicate };
        graph.Delegation.Represent(duplicate);
        var agreement = new CooperationAgreement { Title = "Memorandum with ERG", Kind = AgreementKind.MemorandumOfUnderstanding };
        agreement.AddParty(graph.Xypi);
        agreement.AddParty(graph.Erg);
        agreement.AddParty(duplicate);
        var hosted = new Visit { Title = "Outbound visit to ERG", Direction = VisitDirection.Outbound, HostInstitution = duplicate, Status = VisitStatus.Planned };
        hosted.Schedule(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3));
        await using (var db = store.NewContext())
        {
            db.Visits.AddRange(graph.Visit, hosted);
            db.Institutions.Add(branch);
            db.People.Add(contact);
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
        }

        var intoItself = await new InstitutionMerge(store.Contexts).MergeAsync(Admin, duplicate.Id, duplicate.Id);
        var byOffice = await new InstitutionMerge(store.Contexts).MergeAsync(TestUsers.InRoles("Aliya Office", PortalRoles.InternationalOffice), duplicate.Id, graph.Erg.Id);
        var merged = await new InstitutionMerge(store.Contexts).MergeAsync(Admin, duplicate.Id, graph.Erg.Id);

        Assert.Equal(["An institution cannot be merged into itself; choose the record to keep."], intoItself.Errors!["KeepId"]);
        Assert.Equal(SaveStatus.Forbidden, byOffice.Status);
        Assert.True(merged.Succeeded);
        await using var read = store.NewContext();
        var id = duplicate.Id;
        Assert.False(await read.Institutions.AnyAsync(i => i.Id == id));
        Assert.False(await read.Units.AnyAsync(u => u.InstitutionId == id));
        Assert.False(await read.People.AnyAsync(p => p.InstitutionId == id));
        Assert.False(await read.Institutions.AnyAsync(i => i.ParentId == id));
        Assert.False(await read.Visits.AnyAsync(v => v.HostInstitutionId == id));
        Assert.False(await read.Set<DelegationInstitution>().AnyAsync(d => d.InstitutionId == id));
        Assert.False(await read.Set<AgreementParty>().AnyAsync(p => p.InstitutionId == id));
        Assert.Equal(["Training Centre"], await read.Units.Where(u => u.InstitutionId == graph.Erg.Id).Select(u => u.Name).ToListAsync());
        Assert.Equal(graph.Erg.Id, (await read.People.SingleAsync(p => p.Id == contact.Id)).InstitutionId);
        Assert.Equal(graph.Erg.Id, (await read.Institutions.SingleAsync(i => i.Id == branch.Id)).ParentId);
        Assert.Equal(graph.Erg.Id, (await read.Visits.SingleAsync(v => v.Id == hosted.Id)).HostInstitutionId);
        Assert.Equal(1, await read.Set<DelegationInstitution>().CountAsync(d => d.DelegationId == graph.Delegation.Id && d.InstitutionId == graph.Erg.Id));
        Assert.Equal(2, await read.Set<AgreementParty>().CountAsync(p => p.AgreementId == agreement.Id));
        var deletion = await read.ChangeRecords.AsNoTracking().SingleAsync(c => c.EntityType == nameof(Institution) && c.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && c.Kind == ChangeKind.Deleted);
        Assert.Equal("Arman Admin", deletion.Actor);
    }
}

public sealed class SqliteInstitutionMergeTests(SqliteStore store) : InstitutionMergeTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresInstitutionMergeTests(PostgresStore store) : InstitutionMergeTests(store), IClassFixture<PostgresStore>;
