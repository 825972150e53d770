using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.FollowUps;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.FollowUps;

/// <summary>
/// Adds a follow-up to a visit or an agreement, or changes one, in place on that record's page. Messages
/// appear beside their fields; a save that meets a newer version shows the conflict; nothing typed is lost.
/// </summary>
public sealed partial class FollowUpForm
{
    private readonly ServerErrors _errors = new();
    private MudForm? _form;
    private FollowUpInput _input = new();
    private Guid _version;
    private PersonLink? _contact;
    private string? _message;
    private SaveConflict? _conflict;
    private bool _saving;

    [Parameter, EditorRequired]
    public FollowUpSubject Subject { get; set; } = default!;

    /// <summary>The follow-up to change; a new one is added when null.</summary>
    [Parameter]
    public FollowUpRow? Row { get; set; }

    [Parameter, EditorRequired]
    public IReadOnlyList<AccountChoice> Owners { get; set; } = [];

    [Parameter]
    public EventCallback Saved { get; set; }

    [Parameter]
    public EventCallback Cancelled { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private FollowUpService Service { get; set; } = default!;

    [Inject]
    private PersonService People { get; set; } = default!;

    [Inject]
    private IValidator<FollowUpInput> Validator { get; set; } = default!;

    private DateTime? DueOn
    {
        get => PickerDates.ToPicker(_input.DueOn);
        set => _input.DueOn = PickerDates.FromPicker(value);
    }

    /// <summary>The enabled accounts, and the current owner even when their account has been disabled since.</summary>
    private IEnumerable<AccountChoice> OwnerOptions =>
        Row is { OwnerUserId: { } id, OwnerName: var name } && Owners.All(o => o.Id != id) ? Owners.Append(new AccountChoice(id, name ?? id)) : Owners;

    private string OwnerName(string? id) =>
        string.IsNullOrEmpty(id) ? L["FollowUp_NoOwner"] : OwnerOptions.FirstOrDefault(o => o.Id == id)?.Name ?? id;

    protected override async Task OnInitializedAsync()
    {
        if (Row is not null)
        {
            Start(Row);
            return;
        }

        // A new action is the author's own until they give it to someone else.
        var me = (await AuthenticationState).User.FindFirstValue(ClaimTypes.NameIdentifier);
        _input = new FollowUpInput
        {
            VisitId = Subject.Kind == FollowUpSubjectKind.Visit ? Subject.Id : null,
            AgreementId = Subject.Kind == FollowUpSubjectKind.Agreement ? Subject.Id : null,
            OwnerUserId = Owners.Any(o => o.Id == me) ? me : string.Empty,
        };
    }

    private void Start(FollowUpRow row)
    {
        _input = row.ToInput();
        _input.OwnerUserId ??= string.Empty;
        _version = row.Version;
        _contact = row.ContactPersonId is int id ? new PersonLink(id, row.ContactPerson ?? string.Empty, null) : null;
    }

    private void ContactChanged(PersonLink? person)
    {
        _contact = person;
        _input.OwnerPersonId = person?.Id;
    }

    private async Task<IEnumerable<PersonLink?>> SearchPeopleAsync(string? text, CancellationToken cancellationToken) =>
        await People.PickAsync(text, cancellationToken);

    private void ClearAnswers()
    {
        _errors.Clear();
        _message = null;
        _conflict = null;
    }

    private async Task SaveAsync()
    {
        ClearAnswers();
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            _message = L["FollowUp_FixFields"];
            return;
        }

        _saving = true;
        var user = (await AuthenticationState).User;
        var outcome = Row is null ? await Service.CreateAsync(user, _input) : await Service.UpdateAsync(user, Row.Id, _version, _input);
        _saving = false;
        if (outcome.Succeeded)
        {
            await Saved.InvokeAsync();
            return;
        }

        // A conflict is explained, with its choices, by the conflict alert rather than by a message.
        _conflict = outcome.Conflict;
        _message = _conflict is null ? FollowUpAnswers.Message(L, outcome) : null;
        if (outcome.Errors is { } errors)
        {
            _errors.Set(errors);
        }
    }

    private async Task ReloadAsync()
    {
        ClearAnswers();
        if (Row is not null && await Service.GetAsync(Row.Id) is { } stored)
        {
            Start(stored);
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
}
