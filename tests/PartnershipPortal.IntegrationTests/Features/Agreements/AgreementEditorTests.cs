using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Agreements;
using PartnershipPortal.Core.Features.Agreements.Lifecycle;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Agreements;

/// <summary>Recording and changing agreements, all or nothing, from the reference visit's institutions and people.</summary>
public abstract class AgreementEditorTests(TestStore store)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Office = TestUsers.InRoles("Aigerim Sadykova", PortalRoles.InternationalOffice);
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestUsers.InRoles("Arman Admin", PortalRoles.Administrator);

    private AgreementEditor Editor => new(store.Contexts, new AgreementInputValidator());

    /// <summary>The reference visit, an enabled and a disabled account, and a unit of a partner (EKTU).</summary>
    private sealed record Seeded(ReferenceVisit Graph, string AccountId, string DisabledAccountId, OrganisationalUnit PartnerUnit);

    private Task<Seeded> SeedAsync() =>
        store.SeedOnceAsync("reference", db =>
        {
            var graph = ReferenceVisit.Create();
            db.Visits.Add(graph.Visit);
            var account = new PortalUser { Id = Guid.NewGuid().ToString(), UserName = "office@example.org", Email = "office@example.org", DisplayName = "Aigerim Sadykova" };
            var disabled = new PortalUser { Id = Guid.NewGuid().ToString(), UserName = "gone@example.org", DisplayName = "Left the office", IsDisabled = true };
            db.Users.AddRange(account, disabled);
            var partnerUnit = graph.Ektu.AddUnit("School of Engineering", UnitKind.School);
            return Task.FromResult(new Seeded(graph, account.Id, disabled.Id, partnerUnit));
        });

    /// <summary>The memorandum of the reference case: XYPI, ERG and EKTU, each with its signatory.</summary>
    private static AgreementInput Memorandum(Seeded seeded, string title)
    {
        var g = seeded.Graph;
        return new AgreementInput
        {
            Title = title,
            Kind = AgreementKind.MemorandumOfUnderstanding,
            SignedOn = new DateOnly(2025, 5, 20),
            EffectiveOn = new DateOnly(2025, 6, 1),
            ExpiresOn = new DateOnly(2030, 5, 31),
            Parties =
            [
                new() { InstitutionId = g.Xypi.Id, Signatories = [new() { PersonId = g.WuXujin.Id, Position = "Vice President", SignedOn = new DateOnly(2025, 5, 20) }] },
                new() { InstitutionId = g.Erg.Id, Signatories = [new() { PersonId = g.NamedMembers[0].Id, Position = "Project Head", SignedOn = new DateOnly(2025, 5, 21) }] },
                new()
                {
                    InstitutionId = g.Ektu.Id,
                    Signatories =
                    [
                        new() { Name = "  Rector of EKTU  ", Position = "Rector", SignedOn = new DateOnly(2025, 5, 22) },
                        new() { PersonId = g.NamedMembers[1].Id, Position = "Vice President" },
                    ],
                },
            ],
            ResponsibleUnitId = g.InternationalOffice.Id,
            ResponsiblePersonId = g.WuXujin.Id,
            ResponsibleUserId = seeded.AccountId,
            FieldCodes = ["0715", "0716"],
            FrameworkIds = [g.BeltAndRoad.Id, g.QinlingWorkshop.Id],
            VisitIds = [g.Visit.Id],
            Notes = " Signed at the end of the delegation's visit. ",
        };
    }

    private async Task<int> CountAsync()
    {
        await using var db = store.NewContext();
        return await db.Agreements.CountAsync() + await db.Set<AgreementParty>().CountAsync() + await db.Set<AgreementSignatory>().CountAsync();
    }

    private async Task<CooperationAgreement> ReadAsync(int id)
    {
        await using var db = store.NewContext();
        return await db.Agreements.AsNoTracking()
            .Include(a => a.Parties).ThenInclude(p => p.Signatories)
            .Include(a => a.Fields).Include(a => a.Frameworks).Include(a => a.Visits).Include(a => a.Transitions)
            .AsSplitQuery()
            .SingleAsync(a => a.Id == id);
    }

    private static string Signatories(CooperationAgreement agreement) => string.Join(" / ", agreement.Parties.OrderBy(p => p.Order).Select(p =>
        $"{p.InstitutionId}: " + string.Join(", ", p.Signatories.OrderBy(s => s.Order).Select(s => $"{s.PersonId}|{s.Name}|{s.Position}|{s.SignedOn:yyyy-MM-dd}"))));

    [Fact]
    public async Task Create_AThreePartyMemorandumWithSignatories_SavesEveryFieldAsADraft_AndShowsItOnTheVisitAndEachParty()
    {
        var seeded = await SeedAsync();
        var g = seeded.Graph;

        var outcome = await Editor.CreateAsync(Office, Memorandum(seeded, "Memorandum on vocational education (XYPI, ERG, EKTU)"));

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        var stored = await ReadAsync(outcome.Id);
        Assert.Equal(
            ("Memorandum on vocational education (XYPI, ERG, EKTU)", AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Draft),
            (stored.Title, stored.Kind, stored.Status));
        Assert.Equal((new DateOnly(2025, 5, 20), new DateOnly(2025, 6, 1), new DateOnly(2030, 5, 31)), (stored.SignedOn, stored.EffectiveOn, stored.ExpiresOn));
        Assert.Equal(
            $"{g.Xypi.Id}: {g.WuXujin.Id}||Vice President|2025-05-20 / {g.Erg.Id}: {g.NamedMembers[0].Id}||Project Head|2025-05-21 / "
            + $"{g.Ektu.Id}: |Rector of EKTU|Rector|2025-05-22, {g.NamedMembers[1].Id}||Vice President|",
            Signatories(stored));
        Assert.Equal((g.InternationalOffice.Id, g.WuXujin.Id, seeded.AccountId), (stored.ResponsibleUnitId, stored.ResponsiblePersonId, stored.ResponsibleUserId));
        Assert.Equal(["0715", "0716"], stored.Fields.Select(f => f.IscedCode).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { g.BeltAndRoad.Id, g.QinlingWorkshop.Id }.Order(), stored.Frameworks.Select(f => f.FrameworkId).Order());
        Assert.Equal([g.Visit.Id], stored.Visits.Select(v => v.VisitId));
        Assert.Equal("Signed at the end of the delegation's visit.", stored.Notes);
        Assert.Empty(stored.Transitions);
        Assert.Equal(outcome.Version, stored.Version);

        var details = await new AgreementService(store.Contexts, store.Clock).GetAsync(outcome.Id);
        Assert.Equal(
            ["Xianyang Polytechnic Institute: Wu Xujin, Vice President, 2025-05-20",
             "Eurasian Resources Group: Ruslan Ismukhambetov, Project Head, 2025-05-21",
             "East Kazakhstan Technical University: Rector of EKTU, Rector, 2025-05-22; Mashekenova Assiya, Vice President, "],
            details!.Parties.Select(p => $"{p.Name}: " + string.Join("; ", p.Signatories.Select(s => $"{s.Name}, {s.Position}, {s.SignedOn:yyyy-MM-dd}"))));
        Assert.Equal("Aigerim Sadykova", details.ResponsibleAccount);

        var onVisit = (await new VisitService(store.Contexts).GetAsync(g.Visit.Id))!.Agreements;
        Assert.Contains(new AgreementLink(outcome.Id, stored.Title, AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Draft, new DateOnly(2030, 5, 31)), onVisit);
        var institutions = new InstitutionService(store.Contexts);
        foreach (var party in new[] { g.Xypi, g.Erg, g.Ektu })
        {
            Assert.Contains(outcome.Id, (await institutions.GetAsync(party.Id))!.Agreements.Select(a => a.Id));
        }

        Assert.DoesNotContain(outcome.Id, (await institutions.GetAsync(g.AktobeCollege.Id))!.Agreements.Select(a => a.Id));
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "one party", "Parties", "An agreement binds at least two parties: choose every institution that signs it." },
        { "the same party twice", "Parties[2].InstitutionId", "This institution is already a party: list each party once." },
        { "expiry before the effective date", "ExpiresOn", "The agreement must expire after the date it takes effect." },
        { "a signatory without person or name", "Parties[2].Signatories[0].Name", "Choose the person who signed, or type their name." },
        { "an institution that does not exist", "Parties[1].InstitutionId", "This institution no longer exists; choose again." },
        { "a signatory who does not exist", "Parties[0].Signatories[0].PersonId", "This person no longer exists; choose again." },
        { "a signatory of another party", "Parties[1].Signatories[0].PersonId", "Wu Xujin is not recorded at Eurasian Resources Group: choose a person of this party, or type the signatory's name." },
        { "a unit of a partner", "ResponsibleUnitId", "Choose a unit of the home institution." },
        { "a unit that does not exist", "ResponsibleUnitId", "This unit no longer exists; choose again." },
        { "a responsible person who does not exist", "ResponsiblePersonId", "This person no longer exists; choose again." },
        { "a disabled account", "ResponsibleUserId", "This account no longer exists or is disabled; choose another." },
        { "a framework that does not exist", "FrameworkIds", "A framework or programme listed no longer exists; choose them again." },
        { "a visit that does not exist", "VisitIds", "A visit listed no longer exists; choose the visits again." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Create_WithBadInput_AnswersBesideTheFieldAndSavesNothing(string bad, string field, string message)
    {
        var seeded = await SeedAsync();
        var g = seeded.Graph;
        var input = Memorandum(seeded, $"Refused: {bad}");
        const int missing = 999_999;
        switch (bad)
        {
            case "one party": input.Parties.RemoveRange(1, 2); break;
            case "the same party twice": input.Parties[2].InstitutionId = g.Xypi.Id; break;
            case "expiry before the effective date": input.ExpiresOn = new DateOnly(2025, 5, 31); break;
            case "a signatory without person or name": input.Parties[2].Signatories[0].Name = " "; break;
            case "an institution that does not exist": input.Parties[1].InstitutionId = missing; break;
            case "a signatory who does not exist": input.Parties[0].Signatories[0].PersonId = missing; break;
            case "a signatory of another party": input.Parties[1].Signatories[0].PersonId = g.WuXujin.Id; break;
            case "a unit of a partner": input.ResponsibleUnitId = seeded.PartnerUnit.Id; break;
            case "a unit that does not exist": input.ResponsibleUnitId = missing; break;
            case "a responsible person who does not exist": input.ResponsiblePersonId = missing; break;
            case "a disabled account": input.ResponsibleUserId = seeded.DisabledAccountId; break;
            case "a framework that does not exist": input.FrameworkIds.Add(missing); break;
            case "a visit that does not exist": input.VisitIds.Add(missing); break;
        }

        var before = await CountAsync();

        var outcome = await Editor.CreateAsync(Office, input);

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Equal([field], outcome.Errors!.Keys);
        Assert.Equal([message], outcome.Errors[field]);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData(PortalRoles.Viewer)]
    [InlineData(PortalRoles.Dean)]
    public async Task Create_ByARoleThatMayNotEdit_IsRefused(string role)
    {
        var seeded = await SeedAsync();
        var before = await CountAsync();

        var outcome = await Editor.CreateAsync(TestUsers.InRoles("Reader", role), Memorandum(seeded, "Refused memorandum"));

        Assert.Equal(SaveStatus.Forbidden, outcome.Status);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Update_ReordersAndDropsParties_ChangesSignatoriesInPlace_AndKeepsTheStatus()
    {
        var seeded = await SeedAsync();
        var g = seeded.Graph;
        var created = await Editor.CreateAsync(Office, Memorandum(seeded, "Memorandum to be reshaped"));
        var moved = await new AgreementLifecycle(store.Contexts, store.Clock).MoveAsync(Office, new TransitionInput(created.Id, created.Version, AgreementStatus.UnderNegotiation, "Sent to EKTU"));
        var before = await ReadAsync(created.Id);
        var ektuParty = before.Parties.Single(p => p.InstitutionId == g.Ektu.Id);

        var (input, version) = (await Editor.GetForEditAsync(created.Id))!.Value;
        Assert.Equal(moved.Version, version);
        Assert.Equal([g.Xypi.Id, g.Erg.Id, g.Ektu.Id], input.Parties.Select(p => p.InstitutionId));
        input.Parties = [input.Parties[2], input.Parties[0]];
        input.Parties[0].Signatories = [input.Parties[0].Signatories[1]];
        input.Parties[0].Signatories[0].SignedOn = new DateOnly(2025, 5, 23);
        input.FieldCodes = ["0716", "0914"];
        input.FrameworkIds = [g.VocationalStandards.Id];
        input.VisitIds = [];

        var outcome = await Editor.UpdateAsync(Office, created.Id, version, input);

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        var stored = await ReadAsync(created.Id);
        Assert.Equal(AgreementStatus.UnderNegotiation, stored.Status);
        Assert.Equal(
            $"{g.Ektu.Id}: {g.NamedMembers[1].Id}||Vice President|2025-05-23 / {g.Xypi.Id}: {g.WuXujin.Id}||Vice President|2025-05-20",
            Signatories(stored));
        Assert.Equal(ektuParty.Id, stored.Parties.Single(p => p.InstitutionId == g.Ektu.Id).Id);
        Assert.Equal(ektuParty.Signatories.Single(s => s.Order == 0).Id, stored.Parties.Single(p => p.InstitutionId == g.Ektu.Id).Signatories.Single().Id);
        Assert.Equal(["0716", "0914"], stored.Fields.Select(f => f.IscedCode).Order(StringComparer.Ordinal));
        Assert.Equal([g.VocationalStandards.Id], stored.Frameworks.Select(f => f.FrameworkId));
        Assert.Empty(stored.Visits);
        Assert.NotEqual(version, stored.Version);
    }

    [Fact]
    public async Task Update_AgainstAnOlderVersion_ReturnsTheConflict_AndSavesTheUsersValuesOnTheSecondTry()
    {
        var seeded = await SeedAsync();
        var created = await Editor.CreateAsync(Office, Memorandum(seeded, "Memorandum edited twice"));
        var theirs = Memorandum(seeded, "Memorandum edited twice");
        theirs.ExpiresOn = new DateOnly(2029, 5, 31);
        Assert.True((await Editor.UpdateAsync(Admin, created.Id, created.Version, theirs)).Succeeded);

        var mine = Memorandum(seeded, "Memorandum edited twice");
        mine.Parties[2].Signatories[0].Position = "Rector and Chair of the Board";
        var outcome = await Editor.UpdateAsync(Office, created.Id, created.Version, mine);

        Assert.Equal(SaveStatus.Conflict, outcome.Status);
        Assert.Equal("Arman Admin", outcome.Conflict!.ChangedBy);
        var stored = await ReadAsync(created.Id);
        Assert.Equal(new DateOnly(2029, 5, 31), stored.ExpiresOn);
        Assert.Equal("Rector", stored.Parties.Single(p => p.Order == 2).Signatories.Single(s => s.Order == 0).Position);

        var again = await Editor.UpdateAsync(Office, created.Id, outcome.Conflict.StoredVersion!.Value, mine);
        Assert.Equal(SaveStatus.Saved, again.Status);
        stored = await ReadAsync(created.Id);
        Assert.Equal((new DateOnly(2030, 5, 31), "Rector and Chair of the Board"), (stored.ExpiresOn, stored.Parties.Single(p => p.Order == 2).Signatories.Single(s => s.Order == 0).Position));
    }

    [Fact]
    public async Task Update_AfterAnotherChangedOnlyASignatory_IsAConflictToo()
    {
        var seeded = await SeedAsync();
        var created = await Editor.CreateAsync(Office, Memorandum(seeded, "Memorandum whose signatories change"));
        var theirs = Memorandum(seeded, "Memorandum whose signatories change");
        theirs.Parties[0].Signatories[0].Position = "Vice President (acting)";
        var saved = await Editor.UpdateAsync(Admin, created.Id, created.Version, theirs);
        Assert.NotEqual(created.Version, saved.Version);

        var mine = Memorandum(seeded, "Memorandum whose signatories change");
        mine.Parties[1].Signatories[0].SignedOn = new DateOnly(2025, 5, 24);
        var outcome = await Editor.UpdateAsync(Office, created.Id, created.Version, mine);

        Assert.Equal(SaveStatus.Conflict, outcome.Status);
        Assert.Equal(saved.Version, outcome.Conflict!.StoredVersion);
        var stored = await ReadAsync(created.Id);
        Assert.Equal(new DateOnly(2025, 5, 21), stored.Parties.Single(p => p.Order == 1).Signatories.Single().SignedOn);
        Assert.Equal("Vice President (acting)", stored.Parties.Single(p => p.Order == 0).Signatories.Single().Position);
    }

    [Fact]
    public async Task Update_OfASignedAgreement_KeepsItsSigningDate()
    {
        var seeded = await SeedAsync();
        var created = await Editor.CreateAsync(Office, Memorandum(seeded, "Memorandum already signed"));
        var lifecycle = new AgreementLifecycle(store.Contexts, store.Clock);
        var version = created.Version;
        foreach (var to in new[] { AgreementStatus.UnderNegotiation, AgreementStatus.Signed })
        {
            version = (await lifecycle.MoveAsync(Office, new TransitionInput(created.Id, version, to, null))).Version;
        }

        var input = Memorandum(seeded, "Memorandum already signed");
        input.SignedOn = null;
        var outcome = await Editor.UpdateAsync(Office, created.Id, version, input);

        Assert.Equal(["This agreement is signed: keep the date it was signed."], outcome.Errors![nameof(AgreementInput.SignedOn)]);
        Assert.Equal(new DateOnly(2025, 5, 20), (await ReadAsync(created.Id)).SignedOn);
    }

    [Fact]
    public async Task FromVisit_PrefillsTheHostAndTheRepresentedInstitutions_FieldsFrameworks_AndLinksTheVisit()
    {
        var seeded = await SeedAsync();
        var g = seeded.Graph;

        var input = await Editor.FromVisitAsync(g.Visit.Id);

        Assert.NotNull(input);
        Assert.Equal(
            [g.Xypi.Id, g.Erg.Id, g.Ektu.Id, g.OrientalCollege.Id, g.AktobeCollege.Id, g.ShangpinShuren.Id],
            input.Parties.Select(p => p.InstitutionId));
        Assert.All(input.Parties, p => Assert.Empty(p.Signatories));
        Assert.Equal(["0715", "0716", "0914"], input.FieldCodes);
        Assert.Equal(new[] { g.BeltAndRoad.Id, g.QinlingWorkshop.Id, g.VocationalStandards.Id }.Order(), input.FrameworkIds);
        Assert.Equal([g.Visit.Id], input.VisitIds);
        Assert.Equal((string.Empty, AgreementKind.MemorandumOfUnderstanding), (input.Title, input.Kind));
        Assert.Null(await Editor.FromVisitAsync(999_999));

        var names = await new AgreementFormLookup(store.Contexts).NamesAsync(input);
        Assert.Equal("Shaanxi ShangpinShuren Education Technology Co., Ltd.", names.Institutions[g.ShangpinShuren.Id].Name);
        Assert.Equal(ReferenceVisit.VisitTitle, names.Visits[g.Visit.Id].Title);

        // The office keeps three of the six parties and saves: the visit is linked.
        input.Title = "Memorandum from the Kazakh delegation's visit";
        input.Parties = input.Parties.Take(3).ToList();
        var outcome = await Editor.CreateAsync(Office, input);
        Assert.Equal(SaveStatus.Saved, outcome.Status);
        Assert.Equal([g.Visit.Id], (await ReadAsync(outcome.Id)).Visits.Select(v => v.VisitId));
    }
}

public sealed class SqliteAgreementEditorTests(SqliteStore store) : AgreementEditorTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresAgreementEditorTests(PostgresStore store) : AgreementEditorTests(store), IClassFixture<PostgresStore>;
