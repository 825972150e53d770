using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Agreements;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.Core.Reference;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.Agreements;

/// <summary>
/// Records a new agreement (from scratch, or from a visit: <c>/agreements/new?fromVisit=12</c>) or edits one.
/// What was typed stays in the form whatever the save answers: messages go beside their fields, and a newer
/// version offers a reload or a second save of the user's values. The status is not edited here.
/// </summary>
public sealed partial class AgreementEdit : EditPage<AgreementResource>
{
    /// <summary>Detailed ISCED-F fields, the level an agreement names.</summary>
    private static readonly IReadOnlyList<IscedEntry> FieldChoices = IscedCatalog.All.Where(e => e.Level == IscedLevel.Detailed).ToList();

    private MudForm? _form;
    private AgreementInput _input = new();
    private AgreementFormNames _names = AgreementFormNames.Empty();
    private Guid _version;
    private AgreementStatus _status = AgreementStatus.Draft;
    private bool _loaded;
    private VisitChoice? _fromVisit;
    private IReadOnlyList<UnitSummary> _units = [];
    private IReadOnlyList<FrameworkChoice> _frameworks = [];
    private IReadOnlyList<AccountChoice> _accounts = [];

    [Parameter]
    public int? Id { get; set; }

    [SupplyParameterFromQuery(Name = "fromVisit")]
    public int? FromVisit { get; set; }

    [Inject]
    private AgreementEditor Editor { get; set; } = default!;

    [Inject]
    private AgreementFormLookup Lookup { get; set; } = default!;

    [Inject]
    private AgreementService Agreements { get; set; } = default!;

    [Inject]
    private PersonService People { get; set; } = default!;

    [Inject]
    private IValidator<AgreementInput> Validator { get; set; } = default!;

    private string Heading => Id is null ? L["AgreementForm_New"] : L["AgreementForm_Edit"];

    private string CancelHref => Id is not null ? $"/agreements/{Id}" : _fromVisit is not null ? $"/visits/{_fromVisit.Id}" : "/agreements";

    private PersonLink? ResponsiblePerson =>
        _input.ResponsiblePersonId is int id && _names.People.TryGetValue(id, out var person) ? person : null;

    private string FrameworkText => string.Join(", ", _frameworks.Where(f => _input.FrameworkIds.Contains(f.Id)).Select(f => f.Acronym ?? f.Name));

    private IEnumerable<(string Field, string Label, Func<DateOnly?> Get, Action<DateOnly?> Set)> Dates =>
    [
        (nameof(AgreementInput.SignedOn), L["AgreementForm_SignedOn"], () => _input.SignedOn, d => _input.SignedOn = d),
        (nameof(AgreementInput.EffectiveOn), L["AgreementForm_EffectiveOn"], () => _input.EffectiveOn, d => _input.EffectiveOn = d),
        (nameof(AgreementInput.ExpiresOn), L["AgreementForm_ExpiresOn"], () => _input.ExpiresOn, d => _input.ExpiresOn = d),
    ];

    protected override async Task OnParametersSetAsync()
    {
        _frameworks = await Lookup.FrameworksAsync();
        _accounts = await Lookup.AccountsAsync();
        if (Id is int id)
        {
            if (!await LoadAsync(id))
            {
                Navigation.NotFound();
                return;
            }
        }
        else
        {
            if (FromVisit is int visitId && await Editor.FromVisitAsync(visitId) is { } prefilled)
            {
                _input = prefilled;
            }

            // Whoever records the agreement is reminded of its expiry unless they choose someone else.
            var userId = PortalAccess.ActorOf(await UserAsync()).UserId;
            _input.ResponsibleUserId ??= _accounts.Any(a => a.Id == userId) ? userId : null;
            _names = await Lookup.NamesAsync(_input);
            _fromVisit = FromVisit is int shown && _names.Visits.TryGetValue(shown, out var visit) ? visit : null;
        }

        _units = await Lookup.HomeUnitsAsync(_input.ResponsibleUnitId);
        _loaded = true;
    }

    private async Task<bool> LoadAsync(int id)
    {
        var found = await Editor.GetForEditAsync(id);
        var details = await Agreements.GetAsync(id);
        if (found is null || details is null)
        {
            return false;
        }

        (_input, _version) = found.Value;
        _status = details.Status;
        _names = await Lookup.NamesAsync(_input);
        return true;
    }

    private int? Remember(PersonLink? person)
    {
        if (person is not null)
        {
            _names.People[person.Id] = person;
        }

        return person?.Id;
    }

    private async Task<IEnumerable<PersonLink>> SearchPeopleAsync(string? text, CancellationToken cancellationToken) =>
        await People.PickAsync(text, cancellationToken);

    private async Task SaveAsync()
    {
        // The last answer's messages leave the fields first: the form's own check would count them as still wrong.
        ClearAnswers();
        StateHasChanged();
        await Task.Yield();
        await SubmitAsync(
            _form!,
            () => Task.FromResult(false),
            user => Id is int id ? Editor.UpdateAsync(user, id, _version, _input) : Editor.CreateAsync(user, _input),
            "/agreements/");
    }

    private async Task ReloadAsync()
    {
        ClearAnswers();
        await LoadAsync(Id!.Value);
    }

    private async Task KeepMineAsync()
    {
        if (Conflict?.StoredVersion is Guid stored)
        {
            _version = stored;
            await SaveAsync();
        }
    }
}
