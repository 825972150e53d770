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
}

public sealed class SqliteUnitEditorTests(SqliteStore store) : UnitEditorTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresUnitEditorTests(PostgresStore store) : UnitEditorTests(store), IClassFixture<PostgresStore>;
