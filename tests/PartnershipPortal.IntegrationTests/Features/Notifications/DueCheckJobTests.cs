using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Notifications;
using PartnershipPortal.IntegrationTests.Features.Checklists;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Notifications;

/// <summary>The hosted job runs the due check at start and again each time the clock passes its interval.</summary>
public abstract class DueCheckJobTests(TestStore store)
{
    [Fact]
    public async Task Job_ChecksAtStart_AndAgainWhenTheClockMovesPastTheInterval()
    {
        var owner = await PlanningWorld.AccountAsync(store, "Dana Abenova");
        var visit = await PlanningWorld.VisitAsync(store, PlanningWorld.Today(store).AddDays(3), title: "Aktobe college delegation");
        await PlanningWorld.ChecklistItemAsync(store, visit, "Gifts prepared", -1, owner);
        await PlanningWorld.ChecklistItemAsync(store, visit, "Welcome dinner booked", -4, owner);
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(store.Clock)
            .AddSingleton(store.Contexts)
            .AddSingleton<IPortalMailer>(new RecordingMailer(canSend: false))
            .AddSingleton(NotificationMailSettings.None)
            .AddScoped<NotificationService>()
            .AddScoped<NotificationMailer>()
            .AddScoped<DueCheck>()
            .BuildServiceProvider();
        using var job = new DueCheckJob(services.GetRequiredService<IServiceScopeFactory>(), new DueCheckSchedule(TimeSpan.FromMinutes(5)), store.Clock,
            NullLogger<DueCheckJob>.Instance);

        await job.StartAsync(CancellationToken.None);
        await UntilAsync(owner, ["ChecklistOverdue: Welcome dinner booked"]);
        store.Clock.Advance(TimeSpan.FromDays(1));
        await UntilAsync(owner, ["ChecklistOverdue: Welcome dinner booked", "ChecklistDue: Gifts prepared"]);
        await job.StopAsync(CancellationToken.None);
    }

    /// <summary>Waits (at most 20 seconds) until the owner's notifications are exactly these, by kind and item.</summary>
    private async Task UntilAsync(string owner, string[] expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<string> seen;
        do
        {
            await Task.Delay(50);
            seen = (await PlanningWorld.NotificationsOfAsync(store, owner))
                .Select(n => $"{n.Kind}: {n.Title[(n.Title.IndexOf('“', StringComparison.Ordinal) + 1)..n.Title.IndexOf('”', StringComparison.Ordinal)]}").ToList();
        }
        while (!seen.SequenceEqual(expected) && DateTime.UtcNow < deadline);

        Assert.Equal(expected, seen);
    }
}

public sealed class SqliteDueCheckJobTests(SqliteStore store) : DueCheckJobTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresDueCheckJobTests(PostgresStore store) : DueCheckJobTests(store), IClassFixture<PostgresStore>;
