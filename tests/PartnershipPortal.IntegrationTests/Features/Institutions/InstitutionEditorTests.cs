using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Institutions;

public abstract class InstitutionEditorTests(TestStore store)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Office = TestUsers.InRoles("Aliya Office", PortalRoles.InternationalOffice);
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestUsers.InRoles("Arman Admin", PortalRoles.Administrator);

    private InstitutionEditor Editor => new(store.Contexts, new InstitutionInputValidator());

    private static InstitutionInput Input(string name) => new()
    {
        Name = name,
        Acronym = "KBTU",
        Kind = InstitutionKind.University,
        CountryCode = "KZ",
        City = "Almaty",
        Website = "https://kbtu.edu.kz",
        RelationshipStatus = RelationshipStatus.Prospect,
    };

    [Fact]
    public async Task Create_ByTheOffice_SavesEveryFieldAndNamesTheOfficeInTheHistory()
    {
        var outcome = await Editor.CreateAsync(Office, Input("Kazakh-British Technical University"));

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        await using var db = store.NewContext();
        var stored = await db.Institutions.AsNoTracking().SingleAsync(i => i.Id == outcome.Id);
        Assert.Equal(("Kazakh-British Technical University", "KBTU", "KZ", "Almaty", "https://kbtu.edu.kz"), (stored.Name, stored.Acronym, stored.CountryCode, stored.City, stored.Website));
        Assert.Equal(outcome.Version, stored.Version);
        var history = await db.ChangeRecords.AsNoTracking().SingleAsync(c => c.EntityType == nameof(Institution) && c.EntityId == outcome.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("id-aliya-office", "Aliya Office", ChangeKind.Created), (history.UserId, history.Actor, history.Kind));
    }

    [Fact]
    public async Task Create_WithBadInput_AnswersPerFieldAndSavesNothing()
    {
        var input = Input("");
        input.CountryCode = "XX";
        input.Website = "ftp://kbtu.edu.kz";
        await using var before = store.NewContext();
        var count = await before.Institutions.CountAsync();

        var outcome = await Editor.CreateAsync(Office, input);

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Equal(["CountryCode", "Name", "Website"], outcome.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Enter the institution's name."], outcome.Errors["Name"]);
        Assert.Equal(["The country must be an ISO 3166-1 alpha-2 code such as KZ (two capital letters)."], outcome.Errors["CountryCode"]);
        await using var after = store.NewContext();
        Assert.Equal(count, await after.Institutions.CountAsync());
    }

    [Theory]
    [InlineData(PortalRoles.Viewer)]
    [InlineData(PortalRoles.Dean)]
    public async Task Create_ByARoleThatMayNotEdit_IsRefused(string role)
    {
        var outcome = await Editor.CreateAsync(TestUsers.InRoles("Reader", role), Input("Refused University"));

        Assert.Equal(SaveStatus.Forbidden, outcome.Status);
        await using var db = store.NewContext();
        Assert.False(await db.Institutions.AnyAsync(i => i.Name == "Refused University"));
    }

    [Fact]
    public async Task Update_AgainstAnOlderVersion_ReturnsTheConflictAndKeepsTheNewerValues()
    {
        var created = await Editor.CreateAsync(Office, Input("Satbayev University"));
        var theirs = Input("Satbayev University");
        theirs.City = "Almaty city";
        Assert.True((await Editor.UpdateAsync(Admin, created.Id, created.Version, theirs)).Succeeded);

        var mine = Input("Satbayev University");
        mine.Acronym = "KazNRTU";
        var outcome = await Editor.UpdateAsync(Office, created.Id, created.Version, mine);

        Assert.Equal(SaveStatus.Conflict, outcome.Status);
        Assert.Equal("Arman Admin", outcome.Conflict!.ChangedBy);
        Assert.Contains(new FieldConflict("City", "Almaty", "Almaty city"), outcome.Conflict.Fields);
        Assert.Contains(new FieldConflict("Acronym", "KazNRTU", "KBTU"), outcome.Conflict.Fields);

        var again = await Editor.UpdateAsync(Office, created.Id, outcome.Conflict.StoredVersion!.Value, mine);
        Assert.True(again.Succeeded);
        await using var db = store.NewContext();
        var stored = await db.Institutions.AsNoTracking().SingleAsync(i => i.Id == created.Id);
        Assert.Equal(("KazNRTU", "Almaty"), (stored.Acronym, stored.City));
    }

    [Fact]
    public async Task Update_PlacingAnInstitutionUnderItsOwnChild_IsRefusedBesideTheParent()
    {
        var parent = await Editor.CreateAsync(Office, Input("Kazakh National University"));
        var childInput = Input("Faculty Campus of Kazakh National University");
        childInput.ParentId = parent.Id;
        var child = await Editor.CreateAsync(Office, childInput);
        var loop = Input("Kazakh National University");
        loop.ParentId = child.Id;

        var outcome = await Editor.UpdateAsync(Office, parent.Id, parent.Version, loop);

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Equal(["An institution cannot be placed under itself or under one of the institutions it contains."], outcome.Errors!["ParentId"]);
    }

    [Fact]
    public async Task HomeInstitution_IsSetByAdministratorsOnly_AndOnlyOnce()
    {
        var input = Input("Home Candidate College");
        input.IsHome = true;

        var byOffice = await Editor.CreateAsync(Office, input);
        var byAdmin = await Editor.CreateAsync(Admin, input);
        var second = await Editor.CreateAsync(Admin, input);

        Assert.Equal(["Only an administrator can change which institution is the home institution."], byOffice.Errors!["IsHome"]);
        Assert.True(byAdmin.Succeeded);
        Assert.Equal(["Another institution is already the home institution."], second.Errors!["IsHome"]);
    }

    [Fact]
    public async Task Duplicates_AreTheSameNameOrAcronymInTheSameCountry()
    {
        var input = Input("Xianyang Normal University");
        input.CountryCode = "CN";
        input.Acronym = "XYNU";
        var first = await Editor.CreateAsync(Office, input);

        var sameName = await Editor.FindDuplicatesAsync(new InstitutionInput { Name = "  xianyang NORMAL university. ", CountryCode = "CN" });
        var sameAcronym = await Editor.FindDuplicatesAsync(new InstitutionInput { Name = "Another name", Acronym = "X.Y.N.U.", CountryCode = "CN" });
        var otherCountry = await Editor.FindDuplicatesAsync(new InstitutionInput { Name = "Xianyang Normal University", CountryCode = "KZ" });
        var itself = await Editor.FindDuplicatesAsync(input, first.Id);

        Assert.Equal([new Core.Features.Common.InstitutionLink(first.Id, "Xianyang Normal University")], sameName);
        Assert.Equal([first.Id], sameAcronym.Select(i => i.Id));
        Assert.Empty(otherCountry);
        Assert.Empty(itself);
    }

    [Fact]
    public async Task Duplicates_WhenEditing_AreTheOtherRecordsTheEditWouldCopy_NeverTheRecordItself()
    {
        var kept = Input("Al-Farabi Kazakh National University");
        kept.Acronym = "KazNU";
        var first = await Editor.CreateAsync(Office, kept);
        var other = Input("Kazakh Agrotechnical University");
        other.Acronym = "KATU";
        var second = await Editor.CreateAsync(Office, other);

        other.Name = "al-Farabi Kazakh National University";
        var renamedLikeTheFirst = await Editor.FindDuplicatesAsync(other, second.Id);
        other.Name = "Kazakh Agrotechnical University";
        other.Acronym = "KAZNU";
        var acronymLikeTheFirst = await Editor.FindDuplicatesAsync(other, second.Id);
        var unchanged = await Editor.FindDuplicatesAsync(kept, first.Id);

        Assert.Equal([new Core.Features.Common.InstitutionLink(first.Id, "Al-Farabi Kazakh National University")], renamedLikeTheFirst);
        Assert.Equal([first.Id], acronymLikeTheFirst.Select(i => i.Id));
        Assert.Empty(unchanged);
    }

    [Fact]
    public async Task Archive_ThenRestore_KeepTheRecordAndFlipTheFlag()
    {
        var created = await Editor.CreateAsync(Office, Input("Archivable Institute"));

        var archived = await Editor.SetArchivedAsync(Office, created.Id, created.Version, archived: true);
        var restored = await Editor.SetArchivedAsync(Office, created.Id, archived.Version, archived: false);
        var stale = await Editor.SetArchivedAsync(Office, created.Id, archived.Version, archived: true);

        Assert.True(archived.Succeeded);
        Assert.True(restored.Succeeded);
        Assert.Equal(SaveStatus.Conflict, stale.Status);
        await using var db = store.NewContext();
        Assert.False((await db.Institutions.AsNoTracking().SingleAsync(i => i.Id == created.Id)).IsArchived);
    }
}

public sealed class SqliteInstitutionEditorTests(SqliteStore store) : InstitutionEditorTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresInstitutionEditorTests(PostgresStore store) : InstitutionEditorTests(store), IClassFixture<PostgresStore>;
