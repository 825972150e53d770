using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.People;

public abstract class PersonEditorTests(TestStore store)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Office = TestUsers.InRoles("Aliya Office", PortalRoles.InternationalOffice);

    private PersonEditor Editor => new(store.Contexts, new PersonInputValidator());

    private async Task<(int InstitutionId, int UnitId, int OtherUnitId)> InstitutionAsync(string name)
    {
        var institution = new Institution { Name = name, Kind = InstitutionKind.University, CountryCode = "KZ" };
        var unit = institution.AddUnit("Faculty of Mining", UnitKind.Faculty);
        var other = new Institution { Name = name + " Branch", Kind = InstitutionKind.College, CountryCode = "KZ" };
        var otherUnit = other.AddUnit("Office of Admissions", UnitKind.Office);
        await using var db = store.NewContext();
        db.Institutions.AddRange(institution, other);
        await db.SaveChangesAsync();
        return (institution.Id, unit.Id, otherUnit.Id);
    }

    [Fact]
    public async Task Create_KeepsTheNameExactlyAsWritten()
    {
        var (institutionId, unitId, _) = await InstitutionAsync("Aktobe Regional University");
        var input = new PersonInput { FullName = "Erlan Nursultanovich Safin", OriginalScriptName = "Ерлан Нурсултанович Сафин", Position = "Vice President", InstitutionId = institutionId, UnitId = unitId, Email = "e.safin@example.kz" };

        var outcome = await Editor.CreateAsync(Office, input);

        Assert.True(outcome.Succeeded);
        await using var db = store.NewContext();
        var stored = await db.People.AsNoTracking().SingleAsync(p => p.Id == outcome.Id);
        Assert.Equal(("Erlan Nursultanovich Safin", "Ерлан Нурсултанович Сафин", unitId), (stored.FullName, stored.OriginalScriptName, stored.UnitId));
    }

    [Fact]
    public async Task Create_WithAUnitOfAnotherInstitution_IsRefusedBesideTheUnit()
    {
        var (institutionId, _, otherUnitId) = await InstitutionAsync("Karaganda Industrial University");

        var outcome = await Editor.CreateAsync(Office, new PersonInput { FullName = "Dana Serikovna", InstitutionId = institutionId, UnitId = otherUnitId });

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Equal(["Choose a unit of the person's institution."], outcome.Errors!["UnitId"]);
    }

    [Fact]
    public async Task Duplicates_AreTheSameNameAtTheSameInstitution_OrTheSameEmail()
    {
        var (institutionId, _, _) = await InstitutionAsync("Atyrau Oil and Gas University");
        var first = await Editor.CreateAsync(Office, new PersonInput { FullName = "Mashekenova Assiya", Position = "Vice President", InstitutionId = institutionId, Email = "assiya@example.kz" });

        var sameName = await Editor.FindDuplicatesAsync(new PersonInput { FullName = "  MASHEKENOVA   Assiya. ", InstitutionId = institutionId });
        var sameEmail = await Editor.FindDuplicatesAsync(new PersonInput { FullName = "A. Mashekenova", Email = "ASSIYA@example.kz" });
        var elsewhere = await Editor.FindDuplicatesAsync(new PersonInput { FullName = "Mashekenova Assiya", InstitutionId = institutionId + 1 });
        var itself = await Editor.FindDuplicatesAsync(new PersonInput { FullName = "Mashekenova Assiya", InstitutionId = institutionId }, first.Id);

        Assert.Equal([new PersonLink(first.Id, "Mashekenova Assiya", "Vice President")], sameName);
        Assert.Equal([first.Id], sameEmail.Select(p => p.Id));
        Assert.Empty(elsewhere);
        Assert.Empty(itself);
    }

    [Fact]
    public async Task Duplicates_WhenEditing_AreOtherPeopleWithTheNewNameOrEmail_NeverThePersonThemself()
    {
        var (institutionId, _, _) = await InstitutionAsync("Shymkent Pedagogical University");
        var first = await Editor.CreateAsync(Office, new PersonInput { FullName = "Aigerim Saparova", Position = "Rector", InstitutionId = institutionId, Email = "rector@example.kz" });
        var edited = new PersonInput { FullName = "Aigerim Saparova-Ten", InstitutionId = institutionId, Email = "a.ten@example.kz" };
        var second = await Editor.CreateAsync(Office, edited);

        edited.FullName = "AIGERIM SAPAROVA";
        var renamedLikeTheFirst = await Editor.FindDuplicatesAsync(edited, second.Id);
        edited.FullName = "Aigerim Saparova-Ten";
        edited.Email = "Rector@Example.kz";
        var emailLikeTheFirst = await Editor.FindDuplicatesAsync(edited, second.Id);
        edited.Email = "a.ten@example.kz";
        var unchanged = await Editor.FindDuplicatesAsync(edited, second.Id);

        Assert.Equal([new PersonLink(first.Id, "Aigerim Saparova", "Rector")], renamedLikeTheFirst);
        Assert.Equal([first.Id], emailLikeTheFirst.Select(p => p.Id));
        Assert.Empty(unchanged);
    }

    [Fact]
    public async Task Archive_KeepsThePersonReadable_AndIsRefusedToAViewer()
    {
        var created = await Editor.CreateAsync(Office, new PersonInput { FullName = "Ruslan Ismukhambetov", Position = "Project Head" });

        var refused = await Editor.SetArchivedAsync(TestUsers.InRoles("Vera Viewer", PortalRoles.Viewer), created.Id, created.Version, archived: true);
        var archived = await Editor.SetArchivedAsync(Office, created.Id, created.Version, archived: true);

        Assert.Equal(SaveStatus.Forbidden, refused.Status);
        Assert.True(archived.Succeeded);
        var profile = await new PersonService(store.Contexts).GetAsync(created.Id);
        Assert.Equal(("Ruslan Ismukhambetov", true), (profile!.FullName, profile.IsArchived));
    }

    [Fact]
    public async Task Create_ByAViewer_IsRefused()
    {
        var outcome = await Editor.CreateAsync(TestUsers.InRoles("Vera Viewer", PortalRoles.Viewer), new PersonInput { FullName = "Refused Person" });

        Assert.Equal(SaveStatus.Forbidden, outcome.Status);
    }
}

public sealed class SqlitePersonEditorTests(SqliteStore store) : PersonEditorTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresPersonEditorTests(PostgresStore store) : PersonEditorTests(store), IClassFixture<PostgresStore>;
