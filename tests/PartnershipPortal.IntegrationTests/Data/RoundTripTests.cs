using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Data;

/// <summary>Every entity written through the real migrations and read back from a fresh context.</summary>
public abstract class RoundTripTests(TestStore store)
{
    private async Task<(ReferenceVisit Graph, CooperationAgreement Agreement, FollowUpAction FollowUp)> SaveReferenceGraphAsync()
    {
        var graph = ReferenceVisit.Create();
        var agreement = new CooperationAgreement
        {
            Title = "Memorandum on vocational education with ERG and EKTU",
            Kind = AgreementKind.MemorandumOfUnderstanding,
            Status = AgreementStatus.Signed,
            SignedOn = new DateOnly(2025, 9, 1),
            ResponsibleUnit = graph.InternationalOffice,
            ResponsiblePerson = graph.WuXujin,
        };
        agreement.SetTerm(new DateOnly(2025, 9, 1), new DateOnly(2030, 8, 31));
        agreement.AddParty(graph.Xypi);
        agreement.AddParty(graph.Erg);
        agreement.AddParty(graph.Ektu);
        agreement.AddField("0715");
        agreement.AddField("0716");
        agreement.AddFramework(graph.BeltAndRoad);
        agreement.LinkVisit(graph.Visit);
        agreement.EnsureComplete();

        var followUp = FollowUpAction.ForVisit(graph.Visit, "Send the draft memorandum to ERG");
        followUp.Owner = graph.WuXujin;
        followUp.DueOn = new DateOnly(2025, 6, 15);

        await using var db = store.NewContext();
        db.Visits.Add(graph.Visit);
        db.Agreements.Add(agreement);
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync();
        return (graph, agreement, followUp);
    }

