using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;

namespace PartnershipPortal.IntegrationTests.Demo;

/// <summary>The demo dean's partner reviews, written once the dean's account exists.</summary>
public abstract partial class DemoDataLoaderTests
{
    [Fact]
    public async Task Reviews_AreWrittenByTheDemoDean_OnceTheAccountExists_AndOnlyOnce()
    {
        await LoadOnceAsync();
        var loader = NewLoader();
        var before = await loader.WriteDemoReviewsAsync(CancellationToken.None);
        var (_, email, name) = AccountSeeder.DemoAccounts.Single(a => a.Role == PortalRoles.Dean);
        var dean = Guid.NewGuid().ToString();
        await using (var db = store.NewContext())
        {
            db.Users.Add(new PortalUser { Id = dean, UserName = email, Email = email, DisplayName = name });
            await db.SaveChangesAsync();
        }

        var written = await loader.WriteDemoReviewsAsync(CancellationToken.None);
        var again = await loader.WriteDemoReviewsAsync(CancellationToken.None);

        Assert.Equal((0, 4, 0), (before, written, again));
        await using var read = store.NewContext();
        var reviews = (await read.PartnerReviews.AsNoTracking()
                .Where(r => r.AuthorUserId == dean)
                .Select(r => new { Unit = r.Unit!.Name, Partner = r.Institution!.Name, r.ReviewedOn, r.StrategicFit, r.AcademicQuality, r.Activity, r.Reliability, r.Recommendation, r.AuthorName })
                .ToListAsync())
            .OrderBy(r => r.ReviewedOn)
            .Select(r => $"{r.Unit} | {r.Partner} | {Today.DayNumber - r.ReviewedOn.DayNumber} | {r.StrategicFit}{r.AcademicQuality}{r.Activity}{r.Reliability} | {r.Recommendation} | {r.AuthorName}")
            .ToList();
        Assert.Equal(
        [
            "Medical School | Al-Farabi Kazakh National University | 400 | 3423 | Review | Demo Dean",
            "Automotive School | Turin Polytechnic University in Tashkent | 200 | 4434 | Maintain | Demo Dean",
            "Medical School | Al-Farabi Kazakh National University | 30 | 4444 | Maintain | Demo Dean",
            "Automotive School | BYD Company Limited | 20 | 5445 | Expand | Demo Dean",
        ], reviews);
    }
}
