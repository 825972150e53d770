using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Institutions;

/// <summary>Administrators delete institutions, units and facilities outright only when nothing refers to them.</summary>
public abstract class DirectoryDeletionTests(TestStore store)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestUsers.InRoles("Arman Admin", PortalRoles.Administrator);
    private static readonly System.Security.Claims.ClaimsPrincipal Office = TestUsers.InRoles("Aliya Office", PortalRoles.InternationalOffice);

    private InstitutionEditor Institutions => new(store.Contexts, new InstitutionInputValidator());

    private UnitEditor Units => new(store.Contexts, new UnitInputValidator(), new FacilityInputValidator());

    private static Visit VisitTo(Institution host, string title)
    {
        var visit = new Visit { Title = title, Direction = VisitDirection.Outbound, HostInstitution = host, Status = VisitStatus.Planned };
        visit.Schedule(new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 2));
        return visit;
    }

    private async Task SaveAsync(params object[] records)
    {
        await using var db = store.NewContext();
        db.AddRange(records);
        await db.SaveChangesAsync();
    }

    private async Task<List<(string Type, string Id, string Actor)>> DeletionsAsync(params (string Type, int Id)[] records)
    {
        await using var db = store.NewContext();
        var history = await db.ChangeRecords.AsNoTracking().Where(c => c.Kind == ChangeKind.Deleted).ToListAsync();
        var wanted = records.Select(r => (r.Type, r.Id.ToString(CultureInfo.InvariantCulture))).ToHashSet();
        return history.Where(c => wanted.Contains((c.EntityType, c.EntityId))).Select(c => (c.EntityType, c.EntityId, c.Actor)).ToList();
    }

    [Fact]
    public async Task DeleteInstitution_ThatOthersReferTo_IsRefusedNamingThem_AndDeletesNothing()
    {
        var institution = new Institution { Name = "Referenced Polytechnic", Kind = InstitutionKind.University, CountryCode = "KZ" };
        var unit = institution.AddUnit("School of Energy", UnitKind.School);
        var partner = new Institution { Name = "Partner of Referenced Polytechnic", Kind = InstitutionKind.University, CountryCode = "CN" };
        var party = new CooperationAgreement { Title = "Memorandum with Referenced Polytechnic", Kind = AgreementKind.MemorandumOfUnderstanding };
        party.AddParty(institution);
        var ledByItsUnit = new CooperationAgreement { Title = "Agreement led by the School of Energy", Kind = AgreementKind.MemorandumOfUnderstanding, ResponsibleUnit = unit };
        ledByItsUnit.AddParty(partner);
        await SaveAsync(VisitTo(institution, "First visit to Referenced Polytechnic"), VisitTo(institution, "Second visit to Referenced Polytechnic"),
            VisitTo(partner, "Visit elsewhere"), party, ledByItsUnit, new Person { FullName = "Gulnara Referenced", Institution = institution });

        var outcome = await Institutions.DeleteAsync(Admin, institution.Id, institution.Version);

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Equal(["2 visits, 2 agreements, 1 person refer to this institution — merge it into another record or archive it instead."], outcome.Errors![Deleting.Field]);
        await using var db = store.NewContext();
        Assert.True(await db.Institutions.AnyAsync(i => i.Id == institution.Id));
        Assert.True(await db.Units.AnyAsync(u => u.Id == unit.Id));
        Assert.Empty(await DeletionsAsync((nameof(Institution), institution.Id)));
    }

    [Fact]
    public async Task DeleteInstitution_ThatOnlyAGuestDelegationNames_IsRefusedWithOneVisit()
    {
        var guest = new Institution { Name = "Guest Only College", Kind = InstitutionKind.College, CountryCode = "KZ" };
        var host = new Institution { Name = "Host of the Guest College", Kind = InstitutionKind.University, CountryCode = "CN" };
        var delegation = new Delegation { Title = "Delegation of Guest Only College" };
        delegation.Represent(guest);
        var visit = VisitTo(host, "Guest college visit");
        visit.Delegation = delegation;
        await SaveAsync(visit);

        var outcome = await Institutions.DeleteAsync(Admin, guest.Id, guest.Version);

        Assert.Equal(["1 visit refers to this institution — merge it into another record or archive it instead."], outcome.Errors![Deleting.Field]);
    }

    [Fact]
    public async Task DeleteInstitution_ThatNothingRefersTo_GoesWithItsUnitsAndFacilities_AndEachDeletionIsInTheHistory()
    {
        var institution = new Institution { Name = "Mistaken Entry Institute", Kind = InstitutionKind.Other, CountryCode = "KZ" };
        var unit = institution.AddUnit("Laboratory Wing", UnitKind.Centre);
        var facility = unit.AddFacility("Spectrometry lab");
        await SaveAsync(institution);

        var outcome = await Institutions.DeleteAsync(Admin, institution.Id, institution.Version);

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        await using var db = store.NewContext();
        Assert.False(await db.Institutions.AnyAsync(i => i.Id == institution.Id));
        Assert.False(await db.Units.AnyAsync(u => u.Id == unit.Id));
        Assert.False(await db.Facilities.AnyAsync(f => f.Id == facility.Id));
        var deletions = await DeletionsAsync((nameof(Institution), institution.Id), (nameof(OrganisationalUnit), unit.Id), (nameof(Facility), facility.Id));
        Assert.Equal(
            [(nameof(Facility), "Arman Admin"), (nameof(Institution), "Arman Admin"), (nameof(OrganisationalUnit), "Arman Admin")],
            deletions.Select(d => (d.Type, d.Actor)).Order());
        var record = await db.ChangeRecords.AsNoTracking().SingleAsync(c => c.EntityType == nameof(Institution) && c.EntityId == institution.Id.ToString(CultureInfo.InvariantCulture) && c.Kind == ChangeKind.Deleted);
        Assert.Contains(new FieldChange("Name", "Mistaken Entry Institute", null), record.Fields);
    }

    [Fact]
    public async Task Delete_ByTheOfficeOrAViewer_IsRefused_AndKeepsEveryRecord()
    {
        var institution = new Institution { Name = "Staff Cannot Delete University", Kind = InstitutionKind.University, CountryCode = "KZ" };
        var unit = institution.AddUnit("Faculty of Law", UnitKind.Faculty);
        var facility = unit.AddFacility("Moot court");
        await SaveAsync(institution);
        var viewer = TestUsers.InRoles("Vera Viewer", PortalRoles.Viewer);

        Assert.Equal(SaveStatus.Forbidden, (await Institutions.DeleteAsync(Office, institution.Id, institution.Version)).Status);
        Assert.Equal(SaveStatus.Forbidden, (await Institutions.DeleteAsync(viewer, institution.Id, institution.Version)).Status);
        Assert.Equal(SaveStatus.Forbidden, (await Units.DeleteUnitAsync(Office, unit.Id, unit.Version)).Status);
        Assert.Equal(SaveStatus.Forbidden, (await Units.DeleteFacilityAsync(Office, facility.Id, facility.Version)).Status);

        await using var db = store.NewContext();
        Assert.True(await db.Institutions.AnyAsync(i => i.Id == institution.Id));
        Assert.True(await db.Units.AnyAsync(u => u.Id == unit.Id));
        Assert.True(await db.Facilities.AnyAsync(f => f.Id == facility.Id));
    }

    [Fact]
    public async Task DeleteInstitution_TheHomeInstitution_IsRefused()
    {
        var home = new Institution { Name = "Home Institution To Keep", Kind = InstitutionKind.University, CountryCode = "KZ", IsHome = true };
        await SaveAsync(home);

        var outcome = await Institutions.DeleteAsync(Admin, home.Id, home.Version);

        Assert.Equal(["The home institution cannot be deleted."], outcome.Errors![Deleting.Field]);
    }

    [Fact]
    public async Task DeleteInstitution_AgainstAnOlderVersion_IsAConflict()
    {
        var created = await Institutions.CreateAsync(Office, new InstitutionInput { Name = "Changed Meanwhile University", CountryCode = "KZ" });
        var changed = await Institutions.UpdateAsync(Office, created.Id, created.Version, new InstitutionInput { Name = "Changed Meanwhile University", City = "Almaty", CountryCode = "KZ" });
        Assert.True(changed.Succeeded);

        var outcome = await Institutions.DeleteAsync(Admin, created.Id, created.Version);

        Assert.Equal(SaveStatus.Conflict, outcome.Status);
        Assert.Equal("Aliya Office", outcome.Conflict!.ChangedBy);
        await using var db = store.NewContext();
        Assert.True(await db.Institutions.AnyAsync(i => i.Id == created.Id));
    }

    [Fact]
    public async Task DeleteUnit_WhileAPersonAndADeanBelongToIt_IsRefused_ThenGoesWithItsFacilitiesOnceFreed()
    {
        var institution = new Institution { Name = "Unit Deletion University", Kind = InstitutionKind.University, CountryCode = "KZ" };
        var unit = institution.AddUnit("School of Chemistry", UnitKind.School);
        var facility = unit.AddFacility("Organic synthesis lab");
        var person = new Person { FullName = "Timur Chemist", Institution = institution, Unit = unit };
        await SaveAsync(institution, person);
        await using (var db = store.NewContext())
        {
            db.Users.Add(new PortalUser { Id = "dean-of-chemistry", UserName = "dean.chemistry@example.kz", DisplayName = "Dean of Chemistry" });
            db.DeanUnits.Add(new DeanUnitAssignment { UserId = "dean-of-chemistry", UnitId = unit.Id });
            await db.SaveChangesAsync();
        }

        var refused = await Units.DeleteUnitAsync(Admin, unit.Id, unit.Version);
        await using (var db = store.NewContext())
        {
            await db.People.Where(p => p.Id == person.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.UnitId, (int?)null));
            await db.DeanUnits.Where(d => d.UnitId == unit.Id).ExecuteDeleteAsync();
        }

        var deleted = await Units.DeleteUnitAsync(Admin, unit.Id, unit.Version);

        Assert.Equal(["1 person, 1 dean account refer to this unit — archive it instead."], refused.Errors![Deleting.Field]);
        Assert.Equal(SaveStatus.Saved, deleted.Status);
        await using var read = store.NewContext();
        Assert.False(await read.Units.AnyAsync(u => u.Id == unit.Id));
        Assert.False(await read.Facilities.AnyAsync(f => f.Id == facility.Id));
        Assert.True(await read.Institutions.AnyAsync(i => i.Id == institution.Id));
        Assert.Equal(2, (await DeletionsAsync((nameof(OrganisationalUnit), unit.Id), (nameof(Facility), facility.Id))).Count);
    }

    [Fact]
    public async Task DeleteFacility_ThatAVisitTours_IsRefused_AndAnUntouredOneIsDeleted()
    {
        var institution = new Institution { Name = "Facility Deletion College", Kind = InstitutionKind.College, CountryCode = "CN" };
        var unit = institution.AddUnit("Automotive School", UnitKind.School);
        var toured = unit.AddFacility("Engine test bench");
        var spare = unit.AddFacility("Spare workshop");
        var visit = VisitTo(institution, "Tour of the engine test bench");
        visit.AddAgendaItem(new DateOnly(2025, 9, 1), AgendaItemKind.FacilityTour, "Engine bench tour", toured);
        await SaveAsync(visit);

        var refused = await Units.DeleteFacilityAsync(Admin, toured.Id, toured.Version);
        var deleted = await Units.DeleteFacilityAsync(Admin, spare.Id, spare.Version);
        var unitRefused = await Units.DeleteUnitAsync(Admin, unit.Id, unit.Version);

        Assert.Equal(["1 visit refers to this facility — archive it instead."], refused.Errors![Deleting.Field]);
        Assert.Equal(SaveStatus.Saved, deleted.Status);
        Assert.Equal(["1 visit refers to this unit — archive it instead."], unitRefused.Errors![Deleting.Field]);
        await using var db = store.NewContext();
        Assert.Equal(["Engine test bench"], await db.Facilities.Where(f => f.UnitId == unit.Id).Select(f => f.Name).ToListAsync());
        Assert.Equal([(nameof(Facility), spare.Id.ToString(CultureInfo.InvariantCulture), "Arman Admin")], await DeletionsAsync((nameof(Facility), spare.Id)));
    }
}

public sealed class SqliteDirectoryDeletionTests(SqliteStore store) : DirectoryDeletionTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresDirectoryDeletionTests(PostgresStore store) : DirectoryDeletionTests(store), IClassFixture<PostgresStore>;
