using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Visits;

public abstract class VisitEditorTests(TestStore store)
{
    private static readonly ClaimsPrincipal Office = TestUsers.InRoles("Aliya Office", PortalRoles.InternationalOffice);

    private VisitEditor Editor => new(store.Contexts, new VisitInputValidator(), new CancelVisitInputValidator(), store.Clock,
        new Core.Features.Checklists.ChecklistService(store.Contexts, new Core.Features.Checklists.ChecklistItemInputValidator(), new Core.Features.Notifications.NotificationService(store.Contexts, store.Clock), store.Clock));

    private async Task<(VisitWorld World, SaveOutcome Created)> CreateReferenceAsync(Action<VisitInput>? change = null)
    {
        var world = await VisitWorld.SeedOnceAsync(store);
        var input = world.ReferenceInput();
        change?.Invoke(input);
        var created = await Editor.CreateAsync(Office, input);
        Assert.Equal(SaveStatus.Saved, created.Status);
        return (world, created);
    }

    private async Task<(int Visits, int Delegations, int Members)> CountsAsync()
    {
        await using var db = store.NewContext();
        return (await db.Visits.CountAsync(), await db.Delegations.CountAsync(), await db.Set<DelegationMember>().CountAsync());
    }

    [Fact]
    public async Task Create_APlannedVisit_GetsItsChecklistFromTheTemplate_ACompletedOneDoesNot()
    {
        await using (var db = store.NewContext())
        {
            if (!await db.ChecklistTemplate.AnyAsync(t => t.Title == "Interpreters booked"))
            {
                db.ChecklistTemplate.Add(new ChecklistTemplateItem { Title = "Interpreters booked", OffsetDays = -7 });
                await db.SaveChangesAsync();
            }
        }

        var (_, planned) = await CreateReferenceAsync(input => input.Status = VisitStatus.Planned);
        var (_, completed) = await CreateReferenceAsync(input => input.Status = VisitStatus.Completed);

        await using var read = store.NewContext();
        var template = await read.ChecklistTemplate.CountAsync(t => !t.IsArchived);
        Assert.Equal(template, await read.ChecklistItems.CountAsync(i => i.VisitId == planned.Id));
        Assert.Contains("Interpreters booked", await read.ChecklistItems.Where(i => i.VisitId == planned.Id).Select(i => i.Title).ToListAsync());
        Assert.Equal(0, await read.ChecklistItems.CountAsync(i => i.VisitId == completed.Id));
    }

