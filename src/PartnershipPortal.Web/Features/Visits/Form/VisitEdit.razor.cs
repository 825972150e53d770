using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Frameworks;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Core.Features.Visits;

namespace PartnershipPortal.Web.Features.Visits.Form;

/// <summary>
/// The guided visit form: a new visit, an existing one, a copy of one, or a draft, in seven steps. Moving
/// between steps keeps a draft of what was typed; saving checks the whole visit, and when anything is
/// refused the user is taken to the first step with a message while everything typed stays in place.
/// </summary>
public sealed partial class VisitEdit : ComponentBase
{
    private MudStepper? _stepper;
    private int _step;
    private int? _visitId;
    private Guid _version;
    private int? _draftId;
    private string? _savedSnapshot;
    private string? _draftSavedAt;
    private bool _draftMissing;
    private bool _timeZoneChosen;
    private bool _busy;
    private string? _message;
    private SaveConflict? _conflict;
    private string? _loadedFor;

    [Parameter]
    public int? Id { get; set; }

    [Parameter]
    public int? DraftId { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private VisitEditor Editor { get; set; } = default!;

    [Inject]
    private VisitDraftService Drafts { get; set; } = default!;

    [Inject]
    private VisitFormLookup Lookup { get; set; } = default!;

    [Inject]
    private InstitutionService Institutions { get; set; } = default!;

    [Inject]
    private FrameworkService Frameworks { get; set; } = default!;

    [Inject]
    private IValidator<VisitInput> Validator { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    private VisitFormState? State { get; set; }

    private bool IsCopy => Id is not null && Navigation.ToBaseRelativePath(Navigation.Uri).Split('?')[0].EndsWith("/copy", StringComparison.Ordinal);

    private string Heading =>
        DraftId is not null ? L["Form_DraftHeading"] : IsCopy ? L["Form_CopyHeading"] : Id is not null ? L["Form_EditHeading"] : L["Form_NewHeading"];

    private IReadOnlyList<(int Index, string Title)> Steps =>
    [
        (0, L["Step_Basics"]), (1, L["Step_Delegation"]), (2, L["Step_Hosts"]), (3, L["Step_Agenda"]),
        (4, L["Step_Interests"]), (5, L["Step_Outcomes"]), (6, L["Step_Review"]),
    ];

    protected override async Task OnParametersSetAsync()
    {
        // The form is read once its circuit is live: a prerendered form cannot be typed into anyway.
        var key = $"{Navigation.ToBaseRelativePath(Navigation.Uri)}";
        if (!RendererInfo.IsInteractive || key == _loadedFor)
        {
            return;
        }

        _loadedFor = key;
        var input = await StartingInputAsync();
        if (input is null)
        {
            return;
        }

        State = new VisitFormState(input, Validator);
        _savedSnapshot = Snapshot();
        await FillNamesAsync();
    }

    /// <summary>What the form starts from; null when there is nothing to show (the page says why).</summary>
    private async Task<VisitInput?> StartingInputAsync()
    {
        if (DraftId is int draftId)
        {
            var draft = await Drafts.LoadAsync(await UserAsync(), draftId);
            _draftMissing = draft is null;
            if (draft is null)
            {
                return null;
            }

            (_draftId, _visitId, _version, _step, _timeZoneChosen) = (draft.Id, draft.VisitId, draft.VisitVersion ?? default, draft.Step, true);
            return draft.Input;
        }

        if (Id is int id)
        {
            var input = IsCopy ? await Editor.CopyAsync(id) : await LoadVisitAsync(id);
            if (input is null)
            {
                Navigation.NotFound();
            }

            _timeZoneChosen = true;
            return input;
        }

        return new VisitInput { Delegation = new DelegationInput() };
    }

    private async Task<VisitInput?> LoadVisitAsync(int id)
    {
        var found = await Editor.LoadAsync(id);
        if (found is null)
        {
            return null;
        }

        (_visitId, _version) = (id, found.Value.Version);
        return found.Value.Input;
    }

    private async Task FillNamesAsync()
    {
        var names = await Lookup.NamesAsync(State!.Input);
        foreach (var (id, institution) in names.Institutions)
        {
            State.Institutions[id] = institution;
        }

        foreach (var (id, person) in names.People)
        {
            State.People[id] = person;
        }

        foreach (var (id, unit) in names.Units)
        {
            State.Units[id] = unit;
        }

        State.Frameworks = await Frameworks.ListAsync();
        await HostChangedAsync();
    }

    private async Task HostChangedAsync()
    {
        var hostId = State!.Input.HostInstitutionId;
        State.HostUnits = hostId > 0 ? (await Institutions.UnitsAsync(hostId)).Select(u => (u.Id, u.Name)).ToList() : [];
        foreach (var (id, name) in State.HostUnits)
        {
            State.Units[id] = name;
        }

        await RefreshFacilitiesAsync();
    }

    private async Task RefreshFacilitiesAsync() => State!.Facilities = await Lookup.FacilitiesAsync(State.InvolvedInstitutions());

    private Task ChangedAsync()
    {
        State!.Changed();
        StateHasChanged();
        return Task.CompletedTask;
    }

    /// <summary>Leaving a step shows its messages, keeps a draft, and brings the facilities up to date for the agenda.</summary>
    private async Task StepChangingAsync(StepperInteractionEventArgs change)
    {
        // Next names the step it completes; a click on a step's title names the step it opens.
        var target = change.Action is StepAction.Complete or StepAction.Skip ? Math.Min(change.StepIndex + 1, VisitFormState.StepCount - 1) : change.StepIndex;
        State!.ShowStep(_step);
        await SaveDraftCoreAsync(target, onlyWhenChanged: true);
        await RefreshFacilitiesAsync();
    }

    private Task GoToAsync(int step)
    {
        _step = step;
        return Task.CompletedTask;
    }

    private Task SaveDraftAsync() => SaveDraftCoreAsync(_step, onlyWhenChanged: false);

    private async Task SaveDraftCoreAsync(int step, bool onlyWhenChanged)
    {
        var snapshot = Snapshot();
        if (onlyWhenChanged && snapshot == _savedSnapshot)
        {
            return;
        }

        var outcome = await Drafts.SaveDraftAsync(await UserAsync(), _draftId, _visitId, _visitId is null ? null : _version, step, State!.Input);
        if (outcome.Succeeded)
        {
            (_draftId, _savedSnapshot) = (outcome.Id, snapshot);
            _draftSavedAt = Clock.GetUtcNow().ToString("HH:mm", CultureInfo.InvariantCulture);
        }
    }

    private async Task SaveAsync()
    {
        (_message, _conflict) = (null, null);
        State!.ClearServerErrors();
        State.ShowAll();
        if (!State.Check())
        {
            ShowRefusal();
            return;
        }

        _busy = true;
        var user = await UserAsync();
        var outcome = _visitId is int id
            ? await Editor.UpdateAsync(user, id, _version, State.Input, _draftId)
            : await Editor.CreateAsync(user, State.Input, _draftId);
        _busy = false;
        switch (outcome.Status)
        {
            case SaveStatus.Saved:
                Navigation.NavigateTo($"/visits/{outcome.Id}");
                break;
            case SaveStatus.Invalid:
                State.SetServerErrors(outcome.Errors);
                ShowRefusal();
                break;
            case SaveStatus.Conflict:
                _conflict = outcome.Conflict;
                break;
            case SaveStatus.Forbidden:
                _message = L["Form_Forbidden"];
                break;
            default:
                _message = L["Form_NotFound"];
                break;
        }
    }

    private void ShowRefusal()
    {
        _message = L["Form_FixFields"];
        if (State!.FirstStepWithErrors() is int step)
        {
            _step = step;
        }
    }

    private async Task ReloadAsync()
    {
        (_message, _conflict, _loadedFor) = (null, null, null);
        if (_visitId is int id && await LoadVisitAsync(id) is { } input)
        {
            State = new VisitFormState(input, Validator);
            await FillNamesAsync();
        }
    }

    private async Task KeepMineAsync()
    {
        if (_conflict?.StoredVersion is Guid stored)
        {
            _version = stored;
            await SaveAsync();
        }
    }

    private string Snapshot() => JsonSerializer.Serialize(State!.Input);

    private async Task<ClaimsPrincipal> UserAsync() => (await Authentication).User;
}
