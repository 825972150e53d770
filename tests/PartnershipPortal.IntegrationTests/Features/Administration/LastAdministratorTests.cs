using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Administration;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Administration;

/// <summary>
/// The portal always keeps an enabled administrator. These tests count administrators, so each class has a
/// store of its own and a single test.
/// </summary>
public abstract class LastAdministratorTests(TestStore store) : IAsyncLifetime
{
    private readonly AdministrationServices _accounts = new(store);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _accounts.DisposeAsync();

    [Fact]
    public async Task TheLastEnabledAdministrator_CannotBeDisabledOrDemoted_WhileAnotherCanBe()
    {
        var service = _accounts.Administration;
        var (onlyId, only) = await _accounts.AccountAsync("Only Admin", PortalRoles.Administrator);

        var disableLast = await service.DisableAsync(only, onlyId);
        var demoteLast = await service.ChangeAccessAsync(only, onlyId, new AccountAccessInput { Roles = [PortalRoles.InternationalOffice] });

        Assert.Equal([new AccountError("", "The last enabled administrator cannot be disabled.")], disableLast.Errors);
        Assert.Equal([new AccountError("Roles", "The last enabled administrator keeps the Administrator role.")], demoteLast.Errors);

        // A second administrator can be demoted and disabled; then the first is the last one again.
        var (secondId, _) = await _accounts.AccountAsync("Second Admin", PortalRoles.Administrator);
        Assert.True((await service.ChangeAccessAsync(only, secondId, new AccountAccessInput { Roles = [PortalRoles.Viewer] })).Succeeded);
        Assert.True((await service.ChangeAccessAsync(only, secondId, new AccountAccessInput { Roles = [PortalRoles.Administrator] })).Succeeded);
        Assert.True((await service.DisableAsync(only, secondId)).Succeeded);

        Assert.Equal([new AccountError("", "The last enabled administrator cannot be disabled.")], (await service.DisableAsync(only, onlyId)).Errors);
        Assert.Equal(
            [PortalRoles.Administrator],
            (await service.GetAsync(onlyId))!.Roles);
        Assert.False((await service.GetAsync(onlyId))!.IsDisabled);
    }
}

public sealed class SqliteLastAdministratorTests(SqliteStore store) : LastAdministratorTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresLastAdministratorTests(PostgresStore store) : LastAdministratorTests(store), IClassFixture<PostgresStore>;
