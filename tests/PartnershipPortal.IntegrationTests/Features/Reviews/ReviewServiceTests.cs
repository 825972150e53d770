using System.Security.Claims;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Reviews;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Reviews;

/// <summary>Deans' reviews and when they fall due, with the clock moved rather than waited for.</summary>
public abstract class ReviewServiceTests(TestStore store)
{
    private ReviewService Reviews => new(store.Contexts, new ReviewInputValidator(), store.Clock);

    private sealed record World(int Partner, int Automotive, int Medical, ClaimsPrincipal Dean, ClaimsPrincipal Office);

    /// <summary>A home institution with two schools, a partner, and a dean of the Automotive School only.</summary>
    private async Task<World> WorldAsync(string partnerName, DateOnly? agreementExpires = null)
    {
        var home = new Institution { Name = $"Home of {partnerName}", Kind = InstitutionKind.VocationalSchool, CountryCode = "CN", IsHome = true };
        var automotive = home.AddUnit("Automotive School", UnitKind.School);
        var medical = home.AddUnit("Medical School", UnitKind.School);
        var partner = new Institution { Name = partnerName, Kind = InstitutionKind.College, CountryCode = "KZ" };
        var deanId = $"dean-{Guid.NewGuid():N}";
        await using (var db = store.NewContext())
        {
            db.Institutions.AddRange(home, partner);
            if (agreementExpires is { } expires)
            {
                var agreement = new CooperationAgreement { Title = $"Memorandum with {partnerName}", Kind = AgreementKind.MemorandumOfUnderstanding, Status = AgreementStatus.Active, ResponsibleUnit = automotive };
                agreement.SetTerm(expires.AddYears(-3), expires);
                agreement.AddParty(home);
                agreement.AddParty(partner);
                db.Agreements.Add(agreement);
            }

            await db.SaveChangesAsync();
            var dean = new PortalUser { Id = deanId, UserName = $"{deanId}@test.example", Email = $"{deanId}@test.example", DisplayName = "Dean Gulnara", CreatedAt = store.Clock.GetUtcNow() };
            dean.DeanUnits.Add(new DeanUnitAssignment { UnitId = automotive.Id });
            db.Users.Add(dean);
            await db.SaveChangesAsync();
        }

        var deanPrincipal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, deanId), new Claim(ClaimTypes.Role, PortalRoles.Dean), new Claim("portal:display_name", "Dean Gulnara")], "test"));
        return new World(partner.Id, automotive.Id, medical.Id, deanPrincipal, TestUsers.InRoles("Aliya Office", PortalRoles.InternationalOffice));
    }

    private ReviewInput Review(World world, int unit, int rating = 4) => new()
    {
        InstitutionId = world.Partner,
        UnitId = unit,
        ReviewedOn = DateOnly.FromDateTime(store.Clock.GetUtcNow().UtcDateTime),
        StrategicFit = rating,
        AcademicQuality = rating,
        Activity = rating - 1,
        Reliability = rating,
        Recommendation = ReviewRecommendation.Expand,
        Strengths = "Strong workshop practice",
    };

    [Fact]
    public async Task Dean_ReviewsForTheirOwnUnitOnly_WithRatingsFromOneToFive()
    {
        var world = await WorldAsync("Aktobe Highway College");

        var own = await Reviews.WriteAsync(world.Dean, Review(world, world.Automotive));
        var other = await Reviews.WriteAsync(world.Dean, Review(world, world.Medical));
        var outOfRange = await Reviews.WriteAsync(world.Dean, Review(world, world.Automotive, rating: 6));
        var byOffice = await Reviews.WriteAsync(world.Office, Review(world, world.Automotive));

        Assert.True(own.Succeeded);
        Assert.Equal(["You review for your own units only; choose one of them."], other.Errors!["UnitId"]);
        Assert.Equal(["Rate strategic fit from 1 (poor) to 5 (excellent)."], outOfRange.Errors!["StrategicFit"]);
        Assert.Equal(SaveStatus.Forbidden, byOffice.Status);
    }

    [Fact]
    public async Task Review_IsDue_WhenAnAgreementOfTheUnitExpiresWithinAYear_UntilItIsWritten()
    {
        var today = DateOnly.FromDateTime(store.Clock.GetUtcNow().UtcDateTime);
        var world = await WorldAsync("Oriental College", agreementExpires: today.AddMonths(10));

        var before = await Reviews.DueAsync([world.Automotive, world.Medical]);
        await Reviews.WriteAsync(world.Dean, Review(world, world.Automotive));
        var after = await Reviews.DueAsync([world.Automotive, world.Medical]);

        var due = Assert.Single(before, d => d.InstitutionId == world.Partner);
        Assert.Equal("Automotive School", due.UnitName);
        Assert.Null(due.LastReviewedOn);
        Assert.Equal([$"“Memorandum with Oriental College” expires on {ValidationRules.DisplayDate(today.AddMonths(10))}."], due.Reasons);
        Assert.DoesNotContain(after, d => d.InstitutionId == world.Partner);
    }

    [Fact]
    public async Task Review_IsDueAgain_WhenTheLastIsOlderThanTwoYears_OrWhenStaffAskForOne()
    {
        var world = await WorldAsync("Ekibastuz Technical College");
        await Reviews.WriteAsync(world.Dean, Review(world, world.Automotive));
        var reviewedOn = DateOnly.FromDateTime(store.Clock.GetUtcNow().UtcDateTime);

        var requested = await Reviews.RequestAsync(world.Office, world.Partner, world.Medical, "Renewal talks in March");
        var dueNow = await Reviews.DueAsync([world.Automotive, world.Medical]);
        store.Clock.Advance(TimeSpan.FromDays(731));
        var dueLater = await Reviews.DueAsync([world.Automotive, world.Medical]);

        Assert.True(requested.Succeeded);
        var request = Assert.Single(dueNow, d => d.InstitutionId == world.Partner);
        Assert.Equal("Medical School", request.UnitName);
        Assert.Equal([$"Requested by Aliya Office on {ValidationRules.DisplayDate(reviewedOn)}: Renewal talks in March"], request.Reasons);
        var stale = Assert.Single(dueLater, d => d.InstitutionId == world.Partner && d.UnitId == world.Automotive);
        Assert.Equal(reviewedOn, stale.LastReviewedOn);
        Assert.Equal([$"Last reviewed on {ValidationRules.DisplayDate(reviewedOn)}, more than 24 months ago."], stale.Reasons);
    }

    [Fact]
    public async Task Profile_ShowsTheLatestReviewPerUnit_AndTheTrend()
    {
        var world = await WorldAsync("Karaganda Polytechnic College");
        await Reviews.WriteAsync(world.Dean, Review(world, world.Automotive, rating: 3));
        store.Clock.Advance(TimeSpan.FromDays(200));
        await Reviews.WriteAsync(world.Dean, Review(world, world.Automotive, rating: 5));

        var units = await Reviews.ForInstitutionAsync(world.Partner);

        var automotive = Assert.Single(units);
        Assert.Equal("Automotive School", automotive.UnitName);
        Assert.Equal((5, 4, "Dean Gulnara"), (automotive.Latest.StrategicFit, automotive.Latest.Activity, automotive.Latest.Author));
        Assert.Equal([2.75m, 4.75m], automotive.Trend.Select(p => p.Average));
    }
}

public sealed class SqliteReviewServiceTests(SqliteStore store) : ReviewServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresReviewServiceTests(PostgresStore store) : ReviewServiceTests(store), IClassFixture<PostgresStore>;
