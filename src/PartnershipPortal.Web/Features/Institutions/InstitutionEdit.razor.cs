using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.Institutions;

/// <summary>
/// Creates or edits an institution. What was typed stays in the form whatever the save answers: messages
/// go beside their fields, and a newer version offers a reload or a second save of the user's values.
/// </summary>
public sealed partial class InstitutionEdit
{
    private MudForm? _form;
    private InstitutionInput _input = new();
    private Guid _version;
    private bool _archived;
    private bool _loaded;
    private bool _saving;
    private bool _isAdministrator;
    private string? _message;
    private SaveConflict? _conflict;

    [Parameter]
    public int? Id { get; set; }

    [Inject]
    private InstitutionEditor Editor { get; set; } = default!;

    [Inject]
    private InstitutionService Institutions { get; set; } = default!;

    [Inject]
    private IValidator<InstitutionInput> Validator { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ServerErrors Errors { get; } = new();

    private string Heading => Id is null ? L["Institution_New"] : L["Institution_Edit"];

    private string CancelHref => Id is null ? "/institutions" : $"/institutions/{Id}";

    protected override async Task OnParametersSetAsync()
    {
        _isAdministrator = PortalAccess.CanAdminister((await AuthenticationState).User);
        if (Id is int id)
        {
            if (!await LoadAsync(id))
            {
                Navigation.NotFound();
                return;
            }
        }

        _loaded = true;
    }

    private async Task<bool> LoadAsync(int id)
    {
        var found = await Editor.GetForEditAsync(id);
        if (found is null)
        {
            return false;
        }

        (_input, _version) = found.Value;
        _archived = (await Institutions.GetAsync(id))?.IsArchived ?? false;
        return true;
    }

    private async Task SaveAsync()
    {
        Errors.Clear();
        _message = null;
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        _saving = true;
        var user = (await AuthenticationState).User;
        var outcome = Id is int id ? await Editor.UpdateAsync(user, id, _version, _input) : await Editor.CreateAsync(user, _input);
        _saving = false;
        Show(outcome, () => Navigation.NavigateTo($"/institutions/{outcome.Id}"));
    }

    private async Task ToggleArchiveAsync()
    {
        _saving = true;
        var outcome = await Editor.SetArchivedAsync((await AuthenticationState).User, Id!.Value, _version, !_archived);
        _saving = false;
        Show(outcome, () => Navigation.NavigateTo($"/institutions/{Id}"));
    }

    private void Show(SaveOutcome outcome, Action onSaved)
    {
        _conflict = null;
        switch (outcome.Status)
        {
            case SaveStatus.Saved:
                onSaved();
                break;
            case SaveStatus.Invalid:
                Errors.Set(outcome.Errors!);
                _message = L["Form_FixFields"];
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

    private async Task ReloadAsync()
    {
        _conflict = null;
        Errors.Clear();
        await LoadAsync(Id!.Value);
    }

    private async Task KeepMineAsync()
    {
        if (_conflict?.StoredVersion is Guid stored)
        {
            _version = stored;
            await SaveAsync();
        }
    }
}