    [Fact]
    public async Task ReferenceVisit_RoundTripsEveryFact()
    {
        var (graph, _, _) = await SaveReferenceGraphAsync();

        await using var db = store.NewContext();
        var visit = await db.Visits.AsNoTracking()
            .Include(v => v.HostInstitution)
            .Include(v => v.Delegation!).ThenInclude(d => d.Members).ThenInclude(m => m.Person!).ThenInclude(p => p.Institution)
            .Include(v => v.Delegation!).ThenInclude(d => d.Institutions).ThenInclude(i => i.Institution)
            .Include(v => v.Hosts).ThenInclude(h => h.Person)
            .Include(v => v.Hosts).ThenInclude(h => h.Unit)
            .Include(v => v.AgendaItems).ThenInclude(a => a.Facility!).ThenInclude(f => f.Unit)
            .Include(v => v.FieldsOfInterest)
            .Include(v => v.CooperationInterests)
            .Include(v => v.Frameworks).ThenInclude(f => f.Framework)
            .Include(v => v.Outcomes)
            .Include(v => v.Quotations).ThenInclude(q => q.Speaker)
            .AsSplitQuery()
            .SingleAsync(v => v.Id == graph.Visit.Id);

        Assert.Equal(ReferenceVisit.VisitTitle, visit.Title);
        Assert.Equal(VisitDirection.Inbound, visit.Direction);
        Assert.Equal(new DateOnly(2025, 5, 20), visit.StartDate);
        Assert.Equal(new DateOnly(2025, 5, 20), visit.EndDate);
        Assert.Equal("Asia/Shanghai", visit.TimeZoneId);
        Assert.Equal(VisitStatus.Completed, visit.Status);
        Assert.Equal("Xianyang Polytechnic Institute", visit.HostInstitution!.Name);
        Assert.True(visit.HostInstitution.IsHome);

        var delegation = visit.Delegation!;
        Assert.Equal(15, delegation.DeclaredSize);
        Assert.Equal(
            ["Eurasian Resources Group", "East Kazakhstan Technical University", "Oriental Technical-Humanities College",
             "Aktobe Automobile and Highway College", "Shaanxi ShangpinShuren Education Technology Co., Ltd."],
            delegation.Institutions.OrderBy(i => i.Order).Select(i => i.Institution!.Name));
        Assert.Equal(
            ["Ruslan Ismukhambetov|Project Head|ERG", "Mashekenova Assiya|Vice President|EKTU",
             "Irgebayev Yernar|President|Oriental Technical-Humanities College", "Erlan Nursultanovich Safin|Vice President|Aktobe Automobile and Highway College"],
            delegation.Members.OrderBy(m => m.Order).Select(m => $"{m.Person!.FullName}|{m.Person.Position}|{m.Person.Institution!.Acronym ?? m.Person.Institution.Name}"));

        var hosts = visit.Hosts.OrderBy(h => h.Order).ToList();
        Assert.Equal(4, hosts.Count);
        Assert.Equal("Wu Xujin", hosts[0].Person!.FullName);
        Assert.True(hosts[0].LeadsTalks);
        Assert.Equal(
            ["Dean of the Automotive School|Automotive School", "Dean of the Medical School|Medical School",
             "Officials of the Office of International Exchange and Cooperation|Office of International Exchange and Cooperation"],
            hosts.Skip(1).Select(h => $"{h.RoleDescription}|{h.Unit!.Name}"));
        Assert.All(hosts.Skip(1), h => Assert.Null(h.PersonId));

        var agenda = visit.AgendaItems.OrderBy(a => a.Order).ToList();
        Assert.Equal([AgendaItemKind.Talks, AgendaItemKind.FacilityTour, AgendaItemKind.FacilityTour, AgendaItemKind.FacilityTour], agenda.Select(a => a.Kind));
        Assert.Equal(
            ["CNC machining center|Technician School", "New energy vehicle lab|Automotive School", "Human Science Museum|Medical School"],
            agenda.Skip(1).Select(a => $"{a.Facility!.Name}|{a.Facility.Unit!.Name}"));

        Assert.Equal(
            ["0715|advanced manufacturing", "0716|new energy vehicles", "0914|medical technology"],
            visit.FieldsOfInterest.OrderBy(f => f.Order).Select(f => $"{f.IscedCode}|{f.Wording}"));
        Assert.Equal(
            [CooperationKind.JointResearch, CooperationKind.FacultyExchange, CooperationKind.StudentExchange, CooperationKind.SkillsDevelopmentProgramme],
            visit.CooperationInterests.OrderBy(c => c.Order).Select(c => c.Kind));
        Assert.Equal(
            ["Belt and Road Initiative|Framework", "Globally recognised vocational standards|Initiative", "Qinling Workshop|Project"],
            visit.Frameworks.Select(f => $"{f.Framework!.Name}|{f.Framework.Kind}").Order(StringComparer.Ordinal));
        Assert.Equal(2, visit.Outcomes.Count);
        Assert.Equal("Both sides intend to deepen cooperation in vocational education.", visit.Outcomes.OrderBy(o => o.Order).First().Text);
        var quotation = Assert.Single(visit.Quotations);
        Assert.Equal(ReferenceVisit.Quote, quotation.Text);
        Assert.Equal("Wu Xujin", quotation.Speaker!.FullName);
    }

