using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;

namespace PartnershipPortal.Core.Features.Demo;

/// <summary>
/// The demo dean's partner reviews, written once the demo accounts exist (a review belongs to the account of the dean
/// who wrote it): the Automotive School on BYD and on Turin Polytechnic University in Tashkent, and the Medical School
/// on Al-Farabi Kazakh National University twice, a year apart, so that profiles and the partner activity report
/// show a latest review that differs from an earlier one.
/// </summary>
internal static class DemoReviews
{
    private static readonly (string School, string Partner, int DaysAgo, int[] Ratings, ReviewRecommendation Recommendation, string Strengths, string? Concerns)[] Reviews =
    [
        ("Automotive School", "BYD Company Limited", 20, [5, 4, 4, 5], ReviewRecommendation.Expand,
            "Vehicles, trainers and paid internships for the new energy vehicle programme; placements every year.", null),
        ("Automotive School", "Turin Polytechnic University in Tashkent", 200, [4, 4, 3, 4], ReviewRecommendation.Maintain,
            "Shared automotive curriculum; their staff visited our battery testing lab.", "No exchange of students yet."),
        ("Medical School", "Al-Farabi Kazakh National University", 400, [3, 4, 2, 3], ReviewRecommendation.Review,
            "Strong nursing faculty.", "Little contact since the agreement was signed."),
        ("Medical School", "Al-Farabi Kazakh National University", 30, [4, 4, 4, 4], ReviewRecommendation.Maintain,
            "Joint course in medical technology started; two teachers exchanged this year.", null),
    ];

    /// <summary>Writes the reviews as the demo dean, once; nothing until that account exists. Returns how many were written.</summary>
    public static async Task<int> WriteAsync(PortalDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var (_, email, name) = AccountSeeder.DemoAccounts.Single(a => a.Role == PortalRoles.Dean);
        var dean = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (dean is null || await db.PartnerReviews.AnyAsync(r => r.AuthorUserId == dean, cancellationToken))
        {
            return 0;
        }

        var schools = await db.Units.Where(u => u.Institution!.IsHome).ToDictionaryAsync(u => u.Name, u => u.Id, cancellationToken);
        var names = Reviews.Select(r => r.Partner).Distinct().ToList();
        var partners = await db.Institutions.Where(i => names.Contains(i.Name)).ToDictionaryAsync(i => i.Name, i => i.Id, cancellationToken);
        var written = 0;
        foreach (var (school, partner, daysAgo, ratings, recommendation, strengths, concerns) in Reviews)
        {
            if (!schools.TryGetValue(school, out var unit) || !partners.TryGetValue(partner, out var institution))
            {
                continue;
            }

            var review = new PartnerReview
            {
                InstitutionId = institution,
                UnitId = unit,
                AuthorUserId = dean,
                AuthorName = name,
                ReviewedOn = today.AddDays(-daysAgo),
                Recommendation = recommendation,
                Strengths = strengths,
                Concerns = concerns,
            };
            review.Rate(ratings[0], ratings[1], ratings[2], ratings[3]);
            db.PartnerReviews.Add(review);
            written++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return written;
    }
}
