using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Institutions;

public abstract class UnitEditorTests(TestStore store)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Office = TestUsers.InRoles("Aliya Office", PortalRoles.InternationalOffice);

    private UnitEditor Editor => new(store.Contexts, new UnitInputValidator(), new FacilityInputValidator());

    private async Task<int> InstitutionAsync(string name)
    {
        var institution = new Institution { Name = name, Kind = InstitutionKind.VocationalSchool, CountryCode = "CN" };
        await using var db = store.NewContext();
        db.Institutions.Add(institution);
        await db.SaveChangesAsync();
        return institution.Id;
    }

    [Fact]
    public async Task UnitAndFacility_AreAdded_AndNamesAreUniqueWithinTheirParent()
    {
        var id = await InstitutionAsync("Baoji Vocational College");

        var unit = await Editor.AddUnitAsync(Office, new UnitInput { InstitutionId = id, Name = "Technician School", Kind = UnitKind.School });
        var again = await Editor.AddUnitAsync(Office, new UnitInput { InstitutionId = id, Name = " technician  school ", Kind = UnitKind.School });
        var facility = await Editor.AddFacilityAsync(Office, new FacilityInput { UnitId = unit.Id, Name = "CNC machining center" });
        var twice = await Editor.AddFacilityAsync(Office, new FacilityInput { UnitId = unit.Id, Name = "CNC Machining Center" });

        Assert.True(unit.Succeeded);
        Assert.Equal(["Baoji Vocational College already has a unit called technician  school."], again.Errors!["Name"]);
        Assert.True(facility.Succeeded);
        Assert.Equal(["Technician School already has a facility called CNC Machining Center."], twice.Errors!["Name"]);
        await using var db = store.NewContext();
        var stored = await db.Units.AsNoTracking().Include(u => u.Facilities).SingleAsync(u => u.Id == unit.Id);
        Assert.Equal(("Technician School", UnitKind.School, id), (stored.Name, stored.Kind, stored.InstitutionId));
        Assert.Equal(["CNC machining center"], stored.Facilities.Select(f => f.Name));
    }

    [Fact]
    public async Task AddingAUnit_AsADean_IsRefused()
    {
        var id = await InstitutionAsync("Refusing Polytechnic");

        var outcome = await Editor.AddUnitAsync(TestUsers.InRoles("Dean Dauren", PortalRoles.Dean), new UnitInput { InstitutionId = id, Name = "Medical School" });

        Assert.Equal(SaveStatus.Forbidden, outcome.Status);
    }

    [Fact]
    public async Task UnitRename_ChangesNameAndKind_ButNotIntoASiblingsName_NorOverANewerVersion()
    {
        var id = await InstitutionAsync("Renaming Polytechnic");
        var school = await Editor.AddUnitAsync(Office, new UnitInput { InstitutionId = id, Name = "Automobile School", Kind = UnitKind.School });
        await Editor.AddUnitAsync(Office, new UnitInput { InstitutionId = id, Name = "Medical School", Kind = UnitKind.School });

        var renamed = await Editor.UpdateUnitAsync(Office, school.Id, school.Version, new UnitInput { InstitutionId = id, Name = "Automotive School", OriginalName = "汽车学院", Kind = UnitKind.Faculty });
        var clash = await Editor.UpdateUnitAsync(Office, school.Id, renamed.Version, new UnitInput { InstitutionId = id, Name = "medical  school", Kind = UnitKind.Faculty });
        var sameNameAgain = await Editor.UpdateUnitAsync(Office, school.Id, renamed.Version, new UnitInput { InstitutionId = id, Name = "AUTOMOTIVE school", OriginalName = "汽车学院", Kind = UnitKind.Faculty });
        var stale = await Editor.UpdateUnitAsync(Office, school.Id, school.Version, new UnitInput { InstitutionId = id, Name = "Old School", Kind = UnitKind.School });
        var empty = await Editor.UpdateUnitAsync(Office, school.Id, sameNameAgain.Version, new UnitInput { InstitutionId = id, Name = " " });
        var moved = await Editor.UpdateUnitAsync(Office, school.Id, sameNameAgain.Version, new UnitInput { InstitutionId = id + 1000, Name = "Automotive School" });

        Assert.True(renamed.Succeeded);
        Assert.Equal(["Renaming Polytechnic already has a unit called medical  school."], clash.Errors!["Name"]);
        Assert.True(sameNameAgain.Succeeded);
        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal(["Enter the unit's name."], empty.Errors!["Name"]);
        Assert.Equal(["A unit stays with its institution; merge the institutions to bring their units together."], moved.Errors!["InstitutionId"]);
        await using var db = store.NewContext();
        var stored = await db.Units.AsNoTracking().SingleAsync(u => u.Id == school.Id);
        Assert.Equal(("AUTOMOTIVE school", "汽车学院", UnitKind.Faculty), (stored.Name, stored.OriginalName, stored.Kind));
        var history = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.EntityType == nameof(OrganisationalUnit) && c.EntityId == school.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && c.Kind == ChangeKind.Updated)
            .OrderBy(c => c.Id).ToListAsync();
        Assert.Contains(new FieldChange("Name", "Automobile School", "Automotive School"), history[0].Fields);
    }

    [Fact]
    public async Task FacilityEdit_RenamesAndMovesWithinTheInstitution_ButNotToAnotherInstitutionsUnit()
    {
        var id = await InstitutionAsync("Facility Editing College");
        var otherId = await InstitutionAsync("Another Facility College");
        var technician = await Editor.AddUnitAsync(Office, new UnitInput { InstitutionId = id, Name = "Technician School" });
        var automotive = await Editor.AddUnitAsync(Office, new UnitInput { InstitutionId = id, Name = "Automotive School" });
        var foreign = await Editor.AddUnitAsync(Office, new UnitInput { InstitutionId = otherId, Name = "Foreign School" });
        var lab = await Editor.AddFacilityAsync(Office, new FacilityInput { UnitId = technician.Id, Name = "NEV lab" });
        await Editor.AddFacilityAsync(Office, new FacilityInput { UnitId = automotive.Id, Name = "Paint shop" });

        var renamed = await Editor.UpdateFacilityAsync(Office, lab.Id, lab.Version, new FacilityInput { UnitId = automotive.Id, Name = "New energy vehicle lab", Description = "Battery and drive-train benches" });
        var clash = await Editor.UpdateFacilityAsync(Office, lab.Id, renamed.Version, new FacilityInput { UnitId = automotive.Id, Name = "Paint Shop" });
        var elsewhere = await Editor.UpdateFacilityAsync(Office, lab.Id, renamed.Version, new FacilityInput { UnitId = foreign.Id, Name = "New energy vehicle lab" });
        var tooLong = await Editor.UpdateFacilityAsync(Office, lab.Id, renamed.Version, new FacilityInput { UnitId = automotive.Id, Name = new string('x', Facility.NameMaxLength + 1) });

        Assert.True(renamed.Succeeded);
        Assert.Equal(["Automotive School already has a facility called Paint Shop."], clash.Errors!["Name"]);
        Assert.Equal(["Choose a unit of the same institution."], elsewhere.Errors!["UnitId"]);
        Assert.Equal(SaveStatus.Invalid, tooLong.Status);
        await using var db = store.NewContext();
        var stored = await db.Facilities.AsNoTracking().SingleAsync(f => f.Id == lab.Id);
        Assert.Equal(("New energy vehicle lab", "Battery and drive-train benches", automotive.Id), (stored.Name, stored.Description, stored.UnitId));
    }

    [Fact]
    public async Task ArchivedUnitsAndFacilities_StayOnTheProfileMarked_ButAreNotOfferedForNewRecords()
    {
        var id = await InstitutionAsync("Archiving Vocational College");
        var old = await Editor.AddUnitAsync(Office, new UnitInput { InstitutionId = id, Name = "Old Textile School" });
        var current = await Editor.AddUnitAsync(Office, new UnitInput { InstitutionId = id, Name = "Current School" });
        var loom = await Editor.AddFacilityAsync(Office, new FacilityInput { UnitId = current.Id, Name = "Loom hall" });
        await Editor.AddFacilityAsync(Office, new FacilityInput { UnitId = current.Id, Name = "Weaving lab" });

        var unitArchived = await Editor.SetUnitArchivedAsync(Office, old.Id, old.Version, archived: true);
        var facilityArchived = await Editor.SetFacilityArchivedAsync(Office, loom.Id, loom.Version, archived: true);
        var byViewer = await Editor.SetUnitArchivedAsync(TestUsers.InRoles("Vera Viewer", PortalRoles.Viewer), current.Id, current.Version, archived: true);
        var intoArchived = await Editor.AddFacilityAsync(Office, new FacilityInput { UnitId = old.Id, Name = "Dye works" });

        Assert.True(unitArchived.Succeeded);
        Assert.True(facilityArchived.Succeeded);
        Assert.Equal(SaveStatus.Forbidden, byViewer.Status);
        Assert.Equal(["Old Textile School is archived; restore it before adding facilities to it."], intoArchived.Errors!["UnitId"]);
        var institutions = new InstitutionService(store.Contexts);
        var profile = await institutions.GetAsync(id);
        Assert.Equal(
            ["Current School|False|Loom hall:True,Weaving lab:False", "Old Textile School|True|"],
            profile!.Units.Select(u => $"{u.Name}|{u.IsArchived}|{string.Join(",", u.Facilities.Select(f => $"{f.Name}:{f.IsArchived}"))}"));
        Assert.Equal(["Current School"], (await institutions.UnitsAsync(id)).Select(u => u.Name));
        Assert.Equal(["Current School", "Old Textile School"], (await institutions.UnitsAsync(id, keepId: old.Id)).Select(u => u.Name));
        var managed = await institutions.UnitsOfAsync(id);
        Assert.Equal("Archiving Vocational College", managed!.Institution.Name);
        Assert.Equal(unitArchived.Version, managed.Units.Single(u => u.Id == old.Id).Version);

        var restored = await Editor.SetUnitArchivedAsync(Office, old.Id, unitArchived.Version, archived: false);
        Assert.True(restored.Succeeded);
        Assert.Equal(["Current School", "Old Textile School"], (await institutions.UnitsAsync(id)).Select(u => u.Name));
    }
}

public sealed class SqliteUnitEditorTests(SqliteStore store) : UnitEditorTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresUnitEditorTests(PostgresStore store) : UnitEditorTests(store), IClassFixture<PostgresStore>;
