using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Administration;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web.Account;

namespace PartnershipPortal.IntegrationTests.Features.Administration;

/// <summary>Administrators manage accounts through the service, on each store; every change is theirs in the history.</summary>
public abstract class UserAdministrationTests(TestStore store) : IAsyncLifetime
{
    private const string NewPassword = "a long pass phrase of mine";

    private readonly AdministrationServices _accounts = new(store);

    private UserAdministrationService Service => _accounts.Administration;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _accounts.DisposeAsync();

    private sealed record Units(int Automotive, int Medical, int Foreign);

    private async Task<Units> UnitsAsync()
    {
        await store.SeedOnceAsync("units", db =>
        {
            var home = new Institution { Name = "Xianyang Polytechnic Institute", Kind = InstitutionKind.College, CountryCode = "CN", IsHome = true };
            home.AddUnit("Automotive School", UnitKind.School);
            home.AddUnit("Medical School", UnitKind.School);
            var partner = new Institution { Name = "East Kazakhstan Technical University", Kind = InstitutionKind.University, CountryCode = "KZ" };
            partner.AddUnit("Faculty of Engineering", UnitKind.Faculty);
            db.Institutions.AddRange(home, partner);
            return Task.CompletedTask;
        });
        await using var db = store.NewContext();
        var ids = await db.Units.ToDictionaryAsync(u => u.Name, u => u.Id);
        return new Units(ids["Automotive School"], ids["Medical School"], ids["Faculty of Engineering"]);
    }

    private static string Email() => $"{Guid.NewGuid():N}@office.example";

    private Task<PortalUser> FindAsync(string id) => _accounts.WithUsersAsync(async users => (await users.FindByIdAsync(id))!);

    private Task<string> StampAsync(string id) => _accounts.WithUsersAsync(async users => (await users.FindByIdAsync(id))!.SecurityStamp!);

    private async Task<List<ChangeRecord>> HistoryAsync(string type, string id)
    {
        await using var db = store.NewContext();
        return await db.ChangeRecords.AsNoTracking().Where(c => c.EntityType == type && c.EntityId == id).OrderBy(c => c.Id).ToListAsync();
    }

    [Fact]
    public async Task Create_MakesTheAccountWithRolesAndUnits_AndAOneTimeLinkThatSetsItsPassword()
    {
        var units = await UnitsAsync();
        var (_, admin) = await _accounts.AccountAsync("Aigerim Admin", PortalRoles.Administrator);
        var email = Email();
        var now = store.Clock.GetUtcNow();

        var result = await Service.CreateAsync(admin, new AccountInput
        {
            DisplayName = "  Dana Dean ", Email = email, Roles = [PortalRoles.Dean, PortalRoles.Viewer], DeanUnitIds = [units.Medical, units.Automotive],
        });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var created = result.Value!;
        var details = await Service.GetAsync(created.UserId);
        Assert.NotNull(details);
        Assert.Equal(("Dana Dean", email, false), (details.DisplayName, details.Email, details.IsDisabled));
        Assert.Equal(now, details.CreatedAt);
        Assert.Null(details.LastSignInAt);
        Assert.Equal([PortalRoles.Dean, PortalRoles.Viewer], details.Roles);
        Assert.Equal([new UnitOption(units.Automotive, "Automotive School"), new UnitOption(units.Medical, "Medical School")], details.DeanUnits);

        var prefix = $"/account/reset-password?email={Uri.EscapeDataString(email)}&code=";
        Assert.StartsWith(prefix, created.ResetLink, StringComparison.Ordinal);
        var token = PasswordResetLink.TokenOf(created.ResetLink[prefix.Length..]);
        Assert.NotNull(token);
        var (first, second, signsIn) = await _accounts.WithUsersAsync(async users =>
        {
            var user = (await users.FindByIdAsync(created.UserId))!;
            Assert.False(await users.HasPasswordAsync(user));
            var first = await users.ResetPasswordAsync(user, token, NewPassword);
            var second = await users.ResetPasswordAsync(user, token, "another long pass phrase");
            return (first, second, await users.CheckPasswordAsync(user, NewPassword));
        });
        Assert.True(first.Succeeded);
        Assert.Equal("InvalidToken", Assert.Single(second.Errors).Code);
        Assert.True(signsIn);
    }