    [Fact]
    public async Task Create_TheReferenceVisit_ReadsBackEveryFact()
    {
        var (world, created) = await CreateReferenceAsync();

        var visit = await new VisitService(store.Contexts).GetAsync(created.Id);

        Assert.NotNull(visit);
        Assert.Equal((ReferenceVisit.VisitTitle, VisitDirection.Inbound, ReferenceVisit.Date, ReferenceVisit.Date, "Asia/Shanghai", VisitStatus.Completed),
            (visit.Title, visit.Direction, visit.StartDate, visit.EndDate, visit.TimeZoneId, visit.Status));
        Assert.Equal(("Xianyang Polytechnic Institute", "CN"), (visit.Host.Name, visit.HostCountryCode));
        var delegation = visit.Delegation!;
        Assert.Equal((15, world.Members[0]), (delegation.DeclaredSize, delegation.HeadPersonId));
        Assert.Equal(
            ["Eurasian Resources Group 1", "East Kazakhstan Technical University 1", "Oriental Technical-Humanities College 1", "Aktobe Automobile and Highway College 1", "Shaanxi ShangpinShuren Education Technology Co., Ltd. 0"],
            delegation.Institutions.Select(i => $"{i.Name} {i.NamedMembers}"));
        Assert.Equal(
            ["Ruslan Ismukhambetov, Project Head", "Mashekenova Assiya, Vice President", "Irgebayev Yernar, President", "Erlan Nursultanovich Safin, Vice President"],
            delegation.Members.Select(m => $"{m.FullName}, {m.Position}"));
        Assert.Equal(
            ["Wu Xujin   True", " Dean of the Automotive School Automotive School False", " Dean of the Medical School Medical School False",
             " Officials of the Office of International Exchange and Cooperation Office of International Exchange and Cooperation False"],
            visit.Hosts.Select(h => $"{h.FullName} {h.RoleDescription} {h.Unit} {h.LeadsTalks}"));
        Assert.Equal(
            ["Talks 09:30 (none)", "FacilityTour  CNC machining center (Technician School)", "FacilityTour  New energy vehicle lab (Automotive School)", "FacilityTour  Human Science Museum (Medical School)"],
            visit.Agenda.Select(a => $"{a.Kind} {a.StartTime:HH\\:mm} {a.Facility ?? "(none)"}{(a.FacilityUnit is null ? "" : $" ({a.FacilityUnit})")}"));
        Assert.Equal(["0715 advanced manufacturing", "0716 new energy vehicles", "0914 medical technology"], visit.Fields.Select(f => $"{f.Code} {f.Wording}"));
        Assert.Equal([CooperationKind.JointResearch, CooperationKind.FacultyExchange, CooperationKind.StudentExchange, CooperationKind.SkillsDevelopmentProgramme],
            visit.CooperationInterests.Select(c => c.Kind));
        Assert.Equal(["Belt and Road Initiative", "Qinling Workshop", "Globally recognised vocational standards"], visit.Frameworks.Select(f => f.Name));
        Assert.Equal(2, visit.Outcomes.Count);
        Assert.Equal([(ReferenceVisit.Quote, (int?)world.WuXujin, "Wu Xujin")], visit.Quotations.Select(q => (q.Text, q.SpeakerPersonId, q.Speaker)));

        var loaded = await Editor.LoadAsync(created.Id);
        Assert.Equal(JsonSerializer.Serialize(world.ReferenceInput()), JsonSerializer.Serialize(loaded!.Value.Input));
        Assert.Equal(created.Version, loaded.Value.Version);
    }

    [Fact]
    public async Task Update_OfRowsOnly_RenewsTheVersion_AndAStaleVersionIsAConflictThatSavesNothing()
    {
        var (world, created) = await CreateReferenceAsync();
        var changed = world.ReferenceInput();
        changed.Outcomes.Add("A follow-up visit to Aktobe is planned.");

        var first = await Editor.UpdateAsync(Office, created.Id, created.Version, changed);
        var stale = world.ReferenceInput();
        stale.Title = "Overwritten with an old version";
        stale.Delegation!.Members.RemoveAt(3);
        var second = await Editor.UpdateAsync(Office, created.Id, created.Version, stale);

        Assert.Equal(SaveStatus.Saved, first.Status);
        Assert.NotEqual(created.Version, first.Version);
        Assert.Equal(SaveStatus.Conflict, second.Status);
        Assert.Equal(first.Version, second.Conflict!.StoredVersion);
        var stored = (await Editor.LoadAsync(created.Id))!.Value;
        Assert.Equal((ReferenceVisit.VisitTitle, 3, 4), (stored.Input.Title, stored.Input.Outcomes.Count, stored.Input.Delegation!.Members.Count));
    }

    [Fact]
    public async Task Update_ReorderingAndReplacingRows_KeepsWhatStaysAndStoresTheNewOrder()
    {
        var (world, created) = await CreateReferenceAsync();
        var input = world.ReferenceInput();
        input.Delegation!.Members.RemoveAt(0);
        input.Delegation.Members.Reverse();
        input.Delegation.Members[0].RoleInDelegation = "Head of delegation";
        input.Delegation.HeadPersonId = input.Delegation.Members[0].PersonId;
        input.Delegation.InstitutionIds.Reverse();
        input.FieldsOfInterest = [new() { IscedCode = "0914", Wording = "medical technology" }, new() { IscedCode = "0713", Wording = "electricity and energy" }];
        input.FrameworkIds = [world.Frameworks[1]];
        input.AgendaItems.RemoveAt(3);
        input.StartDate = ReferenceVisit.Date.AddDays(-1);

        var outcome = await Editor.UpdateAsync(Office, created.Id, created.Version, input);

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        var stored = (await Editor.LoadAsync(created.Id))!.Value.Input;
        Assert.Equal(JsonSerializer.Serialize(input), JsonSerializer.Serialize(stored));
        await using var db = store.NewContext();
        var delegationId = await db.Visits.Where(v => v.Id == created.Id).Select(v => v.DelegationId).SingleAsync();
        Assert.Equal(3, await db.Set<DelegationMember>().CountAsync(m => m.DelegationId == delegationId));
    }

