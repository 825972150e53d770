using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartnershipPortal.Core.Data;

namespace PartnershipPortal.Core.Features.Demo;

/// <summary>
/// Fills an empty database with demo data: the reference visit exactly as the scenario tells it, and a
/// realistic spread of partners, visits, agreements and follow-ups dated around the clock's today. A
/// database that already holds any institution is left alone, so loading twice duplicates nothing.
/// </summary>
public sealed class DemoDataLoader(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, ILogger<DemoDataLoader> logger)
{
    public async Task<DemoLoadResult> LoadAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Institutions.AnyAsync(ct))
        {
            logger.LogInformation("The database already holds institutions; demo data not loaded");
            return DemoLoadResult.NothingLoaded;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        db.Actor = ChangeActor.Process("Demo data");
        var spread = DemoSpread.Build(today);
        db.Institutions.AddRange(spread.Institutions);
        db.People.AddRange(spread.People);
        db.Frameworks.AddRange(spread.Frameworks);
        db.Visits.AddRange(spread.Visits);
        db.Agreements.AddRange(spread.Agreements);
        db.FollowUps.AddRange(spread.FollowUps);
        var (template, checklists) = DemoChecklists.Build(spread.Visits, today, clock.GetUtcNow());
        db.ChecklistTemplate.AddRange(template);
        db.ChecklistItems.AddRange(checklists);

        // One save, one transaction: a failure leaves the database empty and the next start tries again.
        await db.SaveChangesAsync(ct);

        var result = new DemoLoadResult(
            Loaded: true,
            Institutions: spread.Institutions.Count,
            People: spread.People.Count,
            Visits: spread.Visits.Count,
            Agreements: spread.Agreements.Count,
            FollowUps: spread.FollowUps.Count);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Demo data loaded for {Today}: {Institutions} institutions, {People} people, {Visits} visits, {Agreements} agreements, {FollowUps} follow-ups",
                today, result.Institutions, result.People, result.Visits, result.Agreements, result.FollowUps);
        }

        return result;
    }

    /// <summary>
    /// Gives the demo's reception tasks without an owner to the demo accounts, which are made after the data;
    /// does nothing until those accounts exist, and nothing more once every task has an owner.
    /// </summary>
    public async Task<int> AssignDemoOwnersAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Actor = ChangeActor.Process("Demo data");
        return await DemoChecklists.AssignOwnersAsync(db, ct);
    }

    /// <summary>Writes the demo dean's partner reviews (<see cref="DemoReviews"/>) once that account exists; returns how many.</summary>
    public async Task<int> WriteDemoReviewsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Actor = ChangeActor.Process("Demo data");
        return await DemoReviews.WriteAsync(db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
    }
}

/// <summary>What one call of <see cref="DemoDataLoader.LoadAsync"/> added; all zero when the database was not empty.</summary>
public sealed record DemoLoadResult(bool Loaded, int Institutions, int People, int Visits, int Agreements, int FollowUps)
{
    public static DemoLoadResult NothingLoaded { get; } = new(false, 0, 0, 0, 0, 0);
}
