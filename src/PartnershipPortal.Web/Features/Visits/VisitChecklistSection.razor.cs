using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Checklists;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Web.Components.Shared;
using PartnershipPortal.Web.Features.Checklists;

namespace PartnershipPortal.Web.Features.Visits;

/// <summary>
/// A visit's reception checklist on its page: progress, each item's owner and computed due date, ticking and
/// reopening, reassigning and adding items; and, for a planned or confirmed visit without one, making it.
/// </summary>
public partial class VisitChecklistSection
{
    private IReadOnlyList<OwnerChoice> _owners = [];
    private ChecklistItemInput _input = new();
    private readonly ServerErrors _errors = new();
    private string? _message;
    private bool _canEdit;
    private bool _adding;

    [Inject]
    private ChecklistService Checklists { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Parameter, EditorRequired]
    public int VisitId { get; set; }

    [PersistentState]
    public VisitChecklist? Checklist { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _canEdit = PortalAccess.CanEdit((await AuthenticationState).User);
        if (Checklist?.VisitId != VisitId)
        {
            Checklist = await Checklists.ForVisitAsync(VisitId);
        }

        if (_canEdit && _owners.Count == 0)
        {
            _owners = await Checklists.OwnerChoicesAsync();
        }
    }

    private static double Percent(VisitChecklist checklist) => checklist.Items.Count == 0 ? 0 : 100.0 * checklist.DoneCount / checklist.Items.Count;

    /// <summary>The owner choices, with the item's owner kept even when that account is no longer offered.</summary>
    private IEnumerable<OwnerChoice> OwnersWith(ChecklistItemView item) =>
        item.OwnerUserId is { } owner && _owners.All(o => o.UserId != owner) ? _owners.Append(new OwnerChoice(owner, item.OwnerName ?? owner)) : _owners;

    private async Task CreateAsync()
    {
        var created = await Checklists.CreateForVisitAsync(VisitId, (await AuthenticationState).User);
        _message = created.Status switch
        {
            ChecklistCreationStatus.Created or ChecklistCreationStatus.AlreadyMade => null,
            ChecklistCreationStatus.TemplateEmpty => L["Checklist_TemplateEmpty"].Value,
            ChecklistCreationStatus.Forbidden => L["Form_Forbidden"].Value,
            _ => L["Checklist_NotPlanned"].Value,
        };
        await ReloadAsync();
    }

    private async Task SetDoneAsync(ChecklistItemView item, bool done) =>
        await ShowAsync(await Checklists.SetDoneAsync((await AuthenticationState).User, item.Id, item.Version, done));

    private async Task ChangeOwnerAsync(ChecklistItemView item, string? ownerUserId) =>
        await ShowAsync(await Checklists.ChangeOwnerAsync((await AuthenticationState).User, item.Id, item.Version, ownerUserId));

    private async Task AddAsync(ChecklistItemInput input)
    {
        if (await ShowAsync(await Checklists.AddItemAsync((await AuthenticationState).User, VisitId, input)))
        {
            _input = new ChecklistItemInput();
            _adding = false;
        }
    }

    /// <summary>Shows the service's answer and the checklist as it now stands; true when saved.</summary>
    private async Task<bool> ShowAsync(SaveOutcome outcome)
    {
        _errors.Clear();
        _message = OutcomeMessage.For(outcome, L);
        if (outcome.Errors is { } errors)
        {
            _errors.Set(errors);
        }

        await ReloadAsync();
        return outcome.Succeeded;
    }

    private async Task ReloadAsync() => Checklist = await Checklists.ForVisitAsync(VisitId);
}