    [Fact]
    public async Task Update_OfOneAgendaItemAndOneHost_RecordsThoseChanges_RatherThanRowsRemovedAndAdded()
    {
        var (world, created) = await CreateReferenceAsync();
        var input = world.ReferenceInput();
        var agendaTitle = input.AgendaItems[1].Title;
        input.AgendaItems[1].Title = "Tour of the Qinling Workshop training centre";
        input.Hosts[0].RoleDescription = "Vice president, in charge of international cooperation";
        input.Outcomes.RemoveAt(1);
        input.Outcomes.Add("A second delegation is expected in autumn.");
        store.Clock.Advance(TimeSpan.FromMinutes(1));
        var since = store.Clock.GetUtcNow();

        var outcome = await Editor.UpdateAsync(Office, created.Id, created.Version, input);

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        Assert.Equal(JsonSerializer.Serialize(input), JsonSerializer.Serialize((await Editor.LoadAsync(created.Id))!.Value.Input));
        await using var db = store.NewContext();
        var records = (await db.ChangeRecords.AsNoTracking().Where(r => r.EntityType != nameof(Visit)).ToListAsync())
            .Where(r => r.At >= since)
            .Select(r => $"{r.EntityType} {r.Kind}: " + string.Join("; ", r.Fields.Select(f => $"{f.Field} {f.Old} -> {f.New}")))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
        [
            $"AgendaItem Updated: Title {agendaTitle} -> Tour of the Qinling Workshop training centre",
            $"VisitHost Updated: RoleDescription {world.ReferenceInput().Hosts[0].RoleDescription} -> Vice president, in charge of international cooperation",
            $"VisitOutcome Updated: Text {world.ReferenceInput().Outcomes[1]} -> A second delegation is expected in autumn.",
        ], records);
    }

    [Fact]
    public async Task Create_WithATourOfAFacilityOfAnUninvolvedInstitution_IsRefusedBesideTheItem_AndSavesNothing()
    {
        var world = await VisitWorld.SeedOnceAsync(store);
        var input = world.ReferenceInput();
        input.AgendaItems[2].FacilityId = world.StrangersLab;
        var before = await CountsAsync();

        var outcome = await Editor.CreateAsync(Office, input);

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Equal(["AgendaItems[2].FacilityId"], outcome.Errors!.Keys);
        Assert.Equal(["The Mine rescue training ground belongs to Karaganda Technical University, which neither hosts the visit nor is represented in the delegation."],
            outcome.Errors["AgendaItems[2].FacilityId"]);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Create_WithMoreNamedMembersThanDeclared_IsRefusedBesideTheSize_AndSavesNothing()
    {
        var world = await VisitWorld.SeedOnceAsync(store);
        var input = world.ReferenceInput();
        input.Delegation!.DeclaredSize = 3;
        var before = await CountsAsync();

        var outcome = await Editor.CreateAsync(Office, input);

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Equal(["The delegation declares 3 members but names 4."], outcome.Errors!["Delegation.DeclaredSize"]);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Create_WithAHostUnitOfAnotherInstitution_IsRefusedBesideTheUnit()
    {
        var world = await VisitWorld.SeedOnceAsync(store);
        var input = world.ReferenceInput();
        await using (var db = store.NewContext())
        {
            input.Hosts[1].UnitId = await db.Units.Where(u => u.InstitutionId == world.Stranger).Select(u => u.Id).SingleAsync();
        }

        var outcome = await Editor.CreateAsync(Office, input);

        Assert.Equal(["Hosts[1].UnitId"], outcome.Errors!.Keys);
        Assert.Equal(["Choose a unit of the host institution."], outcome.Errors["Hosts[1].UnitId"]);
    }

    [Fact]
    public async Task Cancel_SetsTheStatus_AndKeepsTheDatedReasonInTheSummary()
    {
        var (_, created) = await CreateReferenceAsync();

        var viewer = await Editor.CancelAsync(TestUsers.InRoles("Vera Viewer", PortalRoles.Viewer), created.Id, created.Version, new CancelVisitInput { Reason = "Postponed" });
        var empty = await Editor.CancelAsync(Office, created.Id, created.Version, new CancelVisitInput { Reason = " " });
        var cancelled = await Editor.CancelAsync(Office, created.Id, created.Version, new CancelVisitInput { Reason = " Postponed by the guests until autumn. " });
        var again = await Editor.CancelAsync(Office, created.Id, cancelled.Version, new CancelVisitInput { Reason = "Twice" });

        Assert.Equal(SaveStatus.Forbidden, viewer.Status);
        Assert.Equal(["Say why the visit is cancelled, such as \"postponed by the guests\"."], empty.Errors!["Reason"]);
        Assert.Equal(SaveStatus.Saved, cancelled.Status);
        Assert.Equal(["This visit is already cancelled."], again.Errors!["Reason"]);
        var stored = (await Editor.LoadAsync(created.Id))!.Value.Input;
        Assert.Equal(VisitStatus.Cancelled, stored.Status);
        Assert.EndsWith($"ties.{Environment.NewLine}{Environment.NewLine}Cancelled on 1 June 2025: Postponed by the guests until autumn.", stored.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copy_KeepsTheDelegationHostsAndInterests_WithoutDatesAgendaOrOutcomes()
    {
        var (world, created) = await CreateReferenceAsync();

        var copy = (await Editor.CopyAsync(created.Id))!;

        var expected = world.ReferenceInput();
        Assert.Equal((null, null, VisitStatus.Planned, null), (copy.StartDate, copy.EndDate, copy.Status, copy.Summary));
        Assert.Empty(copy.AgendaItems);
        Assert.Empty(copy.Outcomes);
        Assert.Empty(copy.Quotations);
        Assert.Equal(JsonSerializer.Serialize(expected.Delegation), JsonSerializer.Serialize(copy.Delegation));
        Assert.Equal(JsonSerializer.Serialize(expected.Hosts), JsonSerializer.Serialize(copy.Hosts));
        Assert.Equal(JsonSerializer.Serialize(expected.FieldsOfInterest), JsonSerializer.Serialize(copy.FieldsOfInterest));
        Assert.Equal(expected.FrameworkIds, copy.FrameworkIds);
        Assert.Null(await Editor.CopyAsync(999_999));

        copy.StartDate = copy.EndDate = new DateOnly(2026, 4, 14);
        var second = await Editor.CreateAsync(Office, copy);
        Assert.Equal(SaveStatus.Saved, second.Status);
        await using var db = store.NewContext();
        var delegations = await db.Visits.Where(v => v.Id == created.Id || v.Id == second.Id).Select(v => v.DelegationId).ToListAsync();
        Assert.Equal(2, delegations.Distinct().Count());
    }

    [Fact]
    public async Task Create_ByAViewer_IsRefused()
    {
        var world = await VisitWorld.SeedOnceAsync(store);

        var outcome = await Editor.CreateAsync(TestUsers.InRoles("Vera Viewer", PortalRoles.Viewer), world.ReferenceInput());

        Assert.Equal(SaveStatus.Forbidden, outcome.Status);
    }
}

public sealed class SqliteVisitEditorTests(SqliteStore store) : VisitEditorTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresVisitEditorTests(PostgresStore store) : VisitEditorTests(store), IClassFixture<PostgresStore>;
