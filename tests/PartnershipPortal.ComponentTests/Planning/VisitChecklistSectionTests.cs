using Bunit;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Web.Features.Visits;

namespace PartnershipPortal.ComponentTests.Planning;

public sealed class VisitChecklistSectionTests : IAsyncLifetime
{
    private readonly PlanningComponents _planning = new();
    private int _visitId;
    private string _office = string.Empty;

    public async Task InitializeAsync()
    {
        await _planning.InitializeAsync();
        _office = await _planning.AccountAsync("Aliya Office");
        var bolat = await _planning.AccountAsync("Bolat Sarsenov");
        var visit = new Visit
        {
            Title = "Kazakh delegation at XPI",
            HostInstitution = new Institution { Name = "Xianyang Polytechnic Institute", Kind = InstitutionKind.VocationalSchool, CountryCode = "CN" },
            Status = VisitStatus.Planned,
        };
        visit.Schedule(new DateOnly(2025, 6, 20), new DateOnly(2025, 6, 21));
        await _planning.SeedAsync(db =>
        {
            db.Visits.Add(visit);
            db.ChecklistTemplate.AddRange(
                new ChecklistTemplateItem { Title = "Invitation letter sent", OffsetDays = -30, DefaultOwnerUserId = _office, Order = 0 },
                new ChecklistTemplateItem { Title = "Interpreters booked", OffsetDays = -7, DefaultOwnerUserId = bolat, Order = 1 },
                new ChecklistTemplateItem { Title = "Photos archived", OffsetDays = 3, Order = 2 });
        });
        _visitId = visit.Id;
    }

    public Task DisposeAsync() => _planning.DisposeAsync();

    private IRenderedComponent<VisitChecklistSection> Render() =>
        _planning.Context.Render<VisitChecklistSection>(p => p.Add(s => s.VisitId, _visitId));

    [Fact]
    public void Office_CreatesTheChecklist_TicksAnItem_AndSeesProgressAndWhatIsOverdue()
    {
        _planning.SignIn(_office, "Aliya Office", PortalRoles.InternationalOffice);
        var section = Render();

        section.WaitForAssertion(() => Assert.Equal("This visit has no reception checklist yet.", section.Find("[data-testid=checklist-none]").TextContent));
        section.Find("[data-testid=create-checklist]").Click();

        section.WaitForAssertion(() => Assert.Equal("0 of 3 done", section.Find("[data-testid=checklist-progress-text]").TextContent));
        var items = section.FindAll("[data-testid=checklist-item]");
        Assert.Equal(["true", "false", "false"], items.Select(i => i.GetAttribute("data-overdue")));
        Assert.Equal("Due 21 May 2025 (30 days before)", items[0].QuerySelector("[data-testid=item-due]")!.TextContent);
        Assert.Equal("Due 23 Jun 2025 (3 days after)", items[2].QuerySelector("[data-testid=item-due]")!.TextContent);
        Assert.Equal("1 overdue", section.Find("[data-testid=checklist-overdue-count]").TextContent);
        Assert.Equal("Overdue", items[0].QuerySelector("[data-testid=item-overdue]")!.TextContent);
        Assert.Equal(["Aliya Office", "Bolat Sarsenov", "Nobody"],
            section.FindAll("select[data-testid=item-owner]").Select(s => s.QuerySelector("option[selected]")?.TextContent ?? "Nobody"));

        section.FindAll("input[data-testid=item-done]")[0].Change(true);

        section.WaitForAssertion(() => Assert.Equal("1 of 3 done", section.Find("[data-testid=checklist-progress-text]").TextContent));
        Assert.Equal("Reception checklist: 1 of 3 done", section.Find("[data-testid=checklist-progress]").GetAttribute("aria-label"));
        var first = section.FindAll("[data-testid=checklist-item]")[0];
        Assert.Equal(("true", "false"), (first.GetAttribute("data-done"), first.GetAttribute("data-overdue")));
        Assert.Equal("Done by Aliya Office on 1 Jun 2025 08:00 UTC", first.QuerySelector("[data-testid=item-done-by]")!.TextContent);
        Assert.Empty(section.FindAll("[data-testid=checklist-overdue-count]"));
    }

    [Fact]
    public async Task Viewer_SeesTheChecklist_ButCannotTickReassignOrAdd()
    {
        var created = await new Core.Features.Checklists.ChecklistService(_planning.Contexts, new Core.Features.Checklists.ChecklistItemInputValidator(),
            new Core.Features.Notifications.NotificationService(_planning.Contexts, _planning.Clock), _planning.Clock).CreateForVisitAsync(_visitId);
        Assert.Equal(3, created.Items);
        var viewer = await _planning.AccountAsync("Viktor Viewer");
        _planning.SignIn(viewer, "Viktor Viewer", PortalRoles.Viewer);

        var section = Render();

        section.WaitForAssertion(() => Assert.Equal("0 of 3 done", section.Find("[data-testid=checklist-progress-text]").TextContent));
        Assert.Equal(["Owner: Aliya Office", "Owner: Bolat Sarsenov", "Owner: Nobody"], section.FindAll("[data-testid=item-owner-name]").Select(o => o.TextContent));
        Assert.Empty(section.FindAll("select"));
        Assert.Empty(section.FindAll("[data-testid=add-checklist-item]"));
        Assert.All(section.FindAll("input[data-testid=item-done]"), i => Assert.True(i.HasAttribute("disabled")));
    }
}
