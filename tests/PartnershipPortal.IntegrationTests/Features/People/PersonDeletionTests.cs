using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.People;

/// <summary>Administrators delete a person outright only when no visit, delegation, agreement or follow-up names them.</summary>
public abstract class PersonDeletionTests(TestStore store)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestUsers.InRoles("Arman Admin", PortalRoles.Administrator);

    private PersonEditor Editor => new(store.Contexts, new PersonInputValidator());

    [Fact]
    public async Task Delete_APersonOthersReferTo_IsRefusedNamingThem_AndKeepsThePerson()
    {
        var person = new Person { FullName = "Irgebayev Yernar", Position = "President" };
        var host = new Institution { Name = "Host of Yernar's visit", Kind = InstitutionKind.College, CountryCode = "CN" };
        var delegation = new Delegation { Title = "Delegation with Yernar" };
        delegation.AddMember(person);
        var visit = new Visit { Title = "Visit with Yernar", Direction = VisitDirection.Inbound, HostInstitution = host, Status = VisitStatus.Completed, Delegation = delegation };
        visit.Schedule(new DateOnly(2025, 5, 20), new DateOnly(2025, 5, 20));
        var agreement = new CooperationAgreement { Title = "Agreement Yernar answers for", Kind = AgreementKind.MemorandumOfUnderstanding, ResponsiblePerson = person };
        agreement.AddParty(host);
        var followUp = FollowUpAction.ForAgreement(agreement, "Send Yernar the draft");
        followUp.Owner = person;
        await using (var db = store.NewContext())
        {
            db.AddRange(visit, agreement, followUp);
            await db.SaveChangesAsync();
        }

        var outcome = await Editor.DeleteAsync(Admin, person.Id, person.Version);

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Equal(["1 visit, 1 agreement, 1 follow-up refer to this person — merge the record into another or archive it instead."], outcome.Errors![Deleting.Field]);
        await using var read = store.NewContext();
        Assert.True(await read.People.AnyAsync(p => p.Id == person.Id));
    }

    [Fact]
    public async Task Delete_APersonNothingRefersTo_RemovesThem_AndTheHistoryRecordsTheDeletion()
    {
        var created = await Editor.CreateAsync(TestUsers.InRoles("Aliya Office", PortalRoles.InternationalOffice), new PersonInput { FullName = "Entered By Mistake", Email = "mistake@example.kz" });

        var byOffice = await Editor.DeleteAsync(TestUsers.InRoles("Aliya Office", PortalRoles.InternationalOffice), created.Id, created.Version);
        var byAdmin = await Editor.DeleteAsync(Admin, created.Id, created.Version);

        Assert.Equal(SaveStatus.Forbidden, byOffice.Status);
        Assert.Equal(SaveStatus.Saved, byAdmin.Status);
        await using var db = store.NewContext();
        Assert.False(await db.People.AnyAsync(p => p.Id == created.Id));
        var deletion = await db.ChangeRecords.AsNoTracking()
            .SingleAsync(c => c.EntityType == nameof(Person) && c.EntityId == created.Id.ToString(CultureInfo.InvariantCulture) && c.Kind == ChangeKind.Deleted);
        Assert.Equal(("id-arman-admin", "Arman Admin"), (deletion.UserId, deletion.Actor));
        Assert.Contains(new FieldChange("FullName", "Entered By Mistake", null), deletion.Fields);
    }
}

public sealed class SqlitePersonDeletionTests(SqliteStore store) : PersonDeletionTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresPersonDeletionTests(PostgresStore store) : PersonDeletionTests(store), IClassFixture<PostgresStore>;
