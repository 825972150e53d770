using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Agreements.Lifecycle;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Notifications;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Agreements;

public abstract class AgreementLifecycleTests(TestStore store)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Office = TestUsers.InRoles("Aigerim Sadykova", PortalRoles.InternationalOffice);

    private AgreementLifecycle Lifecycle => new(store.Contexts, store.Clock);

    private AgreementExpiryCheck Check => new(store.Contexts, new NotificationService(store.Contexts, store.Clock), store.Clock, NullLogger<AgreementExpiryCheck>.Instance);

    private DateOnly Today => DateOnly.FromDateTime(store.Clock.GetUtcNow().UtcDateTime);

    private async Task<CooperationAgreement> SeedAsync(AgreementStatus status, DateOnly? effective, DateOnly? expires, string? responsibleUserId = null, int? unitId = null, bool homeParty = false)
    {
        var home = new Institution { Name = "Xianyang Polytechnic Institute", Kind = InstitutionKind.College, CountryCode = "CN", IsHome = homeParty };
        var agreement = new CooperationAgreement
        {
            Title = $"Memorandum {Guid.NewGuid():N}",
            Kind = AgreementKind.MemorandumOfUnderstanding,
            Status = status,
            SignedOn = effective, // entered on the form before the agreement is marked signed
            ResponsibleUserId = responsibleUserId,
            ResponsibleUnitId = unitId,
        };
        agreement.SetTerm(effective, expires);
        agreement.AddParty(home);
        agreement.AddParty(new Institution { Name = "East Kazakhstan Technical University", Kind = InstitutionKind.University, CountryCode = "KZ" });
        agreement.AddParty(new Institution { Name = "Eurasian Resources Group", Kind = InstitutionKind.Company, CountryCode = "KZ" });
        agreement.AddField("0715");
        await using var db = store.NewContext();
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync();
        return agreement;
    }

    private async Task<string> NewUserAsync(int? deanOfUnit = null)
    {
        var user = new PortalUser { Id = Guid.NewGuid().ToString(), UserName = $"{Guid.NewGuid():N}@example.org", DisplayName = "Dean" };
        await using var db = store.NewContext();
        db.Users.Add(user);
        if (deanOfUnit is { } unit)
        {
            db.DeanUnits.Add(new DeanUnitAssignment { UserId = user.Id, UnitId = unit });
        }

        await db.SaveChangesAsync();
        return user.Id;
    }

    private async Task<CooperationAgreement> ReadAsync(int id)
    {
        await using var db = store.NewContext();
        return await db.Agreements.AsNoTracking().Include(a => a.Transitions).Include(a => a.Parties).Include(a => a.Fields).AsSplitQuery().SingleAsync(a => a.Id == id);
    }

    private async Task<List<string>> KeysOfAsync(string userId)
    {
        await using var db = store.NewContext();
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id).Select(n => n.Key).ToListAsync();
    }

    [Fact]
    public async Task TheWholeLifecycle_RecordsEachMove_WithWhoWhenAndWhy()
    {
        var agreement = await SeedAsync(AgreementStatus.Draft, new DateOnly(2025, 9, 1), new DateOnly(2030, 8, 31));
        var version = agreement.Version;
        foreach (var (to, reason) in new[] { (AgreementStatus.UnderNegotiation, "Draft sent to ERG"), (AgreementStatus.Signed, "Signed in Xianyang"), (AgreementStatus.Active, null) })
        {
            var outcome = await Lifecycle.MoveAsync(Office, new TransitionInput(agreement.Id, version, to, reason));
            Assert.Equal(SaveStatus.Saved, outcome.Status);
            version = outcome.Version;
        }

        var timeline = await Lifecycle.TimelineAsync(agreement.Id);
        Assert.Equal(
            [
                new TransitionView(AgreementStatus.Draft, AgreementStatus.UnderNegotiation, store.Clock.GetUtcNow(), "Aigerim Sadykova", "Draft sent to ERG"),
                new TransitionView(AgreementStatus.UnderNegotiation, AgreementStatus.Signed, store.Clock.GetUtcNow(), "Aigerim Sadykova", "Signed in Xianyang"),
                new TransitionView(AgreementStatus.Signed, AgreementStatus.Active, store.Clock.GetUtcNow(), "Aigerim Sadykova", null),
            ],
            timeline);
        Assert.Equal(AgreementStatus.Active, (await ReadAsync(agreement.Id)).Status);
    }

    [Fact]
    public async Task AMoveTheLifecycleDoesNotAllow_IsRefusedWithAMessage_AndChangesNothing()
    {
        var agreement = await SeedAsync(AgreementStatus.Draft, new DateOnly(2025, 9, 1), new DateOnly(2030, 8, 31));

        var outcome = await Lifecycle.MoveAsync(Office, new TransitionInput(agreement.Id, agreement.Version, AgreementStatus.Active, null));

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Equal(["An agreement that is draft can only become under negotiation."], outcome.Errors![AgreementLifecycle.StatusField]);
        var stored = await ReadAsync(agreement.Id);
        Assert.Equal((AgreementStatus.Draft, agreement.Version), (stored.Status, stored.Version));
        Assert.Empty(stored.Transitions);
    }

    [Fact]
    public async Task SigningWithoutTheDate_StaleVersions_AndViewers_AreRefused()
    {
        var agreement = await SeedAsync(AgreementStatus.UnderNegotiation, null, null);

        var undated = await Lifecycle.MoveAsync(Office, new TransitionInput(agreement.Id, agreement.Version, AgreementStatus.Signed, null));
        var stale = await Lifecycle.MoveAsync(Office, new TransitionInput(agreement.Id, Guid.NewGuid(), AgreementStatus.Draft, null));
        var viewer = await Lifecycle.MoveAsync(TestUsers.InRoles("Viewer", PortalRoles.Viewer), new TransitionInput(agreement.Id, agreement.Version, AgreementStatus.Draft, null));

        Assert.Equal(["Enter the date the agreement was signed before marking it signed."], undated.Errors![AgreementLifecycle.StatusField]);
        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal(SaveStatus.Forbidden, viewer.Status);
        Assert.Empty((await ReadAsync(agreement.Id)).Transitions);
    }

    [Fact]
    public async Task Renewal_PreparesALinkedSuccessor_AndRetiresTheCurrentOneWhenTheSuccessorTakesEffect()
    {
        var current = await SeedAsync(AgreementStatus.Active, new DateOnly(2020, 9, 1), new DateOnly(2025, 8, 31));
        var draft = await SeedAsync(AgreementStatus.Draft, null, null);

        var refused = await Lifecycle.RenewAsync(Office, draft.Id);
        var renewal = await Lifecycle.RenewAsync(Office, current.Id);
        var again = await Lifecycle.RenewAsync(Office, current.Id);

        Assert.Equal(["Only an active agreement can be renewed; this one is draft."], refused.Errors![AgreementLifecycle.StatusField]);
        Assert.Equal(SaveStatus.Saved, renewal.Status);
        Assert.StartsWith("This agreement already has a successor, ", again.Errors![AgreementLifecycle.StatusField].Single(), StringComparison.Ordinal);
        var successor = await ReadAsync(renewal.Id);
        Assert.Equal((current.Id, AgreementStatus.Draft, current.Title), (successor.RenewsAgreementId, successor.Status, successor.Title));
        Assert.Equal(current.Parties.OrderBy(p => p.Order).Select(p => p.InstitutionId), successor.Parties.OrderBy(p => p.Order).Select(p => p.InstitutionId));
        Assert.Equal(["0715"], successor.Fields.Select(f => f.IscedCode));
        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2030, 8, 31)), (successor.EffectiveOn, successor.ExpiresOn));

        var version = renewal.Version;
        await using (var db = store.NewContext())
        {
            var tracked = await db.Agreements.SingleAsync(a => a.Id == renewal.Id);
            tracked.SignedOn = new DateOnly(2025, 8, 20);
            await db.SaveChangesAsync();
            version = tracked.Version;
        }

        foreach (var to in new[] { AgreementStatus.UnderNegotiation, AgreementStatus.Signed, AgreementStatus.Active })
        {
            var moved = await Lifecycle.MoveAsync(Office, new TransitionInput(renewal.Id, version, to, null));
            Assert.Equal(SaveStatus.Saved, moved.Status);
            version = moved.Version;
        }

        var retired = await ReadAsync(current.Id);
        Assert.Equal(AgreementStatus.Renewed, retired.Status);
        var transition = Assert.Single(retired.Transitions);
        Assert.Equal((AgreementStatus.Active, AgreementStatus.Renewed, $"Renewed by “{current.Title}”."), (transition.From, transition.To, transition.Reason));
    }

    [Fact]
    public async Task AnAgreement_IsInForceOnItsExpiryDate_AndExpiresTheDayAfter_Once()
    {
        var agreement = await SeedAsync(AgreementStatus.Active, Today.AddYears(-5), Today.AddDays(1));

        await Check.RunOnceAsync();
        Assert.Equal(AgreementStatus.Active, (await ReadAsync(agreement.Id)).Status);
        store.Clock.Advance(TimeSpan.FromDays(1));
        await Check.RunOnceAsync();
        Assert.Equal(AgreementStatus.Active, (await ReadAsync(agreement.Id)).Status);
        store.Clock.Advance(TimeSpan.FromDays(1));
        await Task.WhenAll(Check.RunOnceAsync(), Check.RunOnceAsync());
        await Check.RunOnceAsync();

        var expired = await ReadAsync(agreement.Id);
        Assert.Equal(AgreementStatus.Expired, expired.Status);
        var transition = Assert.Single(expired.Transitions);
        Assert.Equal((AgreementStatus.Active, AgreementStatus.Expired, AgreementExpiryCheck.ProcessName), (transition.From, transition.To, transition.ByName));
        Assert.Equal($"Its expiry date, {Today.AddDays(-1):yyyy-MM-dd}, has passed.", transition.Reason);
    }

    [Fact]
    public async Task TheResponsibleAccount_IsRemindedOnceAt180_90And30Days()
    {
        var user = await NewUserAsync();
        var expires = Today.AddDays(200);
        var agreement = await SeedAsync(AgreementStatus.Active, Today.AddYears(-4), expires, responsibleUserId: user);
        string Key(int days) => $"agreement:{agreement.Id}:expiry:{expires:yyyy-MM-dd}:{days}";

        await Check.RunOnceAsync();
        Assert.Empty(await KeysOfAsync(user));

        foreach (var (advance, expected) in new (int, string[])[]
        {
            (20, [Key(180)]), (0, [Key(180)]), (89, [Key(180)]), (1, [Key(180), Key(90)]), (59, [Key(180), Key(90)]), (1, [Key(180), Key(90), Key(30)]), (29, [Key(180), Key(90), Key(30)]),
        })
        {
            store.Clock.Advance(TimeSpan.FromDays(advance));
            await Check.RunOnceAsync();
            await Check.RunOnceAsync();
            Assert.Equal(expected, await KeysOfAsync(user));
        }

        await using var db = store.NewContext();
        var last = await db.Notifications.AsNoTracking().Where(n => n.UserId == user).OrderBy(n => n.Id).LastAsync();
        Assert.Equal((NotificationKind.AgreementExpiring, $"/agreements/{agreement.Id}"), (last.Kind, last.Link));
        Assert.Equal($"“{agreement.Title}” expires on {expires:d MMM yyyy}, in 30 days.", last.Title);
    }

    [Fact]
    public async Task TwelveMonthsBeforeExpiry_TheDeansOfTheResponsibleUnit_AreAskedToReviewEachPartner_Once()
    {
        var home = new Institution { Name = "Xianyang Polytechnic Institute (home)", Kind = InstitutionKind.College, CountryCode = "CN", IsHome = true };
        var unit = home.AddUnit("Automotive School", UnitKind.School);
        await using (var db = store.NewContext())
        {
            db.Institutions.Add(home);
            await db.SaveChangesAsync();
        }

        var dean = await NewUserAsync(deanOfUnit: unit.Id);
        var otherDean = await NewUserAsync();
        var agreement = await SeedAsync(AgreementStatus.Active, Today.AddYears(-4), Today.AddMonths(13), unitId: unit.Id, homeParty: true);

        await Check.RunOnceAsync();
        Assert.Empty(await KeysOfAsync(dean));

        store.Clock.Advance(TimeSpan.FromDays(31));
        await Check.RunOnceAsync();
        await Check.RunOnceAsync();

        var partners = agreement.Parties.OrderBy(p => p.Order).Skip(1).Select(p => p.InstitutionId).ToList();
        Assert.Equal(partners.Select(p => $"agreement:{agreement.Id}:review:{agreement.ExpiresOn:yyyy-MM-dd}:{p}"), await KeysOfAsync(dean));
        Assert.Empty(await KeysOfAsync(otherDean));
    }
}

public sealed class SqliteAgreementLifecycleTests(SqliteStore store) : AgreementLifecycleTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresAgreementLifecycleTests(PostgresStore store) : AgreementLifecycleTests(store), IClassFixture<PostgresStore>;