    [Fact]
    public async Task Create_WithEmptyOrWrongFields_ReportsEachBesideItsField()
    {
        var (_, admin) = await _accounts.AccountAsync("Aigerim Admin", PortalRoles.Administrator);

        var result = await Service.CreateAsync(admin, new AccountInput { DisplayName = " ", Email = "dana at office", Roles = ["Superuser"] });

        Assert.Null(result.Value);
        Assert.Equal(
            [
                new AccountError("DisplayName", "Enter the name to show for this account."),
                new AccountError("Email", "Enter an e-mail address such as name@example.edu."),
                new AccountError("Roles", "Choose each role from the list."),
            ],
            result.Errors);
    }

    [Fact]
    public async Task Create_WithAnEmailInUse_OrAUnitOfAnotherInstitution_IsRefusedAndLeavesNoAccount()
    {
        var units = await UnitsAsync();
        var (_, admin) = await _accounts.AccountAsync("Aigerim Admin", PortalRoles.Administrator);
        var email = Email();
        Assert.True((await Service.CreateAsync(admin, new AccountInput { DisplayName = "First", Email = email, Roles = [PortalRoles.Viewer] })).Succeeded);
        var other = Email();

        var taken = await Service.CreateAsync(admin, new AccountInput { DisplayName = "Second", Email = email, Roles = [PortalRoles.Viewer] });
        var foreign = await Service.CreateAsync(admin, new AccountInput
        {
            DisplayName = "Third", Email = other, Roles = [PortalRoles.Dean], DeanUnitIds = [units.Automotive, units.Foreign],
        });
        var notDean = await Service.CreateAsync(admin, new AccountInput
        {
            DisplayName = "Fourth", Email = other, Roles = [PortalRoles.Viewer], DeanUnitIds = [units.Automotive],
        });

        Assert.Equal([new AccountError("Email", "An account with this e-mail address exists already.")], taken.Errors);
        Assert.Equal([new AccountError("DeanUnitIds", "A dean can only be given units of the home institution.")], foreign.Errors);
        Assert.Equal([new AccountError("DeanUnitIds", "Only a dean answers for units: choose the Dean role or no unit.")], notDean.Errors);
        Assert.Null(await _accounts.WithUsersAsync(users => users.FindByEmailAsync(other)));
    }

    [Fact]
    public async Task ChangeAccess_SetsRolesAndUnits_AndEndsSessionsOnlyWhenARoleIsTaken()
    {
        var units = await UnitsAsync();
        var (_, admin) = await _accounts.AccountAsync("Aigerim Admin", PortalRoles.Administrator);
        var (userId, _) = await _accounts.AccountAsync("Dana Dean", PortalRoles.Viewer);
        var stamp = await StampAsync(userId);

        var widened = await Service.ChangeAccessAsync(admin, userId, new AccountAccessInput { Roles = [PortalRoles.Viewer, PortalRoles.Dean], DeanUnitIds = [units.Automotive] });
        var widenedStamp = await StampAsync(userId);
        var narrowed = await Service.ChangeAccessAsync(admin, userId, new AccountAccessInput { Roles = [PortalRoles.Dean], DeanUnitIds = [units.Medical] });

        Assert.True(widened.Succeeded);
        Assert.Equal(stamp, widenedStamp);
        Assert.True(narrowed.Succeeded);
        Assert.NotEqual(stamp, await StampAsync(userId));
        var details = (await Service.GetAsync(userId))!;
        Assert.Equal([PortalRoles.Dean], details.Roles);
        Assert.Equal([new UnitOption(units.Medical, "Medical School")], details.DeanUnits);
    }

    [Fact]
    public async Task DisableAndEnable_FlipTheAccount_AndDisablingEndsItsSessions()
    {
        var (_, admin) = await _accounts.AccountAsync("Aigerim Admin", PortalRoles.Administrator);
        var (userId, _) = await _accounts.AccountAsync("Olga Office", PortalRoles.InternationalOffice);
        var stamp = await StampAsync(userId);

        var disabled = await Service.DisableAsync(admin, userId);
        var whileDisabled = await FindAsync(userId);
        var disabledStamp = await StampAsync(userId);
        var enabled = await Service.EnableAsync(admin, userId);

        Assert.True(disabled.Succeeded);
        Assert.True(whileDisabled.IsDisabled);
        Assert.NotEqual(stamp, disabledStamp);
        Assert.True(enabled.Succeeded);
        Assert.False((await FindAsync(userId)).IsDisabled);
    }