    [Fact]
    public async Task Institution_RoundTripsEveryField_AndUnitsWithFacilities()
    {
        var (graph, _, _) = await SaveReferenceGraphAsync();

        await using var db = store.NewContext();
        var xypi = await db.Institutions.AsNoTracking()
            .Include(i => i.Units).ThenInclude(u => u.Facilities)
            .SingleAsync(i => i.Id == graph.Xypi.Id);

        Assert.Equal("咸阳职业技术学院", xypi.OriginalName);
        Assert.Equal("XYPI", xypi.Acronym);
        Assert.Equal(InstitutionKind.VocationalSchool, xypi.Kind);
        Assert.Equal("CN", xypi.CountryCode);
        Assert.Equal("Shaanxi", xypi.Region);
        Assert.Equal("Xianyang", xypi.City);
        Assert.Equal(RelationshipStatus.ActivePartner, xypi.RelationshipStatus);
        Assert.False(xypi.IsArchived);
        Assert.Equal(
            ["Automotive School|School|New energy vehicle lab", "Medical School|School|Human Science Museum",
             "Office of International Exchange and Cooperation|Office|", "Technician School|School|CNC machining center"],
            xypi.Units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => $"{u.Name}|{u.Kind}|{string.Join(",", u.Facilities.Select(f => f.Name))}"));
    }

    [Fact]
    public async Task Institution_WithParentAndAllOptionalFields_RoundTrips()
    {
        var parent = new Institution { Name = "Kazakh Ministry of Science and Higher Education", Kind = InstitutionKind.GovernmentBody, CountryCode = "KZ" };
        var child = new Institution
        {
            Name = "Satbayev University",
            OriginalName = "Сәтбаев университеті",
            Acronym = "KazNRTU",
            Kind = InstitutionKind.University,
            CountryCode = "KZ",
            City = "Almaty",
            Website = "https://satbayev.university",
            RorId = "05gq02987",
            RelationshipStatus = RelationshipStatus.Dormant,
            IsArchived = true,
        };
        child.SetParent(parent);
        await using (var db = store.NewContext())
        {
            db.Institutions.Add(child);
            await db.SaveChangesAsync();
        }

        await using var read = store.NewContext();
        var stored = await read.Institutions.AsNoTracking().Include(i => i.Parent).SingleAsync(i => i.Id == child.Id);
        Assert.Equal("Сәтбаев университеті", stored.OriginalName);
        Assert.Equal("https://satbayev.university", stored.Website);
        Assert.Equal("05gq02987", stored.RorId);
        Assert.Equal(RelationshipStatus.Dormant, stored.RelationshipStatus);
        Assert.True(stored.IsArchived);
        Assert.Equal("Kazakh Ministry of Science and Higher Education", stored.Parent!.Name);
    }

    [Fact]
    public async Task Person_RoundTripsContactDetailsAndOriginalScript()
    {
        var institution = new Institution { Name = "Aktobe Regional University", Kind = InstitutionKind.University, CountryCode = "KZ" };
        var unit = institution.AddUnit("Faculty of Engineering", UnitKind.Faculty);
        var person = new Person
        {
            FullName = "Erlan Nursultanovich Safin",
            OriginalScriptName = "Ерлан Нурсултанович Сафин",
            Position = "Vice President",
            Institution = institution,
            Unit = unit,
            Email = "e.safin@example.kz",
            Phone = "+7 7132 000000",
        };
        await using (var db = store.NewContext())
        {
            db.People.Add(person);
            await db.SaveChangesAsync();
        }

        await using var read = store.NewContext();
        var stored = await read.People.AsNoTracking().Include(p => p.Unit).SingleAsync(p => p.Id == person.Id);
        Assert.Equal("Erlan Nursultanovich Safin", stored.FullName);
        Assert.Equal("Ерлан Нурсултанович Сафин", stored.OriginalScriptName);
        Assert.Equal("e.safin@example.kz", stored.Email);
        Assert.Equal("+7 7132 000000", stored.Phone);
        Assert.Equal("Faculty of Engineering", stored.Unit!.Name);
        Assert.Equal("erlan nursultanovich safin | ерлан нурсултанович сафин | vice president | e.safin@example.kz", stored.SearchText);
    }

    [Fact]
    public async Task Agreement_RoundTripsPartiesTermFieldsFrameworksVisitsAndRenewal()
    {
        var (graph, agreement, _) = await SaveReferenceGraphAsync();
        var successor = new CooperationAgreement
        {
            Title = "Renewed memorandum",
            Kind = AgreementKind.MemorandumOfUnderstanding,
            Status = AgreementStatus.Draft,
            RenewsAgreementId = agreement.Id,
        };
        successor.AddParty(graph.Xypi);
        successor.AddParty(graph.Erg);
        await using (var db = store.NewContext())
        {
            db.Attach(graph.Xypi);
            db.Attach(graph.Erg);
            db.Agreements.Add(successor);
            await db.SaveChangesAsync();
        }

        await using var read = store.NewContext();
        var stored = await read.Agreements.AsNoTracking()
            .Include(a => a.Parties).ThenInclude(p => p.Institution)
            .Include(a => a.Fields)
            .Include(a => a.Frameworks).ThenInclude(f => f.Framework)
            .Include(a => a.Visits)
            .Include(a => a.ResponsibleUnit)
            .Include(a => a.ResponsiblePerson)
            .AsSplitQuery()
            .SingleAsync(a => a.Id == agreement.Id);
        Assert.Equal(AgreementKind.MemorandumOfUnderstanding, stored.Kind);
        Assert.Equal(AgreementStatus.Signed, stored.Status);
        Assert.Equal(new DateOnly(2025, 9, 1), stored.SignedOn);
        Assert.Equal(new DateOnly(2025, 9, 1), stored.EffectiveOn);
        Assert.Equal(new DateOnly(2030, 8, 31), stored.ExpiresOn);
        Assert.Equal(["XYPI", "ERG", "EKTU"], stored.Parties.OrderBy(p => p.Order).Select(p => p.Institution!.Acronym));
        Assert.Equal(["0715", "0716"], stored.Fields.Select(f => f.IscedCode).Order(StringComparer.Ordinal));
        Assert.Equal("Belt and Road Initiative", Assert.Single(stored.Frameworks).Framework!.Name);
        Assert.Equal(graph.Visit.Id, Assert.Single(stored.Visits).VisitId);
        Assert.Equal("Office of International Exchange and Cooperation", stored.ResponsibleUnit!.Name);
        Assert.Equal("Wu Xujin", stored.ResponsiblePerson!.FullName);

        var renewal = await read.Agreements.AsNoTracking().Include(a => a.RenewsAgreement).SingleAsync(a => a.Id == successor.Id);
        Assert.Equal(agreement.Title, renewal.RenewsAgreement!.Title);
    }

    [Fact]
    public async Task FollowUp_RoundTripsOwnerDueDateStatusAndCompletion()
    {
        var (_, _, followUp) = await SaveReferenceGraphAsync();
        var completedAt = store.Clock.GetUtcNow().AddDays(3);
        await using (var db = store.NewContext())
        {
            var tracked = await db.FollowUps.SingleAsync(f => f.Id == followUp.Id);
            tracked.ChangeStatus(FollowUpStatus.Done, completedAt);
            await db.SaveChangesAsync();
        }

        await using var read = store.NewContext();
        var stored = await read.FollowUps.AsNoTracking().Include(f => f.Owner).SingleAsync(f => f.Id == followUp.Id);
        Assert.Equal("Send the draft memorandum to ERG", stored.Title);
        Assert.Equal("Wu Xujin", stored.Owner!.FullName);
        Assert.Equal(new DateOnly(2025, 6, 15), stored.DueOn);
        Assert.Equal(FollowUpStatus.Done, stored.Status);
        Assert.Equal(completedAt, stored.CompletedAt);
        Assert.NotNull(stored.VisitId);
        Assert.Null(stored.AgreementId);
    }

    [Fact]
    public async Task PlanningRecords_RoundTrip_AndTheSameNotificationIsStoredOnce()
    {
        var (graph, _, followUp) = await SaveReferenceGraphAsync();
        var user = new PortalUser { Id = Guid.NewGuid().ToString(), UserName = $"{Guid.NewGuid():N}@example.org", DisplayName = "Aigerim Sadykova" };
        var now = store.Clock.GetUtcNow();
        var attachment = new Attachment
        {
            VisitId = graph.Visit.Id,
            FileName = "minutes.pdf",
            Type = AttachmentType.Pdf,
            SizeBytes = 5,
            Sha256 = new string('a', 64),
            UploadedByName = "Aigerim Sadykova",
            Content = new AttachmentContent { Data = "%PDF-"u8.ToArray() },
        };
        await using (var db = store.NewContext())
        {
            db.Users.Add(user);
            db.Attachments.Add(attachment);
            db.ChecklistItems.Add(new VisitChecklistItem { VisitId = graph.Visit.Id, Title = "Interpreters booked", OffsetDays = -7, OwnerUserId = user.Id });
            db.Notifications.Add(new Notification { UserId = user.Id, Kind = NotificationKind.FollowUpAssigned, Title = "You own a follow-up", Key = $"follow-up:{followUp.Id}:assigned", CreatedAt = now });
            var tracked = await db.FollowUps.SingleAsync(f => f.Id == followUp.Id);
            tracked.OwnerUserId = user.Id;
            tracked.ChangeStatus(FollowUpStatus.Done, now, user.Id, user.DisplayName);
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            db.Notifications.Add(new Notification { UserId = user.Id, Kind = NotificationKind.FollowUpAssigned, Title = "Again", Key = $"follow-up:{followUp.Id}:assigned", CreatedAt = now });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var read = store.NewContext();
        var content = await read.AttachmentContents.AsNoTracking().SingleAsync(c => c.AttachmentId == attachment.Id);
        Assert.Equal("%PDF-"u8.ToArray(), content.Data);
        var item = await read.ChecklistItems.AsNoTracking().Include(i => i.Visit).SingleAsync(i => i.VisitId == graph.Visit.Id);
        Assert.Equal(new DateOnly(2025, 5, 13), item.DueOn(item.Visit!.StartDate));
        var completed = await read.FollowUps.AsNoTracking().SingleAsync(f => f.Id == followUp.Id);
        Assert.Equal(("Aigerim Sadykova", now), (completed.CompletedByName, completed.CompletedAt));
        Assert.Equal(1, await read.Notifications.CountAsync(n => n.UserId == user.Id));
        Assert.False(await read.ChangeRecords.AnyAsync(r => r.EntityType == nameof(AttachmentContent) || r.EntityType == nameof(Notification)));
        Assert.True(await read.ChangeRecords.AnyAsync(r => r.EntityType == nameof(Attachment) && r.EntityId == attachment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task AgreementTransitionsAndSignatories_RoundTrip()
    {
        var (graph, agreement, _) = await SaveReferenceGraphAsync();
        var at = store.Clock.GetUtcNow();
        await using (var db = store.NewContext())
        {
            var tracked = await db.Agreements.Include(a => a.Parties).SingleAsync(a => a.Id == agreement.Id);
            tracked.MoveTo(AgreementStatus.Active, at, null, "Aigerim Sadykova", "Both ratified");
            tracked.Parties.Single(p => p.InstitutionId == graph.Xypi.Id).Signatories.Add(new AgreementSignatory { PersonId = graph.WuXujin.Id, Position = "Vice President", SignedOn = new DateOnly(2025, 9, 1) });
            tracked.Parties.Single(p => p.InstitutionId == graph.Erg.Id).Signatories.Add(new AgreementSignatory { Name = "Ruslan Ismukhambetov", Position = "Project Head", SignedOn = new DateOnly(2025, 9, 2) });
            await db.SaveChangesAsync();
        }

        await using var read = store.NewContext();
        var stored = await read.Agreements.AsNoTracking()
            .Include(a => a.Transitions)
            .Include(a => a.Parties).ThenInclude(p => p.Signatories).ThenInclude(s => s.Person)
            .SingleAsync(a => a.Id == agreement.Id);
        Assert.Equal(AgreementStatus.Active, stored.Status);
        var transition = Assert.Single(stored.Transitions);
        Assert.Equal((AgreementStatus.Signed, AgreementStatus.Active, at, "Aigerim Sadykova", "Both ratified"),
            (transition.From, transition.To, transition.At, transition.ByName, transition.Reason));
        var signatories = stored.Parties.OrderBy(p => p.Order).SelectMany(p => p.Signatories)
            .Select(s => (s.Person?.FullName ?? s.Name, s.Position, s.SignedOn)).ToList();
        Assert.Equal([("Wu Xujin", "Vice President", (DateOnly?)new DateOnly(2025, 9, 1)), ("Ruslan Ismukhambetov", "Project Head", new DateOnly(2025, 9, 2))], signatories);
    }

    [Fact]
    public async Task Save_StampsMomentsFromTheClock_AndRenewsTheVersion()
    {
        var institution = new Institution { Name = "Ｘｉａｎｙａｎｇ Normal University", Kind = InstitutionKind.University, CountryCode = "CN" };
        var created = store.Clock.GetUtcNow();
        await using (var db = store.NewContext())
        {
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
        }

        var firstVersion = institution.Version;
        Assert.Equal(created, institution.CreatedAt);
        Assert.NotEqual(Guid.Empty, firstVersion);
        Assert.Equal("xianyang normal university", institution.SearchText);

        store.Clock.Advance(TimeSpan.FromHours(2));
        await using (var db = store.NewContext())
        {
            var tracked = await db.Institutions.SingleAsync(i => i.Id == institution.Id);
            tracked.City = "Xianyang";
            await db.SaveChangesAsync();
        }

        await using var read = store.NewContext();
        var stored = await read.Institutions.AsNoTracking().SingleAsync(i => i.Id == institution.Id);
        Assert.Equal(created, stored.CreatedAt);
        Assert.Equal(created.AddHours(2), stored.UpdatedAt);
        Assert.NotEqual(firstVersion, stored.Version);
        Assert.Equal("xianyang normal university | xianyang", stored.SearchText);
    }

    [Fact]
    public async Task Save_OfAStaleVersion_IsRefused()
    {
        var institution = new Institution { Name = "Aktobe Polytechnic", Kind = InstitutionKind.College, CountryCode = "KZ" };
        await using (var db = store.NewContext())
        {
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
        }

        await using var first = store.NewContext();
        await using var second = store.NewContext();
        var mine = await first.Institutions.SingleAsync(i => i.Id == institution.Id);
        var theirs = await second.Institutions.SingleAsync(i => i.Id == institution.Id);
        theirs.City = "Aktobe";
        await second.SaveChangesAsync();

        mine.City = "Aqtöbe";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());

        await using var read = store.NewContext();
        Assert.Equal("Aktobe", (await read.Institutions.AsNoTracking().SingleAsync(i => i.Id == institution.Id)).City);
    }

    [Theory]
    [InlineData("ВОСТОЧНО", "East Kazakhstan Technical University")]
    [InlineData("咸阳", "Xianyang Polytechnic Institute")]
    [InlineData("xypi", "Xianyang Polytechnic Institute")]
    [InlineData("ＸＩＡＮＹＡＮＧ polytechnic", "Xianyang Polytechnic Institute")]
    [InlineData("shangpinshuren", "Shaanxi ShangpinShuren Education Technology Co., Ltd.")]
    public async Task SearchText_FindsNamesInAnyScript_OnTheStore(string query, string expected)
    {
        var graph = ReferenceVisit.Create();
        var marker = Guid.NewGuid().ToString("N");
        foreach (var institution in graph.Institutions)
        {
            institution.City = marker;
        }

        await using (var db = store.NewContext())
        {
            db.Institutions.AddRange(graph.Institutions);
            await db.SaveChangesAsync();
        }

        var folded = SearchFolding.Fold(query);
        await using var read = store.NewContext();
        var found = await read.Institutions.AsNoTracking()
            .Where(i => i.City == marker && i.SearchText.Contains(folded))
            .Select(i => i.Name)
            .ToListAsync();
        Assert.Equal([expected], found);
    }
}

public sealed class SqliteRoundTripTests(SqliteStore store) : RoundTripTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresRoundTripTests(PostgresStore store) : RoundTripTests(store), IClassFixture<PostgresStore>;
