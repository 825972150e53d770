using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>Saved report definitions: kept per account and report, names unique whatever their case, private to their owner.</summary>
public abstract class SavedReportServiceTests(TestStore store)
{
    private SavedReportService Saved => new(store.Contexts, new SavedReportInputValidator());

    private Task<ClaimsPrincipal> AccountAsync(string name, string role = PortalRoles.InternationalOffice) => TestUsers.StoredAsync(store, name, role);

    private static SavedReportInput Input(string name, string query, string report = "agreements") => new() { Report = report, Name = name, Query = query };

    [Fact]
    public async Task Save_KeepsTheQuery_AndListsTheUsersReportsOfThatPageByName()
    {
        var user = await AccountAsync("Aigerim Saver");
        var expiring = await Saved.SaveAsync(user, Input("  Expiring this year ", "expires=365&col=title&col=expiry"));
        var kazakh = await Saved.SaveAsync(user, Input("active Kazakh partners", "status=Active&country=KZ"));
        await Saved.SaveAsync(user, Input("Inbound 2025", "from=2025-01-01&to=2025-12-31&direction=Inbound", "visits"));

        Assert.Equal((SaveStatus.Saved, SaveStatus.Saved), (expiring.Status, kazakh.Status));
        Assert.Equal(
            [(kazakh.Id, "active Kazakh partners", "status=Active&country=KZ"), (expiring.Id, "Expiring this year", "expires=365&col=title&col=expiry")],
            (await Saved.ListAsync(user, "agreements")).Select(r => (r.Id, r.Name, r.Query)));
        Assert.Equal(["Inbound 2025"], (await Saved.ListAsync(user, "visits")).Select(r => r.Name));
        Assert.Empty(await Saved.ListAsync(user, "follow-ups"));
    }

    [Fact]
    public async Task Save_UnderANameAlreadyUsedForTheReport_InAnyCase_IsRefusedBesideTheName_AndKeepsTheFirst()
    {
        var user = await AccountAsync("Bolat Saver");
        await Saved.SaveAsync(user, Input("Kazakh partners", "country=KZ"));

        var again = await Saved.SaveAsync(user, Input("KAZAKH PARTNERS ", "country=CN"));
        var otherReport = await Saved.SaveAsync(user, Input("Kazakh partners", "country=KZ", "visits"));

        Assert.Equal(SaveStatus.Invalid, again.Status);
        Assert.Equal(["You already keep a report named 'KAZAKH PARTNERS' here: choose another name, or update that one."], again.Errors!["Name"]);
        Assert.Equal(SaveStatus.Saved, otherReport.Status);
        Assert.Equal(["country=KZ"], (await Saved.ListAsync(user, "agreements")).Select(r => r.Query));
    }

    [Fact]
    public async Task Save_TheSameNameFromTwoWindowsAtOnce_KeepsOne_AndRefusesTheOther()
    {
        var user = await AccountAsync("Dinara Racer");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => Saved.SaveAsync(user, Input("Quarterly", $"expires={90 + i}")))));

        Assert.Equal(1, outcomes.Count(o => o.Status == SaveStatus.Saved));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(
            ["You already keep a report named 'Quarterly' here: choose another name, or update that one."], o.Errors!["Name"]));
        Assert.Single(await Saved.ListAsync(user, "agreements"));
    }

    [Fact]
    public async Task Save_WithBadInput_IsRefusedWithTheValidatorsMessages_AndWritesNothing()
    {
        var user = await AccountAsync("Erbol Saver");

        var outcome = await Saved.SaveAsync(user, new SavedReportInput { Report = "salaries", Name = " ", Query = "?status=Active" });

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Equal(["Unknown report 'salaries'. Choose from: agreements, visits, follow-ups, partners, directory."], outcome.Errors!["Report"]);
        Assert.Equal(["Give the saved report a name, such as \"Agreements expiring this year\"."], outcome.Errors["Name"]);
        Assert.Equal(["The report's filters are written without the leading question mark."], outcome.Errors["Query"]);
        await using var db = store.NewContext();
        Assert.False(await db.SavedReports.AnyAsync(r => r.OwnerUserId == "id-erbol-saver"));
    }

    [Fact]
    public async Task Update_ReplacesTheQuery_AndKeepsTheName()
    {
        var user = await AccountAsync("Farida Updater");
        var saved = await Saved.SaveAsync(user, Input("Expiring", "expires=90"));
        store.Clock.Advance(TimeSpan.FromDays(1));

        var updated = await Saved.UpdateAsync(user, saved.Id, "expires=180&status=Active");

        Assert.Equal(SaveStatus.Saved, updated.Status);
        var row = Assert.Single(await Saved.ListAsync(user, "agreements"));
        Assert.Equal(("Expiring", "expires=180&status=Active", store.Clock.GetUtcNow()), (row.Name, row.Query, row.SavedAt));
    }

    [Fact]
    public async Task SavedReports_AreListedUpdatedAndDeletedOnlyByTheirOwner()
    {
        var owner = await AccountAsync("Gaukhar Owner");
        var other = await AccountAsync("Murat Other");
        var saved = await Saved.SaveAsync(owner, Input("Mine", "status=Signed"));

        Assert.Empty(await Saved.ListAsync(other, "agreements"));
        Assert.Equal(SaveStatus.NotFound, (await Saved.UpdateAsync(other, saved.Id, "status=Draft")).Status);
        Assert.False(await Saved.DeleteAsync(other, saved.Id));
        Assert.Equal(SaveStatus.Saved, (await Saved.SaveAsync(other, Input("Mine", "status=Draft"))).Status);
        Assert.Equal(["status=Signed"], (await Saved.ListAsync(owner, "agreements")).Select(r => r.Query));

        Assert.True(await Saved.DeleteAsync(owner, saved.Id));
        Assert.Empty(await Saved.ListAsync(owner, "agreements"));
        Assert.False(await Saved.DeleteAsync(owner, saved.Id));
    }

    [Fact]
    public async Task ThoseWhoMayNotExport_KeepNoReports()
    {
        var viewer = await AccountAsync("Vera Viewer", PortalRoles.Viewer);
        var dean = await AccountAsync("Dmitry Dean", PortalRoles.Dean);

        Assert.Equal(SaveStatus.Forbidden, (await Saved.SaveAsync(viewer, Input("Mine", "status=Signed"))).Status);
        Assert.Equal(SaveStatus.Forbidden, (await Saved.SaveAsync(dean, Input("Mine", "status=Signed"))).Status);
        Assert.Empty(await Saved.ListAsync(viewer, "agreements"));
        await using var db = store.NewContext();
        Assert.False(await db.SavedReports.AnyAsync(r => r.OwnerUserId == "id-vera-viewer" || r.OwnerUserId == "id-dmitry-dean"));
    }

    [Fact]
    public async Task DeletingTheAccount_DeletesItsSavedReports()
    {
        var user = await AccountAsync("Timur Leaver");
        await Saved.SaveAsync(user, Input("Leaving", "status=Active"));

        await using var db = store.NewContext();
        await db.Users.Where(u => u.Id == "id-timur-leaver").ExecuteDeleteAsync();

        Assert.False(await db.SavedReports.AnyAsync(r => r.OwnerUserId == "id-timur-leaver"));
    }
}

public sealed class SqliteSavedReportServiceTests(SqliteStore store) : SavedReportServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresSavedReportServiceTests(PostgresStore store) : SavedReportServiceTests(store), IClassFixture<PostgresStore>;