    [Fact]
    public async Task DisablingAnAccount_FailsTheCheckThatOpenCircuitsMake()
    {
        var (_, admin) = await _accounts.AccountAsync("Aigerim Admin", PortalRoles.Administrator);
        var (userId, _) = await _accounts.AccountAsync("Olga Office", PortalRoles.InternationalOffice);
        var circuitUser = await _accounts.WithUsersAsync(async users => await _accounts.PrincipalFactory.CreateAsync((await users.FindByIdAsync(userId))!));
        var options = new IdentityOptions();

        var before = await _accounts.WithUsersAsync(users => PortalAuthenticationStateProvider.IsStillValidAsync(users, options, circuitUser));
        Assert.True((await Service.DisableAsync(admin, userId)).Succeeded);
        var after = await _accounts.WithUsersAsync(users => PortalAuthenticationStateProvider.IsStillValidAsync(users, options, circuitUser));

        Assert.True(before);
        Assert.False(after);
    }

    [Fact]
    public async Task List_FindsByNameOrEmail_AndSortsByLastSignInWithNeverLast()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, signedIn) in new[] { ("Abel", (int?)3), ("Bota", null), ("Chen", 1), ("Dana", 2) })
        {
            ids[name] = (await _accounts.AccountAsync($"{name} {tag}", PortalRoles.Viewer)).Id;
            if (signedIn is { } minutes)
            {
                await _accounts.WithUsersAsync(async users =>
                {
                    var user = (await users.FindByIdAsync(ids[name]))!;
                    user.LastSignInAt = TestStore.Start.AddMinutes(minutes);
                    return await users.UpdateAsync(user);
                });
            }
        }

        var byName = await Service.ListAsync(new ListRequest(tag.ToUpperInvariant()));
        var latestFirst = await Service.ListAsync(new ListRequest(tag, "signin", Descending: true));
        var earliestFirst = await Service.ListAsync(new ListRequest(tag, "signin"));
        var byEmail = await Service.ListAsync(new ListRequest((await FindAsync(ids["Chen"])).Email![..12]));

        Assert.Equal([$"Abel {tag}", $"Bota {tag}", $"Chen {tag}", $"Dana {tag}"], byName.Items.Select(u => u.DisplayName));
        Assert.Equal(["Abel", "Dana", "Chen", "Bota"], latestFirst.Items.Select(u => u.DisplayName[..^9]));
        Assert.Equal(["Chen", "Dana", "Abel", "Bota"], earliestFirst.Items.Select(u => u.DisplayName[..^9]));
        Assert.Equal([ids["Chen"]], byEmail.Items.Select(u => u.Id));
        var chen = byName.Items[2];
        Assert.Equal((TestStore.Start.AddMinutes(1), false), (chen.LastSignInAt, chen.IsDisabled));
        Assert.Equal([PortalRoles.Viewer], chen.Roles);
    }

    [Fact]
    public async Task EndSessions_RenewsTheSecurityStamp_AndAResetLinkCanBeMadeForAnyAccount()
    {
        var (_, admin) = await _accounts.AccountAsync("Aigerim Admin", PortalRoles.Administrator);
        var (userId, _) = await _accounts.AccountAsync("Viktor Viewer", PortalRoles.Viewer);
        var stamp = await StampAsync(userId);

        var ended = await Service.EndSessionsAsync(admin, userId);
        var link = await Service.CreateResetLinkAsync(admin, userId);

        Assert.True(ended.Succeeded);
        Assert.NotEqual(stamp, await StampAsync(userId));
        var user = await FindAsync(userId);
        var address = link.Value!;
        var code = address[(address.IndexOf("&code=", StringComparison.Ordinal) + 6)..];
        var reset = await _accounts.WithUsersAsync(async users => await users.ResetPasswordAsync((await users.FindByIdAsync(userId))!, PasswordResetLink.TokenOf(code)!, NewPassword));
        Assert.True(reset.Succeeded);
        Assert.StartsWith($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code=", address, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdministrator_CannotDisableOrDemoteThemselves()
    {
        var (adminId, admin) = await _accounts.AccountAsync("Aigerim Admin", PortalRoles.Administrator);
        await _accounts.AccountAsync("Second Admin", PortalRoles.Administrator);

        var disabled = await Service.DisableAsync(admin, adminId);
        var demoted = await Service.ChangeAccessAsync(admin, adminId, new AccountAccessInput { Roles = [PortalRoles.Viewer] });

        Assert.Equal([new AccountError("", "You cannot disable your own account.")], disabled.Errors);
        Assert.Equal([new AccountError("Roles", "You cannot take the Administrator role from yourself.")], demoted.Errors);
        Assert.False((await FindAsync(adminId)).IsDisabled);
        Assert.Equal([PortalRoles.Administrator], (await Service.GetAsync(adminId))!.Roles);
    }

    [Fact]
    public async Task EveryChange_ByAnyoneButAnEnabledAdministrator_IsRefused()
    {
        var (_, admin) = await _accounts.AccountAsync("Aigerim Admin", PortalRoles.Administrator);
        var (targetId, _) = await _accounts.AccountAsync("Target", PortalRoles.Viewer);
        var (disabledAdminId, disabledAdmin) = await _accounts.AccountAsync("Former Admin", PortalRoles.Administrator);
        Assert.True((await Service.DisableAsync(admin, disabledAdminId)).Succeeded);
        var callers = new List<System.Security.Claims.ClaimsPrincipal>
        {
            (await _accounts.AccountAsync("Olga Office", PortalRoles.InternationalOffice)).Principal,
            (await _accounts.AccountAsync("Dana Dean", PortalRoles.Dean)).Principal,
            (await _accounts.AccountAsync("Viktor Viewer", PortalRoles.Viewer)).Principal,
            disabledAdmin,
            new(new System.Security.Claims.ClaimsIdentity()),
        };
        var stamp = await StampAsync(targetId);
        var refused = new AccountError("", "Only an enabled administrator can change accounts.");

        foreach (var caller in callers)
        {
            Assert.Equal([refused], (await Service.CreateAsync(caller, new AccountInput { DisplayName = "X", Email = Email(), Roles = [PortalRoles.Administrator] })).Errors);
            Assert.Equal([refused], (await Service.ChangeAccessAsync(caller, targetId, new AccountAccessInput { Roles = [PortalRoles.Administrator] })).Errors);
            Assert.Equal([refused], (await Service.DisableAsync(caller, targetId)).Errors);
            Assert.Equal([refused], (await Service.EnableAsync(caller, disabledAdminId)).Errors);
            Assert.Equal([refused], (await Service.CreateResetLinkAsync(caller, targetId)).Errors);
            Assert.Equal([refused], (await Service.EndSessionsAsync(caller, targetId)).Errors);
        }

        var target = await FindAsync(targetId);
        Assert.False(target.IsDisabled);
        Assert.Equal(stamp, target.SecurityStamp);
        Assert.Equal([PortalRoles.Viewer], (await Service.GetAsync(targetId))!.Roles);
        Assert.True((await FindAsync(disabledAdminId)).IsDisabled);
    }

    [Fact]
    public async Task ChangesMadeThroughTheService_AreRecordedUnderTheActingAdministrator()
    {
        var units = await UnitsAsync();
        var (adminId, admin) = await _accounts.AccountAsync("Aigerim Admin", PortalRoles.Administrator);
        var (userId, _) = await _accounts.AccountAsync("Dana Dean", PortalRoles.Viewer);
        store.Clock.Advance(TimeSpan.FromMinutes(5));
        var at = store.Clock.GetUtcNow();

        Assert.True((await Service.ChangeAccessAsync(admin, userId, new AccountAccessInput { Roles = [PortalRoles.Dean], DeanUnitIds = [units.Automotive] })).Succeeded);
        Assert.True((await Service.DisableAsync(admin, userId)).Succeeded);

        var account = await HistoryAsync(nameof(PortalUser), userId);
        var disabling = account[^1];
        Assert.Equal((ChangeKind.Updated, adminId, "Aigerim Admin", at), (disabling.Kind, disabling.UserId, disabling.Actor, disabling.At));
        Assert.Equal([new FieldChange("IsDisabled", "false", "true")], disabling.Fields);
        Assert.Equal("System", account[0].Actor);

        var unit = Assert.Single(await HistoryAsync(nameof(DeanUnitAssignment), $"{userId}/{units.Automotive.ToString(CultureInfo.InvariantCulture)}"));
        Assert.Equal((ChangeKind.Created, adminId, "Aigerim Admin"), (unit.Kind, unit.UserId, unit.Actor));

        await using var db = store.NewContext();
        var roleChanges = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.EntityType == "IdentityUserRole`1" && c.EntityId.StartsWith(userId) && c.UserId == adminId)
            .Select(c => c.Kind)
            .ToListAsync();
        Assert.Equal([ChangeKind.Deleted, ChangeKind.Created], roleChanges);
    }
}

public sealed class SqliteUserAdministrationTests(SqliteStore store) : UserAdministrationTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresUserAdministrationTests(PostgresStore store) : UserAdministrationTests(store), IClassFixture<PostgresStore>;
