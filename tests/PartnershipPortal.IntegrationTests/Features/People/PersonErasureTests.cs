using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.People;

public abstract class PersonErasureTests(TestStore store)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestUsers.InRoles("Arman Admin", PortalRoles.Administrator);
    private static readonly System.Security.Claims.ClaimsPrincipal Office = TestUsers.InRoles("Aliya Office", PortalRoles.InternationalOffice);

    [Fact]
    public async Task Erase_LeavesNoTraceOfTheNameInTheRecordOrItsHistory_ButKeepsTheFacts()
    {
        var graph = ReferenceVisit.Create();
        await using (var db = store.NewContext())
        {
            db.Visits.Add(graph.Visit);
            await db.SaveChangesAsync();
        }

        var safin = graph.NamedMembers[3];
        var editor = new PersonEditor(store.Contexts, new PersonInputValidator());
        var edit = await editor.GetForEditAsync(safin.Id);
        edit!.Value.Input.Email = "e.safin@example.kz";
        edit.Value.Input.Phone = "+7 7132 000000";
        Assert.True((await editor.UpdateAsync(Office, safin.Id, edit.Value.Version, edit.Value.Input)).Succeeded);

        var refused = await new PersonErasure(store.Contexts).EraseAsync(Office, safin.Id);
        var erased = await new PersonErasure(store.Contexts).EraseAsync(Admin, safin.Id);

        Assert.Equal(SaveStatus.Forbidden, refused.Status);
        Assert.True(erased.Succeeded);
        await using var read = store.NewContext();
        var person = await read.People.AsNoTracking().SingleAsync(p => p.Id == safin.Id);
        Assert.Equal(("[erased]", (string?)null, (string?)null, "Vice President"), (person.FullName, person.Email, person.Phone, person.Position));
        Assert.DoesNotContain("safin", person.SearchText, StringComparison.OrdinalIgnoreCase);
        var history = await read.ChangeRecords.AsNoTracking().Where(c => c.EntityType == nameof(Person) && c.EntityId == safin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync();
        Assert.Equal(3, history.Count);
        var values = history.SelectMany(h => h.Fields).SelectMany(f => new[] { f.Old, f.New }).Where(v => v is not null).ToList();
        Assert.DoesNotContain(values, v => v!.Contains("Safin", StringComparison.OrdinalIgnoreCase) || v.Contains("example.kz", StringComparison.Ordinal) || v.Contains("7132", StringComparison.Ordinal));
        Assert.Contains("Vice President", values);
        var delegation = await read.Delegations.AsNoTracking().Include(d => d.Members).SingleAsync(d => d.Id == graph.Delegation.Id);
        Assert.Equal(15, delegation.DeclaredSize);
        Assert.Contains(delegation.Members, m => m.PersonId == safin.Id);
    }
}

public sealed class SqlitePersonErasureTests(SqliteStore store) : PersonErasureTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresPersonErasureTests(PostgresStore store) : PersonErasureTests(store), IClassFixture<PostgresStore>;
