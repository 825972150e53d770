using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.People;

public abstract class PersonMergeTests(TestStore store)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestUsers.InRoles("Arman Admin", PortalRoles.Administrator);

    [Fact]
    public async Task Merge_MovesMembershipsHostingQuotesAndDuties_AndLeavesNoOrphan()
    {
        var graph = ReferenceVisit.Create();
        var wu = graph.WuXujin;
        var twin = new Person { FullName = "WU Xujin", Position = "Vice-President", Institution = graph.Xypi };
        graph.Visit.AddHost(twin, unit: null, leads: false);
        graph.Delegation.AddMember(twin);
        graph.Visit.AddQuotation("Welcome to Xianyang.", twin);
        var followUp = FollowUpAction.ForVisit(graph.Visit, "Thank the delegation");
        followUp.Owner = twin;
        var agreement = new CooperationAgreement { Title = "Memorandum signed by the twin", Kind = AgreementKind.MemorandumOfUnderstanding };
        agreement.AddParty(graph.Xypi).Signatories.Add(new AgreementSignatory { Person = twin, Position = "Vice-President" });
        agreement.AddParty(graph.Erg);
        await using (var db = store.NewContext())
        {
            db.Visits.Add(graph.Visit);
            db.FollowUps.Add(followUp);
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
        }

        var intoItself = await new PersonMerge(store.Contexts).MergeAsync(Admin, twin.Id, twin.Id);
        var byViewer = await new PersonMerge(store.Contexts).MergeAsync(TestUsers.InRoles("Vera Viewer", PortalRoles.Viewer), twin.Id, wu.Id);
        var merged = await new PersonMerge(store.Contexts).MergeAsync(Admin, twin.Id, wu.Id);

        Assert.Equal(["A person cannot be merged into themselves; choose the record to keep."], intoItself.Errors!["KeepId"]);
        Assert.Equal(SaveStatus.Forbidden, byViewer.Status);
        Assert.True(merged.Succeeded);
        await using var read = store.NewContext();
        var id = twin.Id;
        Assert.False(await read.People.AnyAsync(p => p.Id == id));
        Assert.False(await read.Set<DelegationMember>().AnyAsync(m => m.PersonId == id));
        Assert.False(await read.Set<VisitHost>().AnyAsync(h => h.PersonId == id));
        Assert.False(await read.FollowUps.AnyAsync(f => f.OwnerPersonId == id));
        Assert.Equal([(int?)wu.Id], await read.Set<AgreementSignatory>()
            .Where(s => read.Set<AgreementParty>().Any(p => p.Id == s.AgreementPartyId && p.AgreementId == agreement.Id)).Select(s => s.PersonId).ToListAsync());
        Assert.Equal(2, await read.Set<VisitHost>().CountAsync(h => h.VisitId == graph.Visit.Id && h.PersonId == wu.Id));
        Assert.Equal(1, await read.Set<DelegationMember>().CountAsync(m => m.DelegationId == graph.Delegation.Id && m.PersonId == wu.Id));
        Assert.Equal(wu.Id, (await read.FollowUps.SingleAsync(f => f.Id == followUp.Id)).OwnerPersonId);
        Assert.Equal([wu.Id, wu.Id], await read.Set<Quotation>().Where(q => q.VisitId == graph.Visit.Id).Select(q => q.SpeakerPersonId).ToListAsync());
        Assert.True(await read.ChangeRecords.AnyAsync(c => c.EntityType == nameof(Person) && c.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && c.Kind == ChangeKind.Deleted));
    }
}

public sealed class SqlitePersonMergeTests(SqliteStore store) : PersonMergeTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresPersonMergeTests(PostgresStore store) : PersonMergeTests(store), IClassFixture<PostgresStore>;
