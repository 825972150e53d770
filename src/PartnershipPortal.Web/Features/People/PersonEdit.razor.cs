using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.People;

/// <summary>Creates or edits a person; a new person who looks like someone already recorded is offered that record first.</summary>
public sealed partial class PersonEdit : EditPage
{
    private MudForm? _form;
    private PersonInput _input = new();
    private InstitutionLink? _institution;
    private IReadOnlyList<UnitSummary> _units = [];
    private IReadOnlyList<PersonLink> _duplicates = [];

    /// <summary>What the duplicate check compares, as stored; null for a new person.</summary>
    private (string Name, int? InstitutionId, string? Email)? _storedIdentity;
    private Guid _version;
    private bool _archived;
    private bool _loaded;

    [Parameter]
    public int? Id { get; set; }

    [SupplyParameterFromQuery(Name = "institution")]
    public int? InstitutionParameter { get; set; }

    [Inject]
    private PersonEditor Editor { get; set; } = default!;

    [Inject]
    private InstitutionService Institutions { get; set; } = default!;

    [Inject]
    private PersonService People { get; set; } = default!;

    [Inject]
    private IValidator<PersonInput> Validator { get; set; } = default!;

    private string Heading => Id is null ? L["Person_New"] : L["Person_Edit"];

    protected override async Task OnParametersSetAsync()
    {
        if (Id is int id && !await LoadAsync(id))
        {
            Navigation.NotFound();
            return;
        }

        if (Id is null && InstitutionParameter is int institutionId && await Institutions.GetAsync(institutionId) is { } institution)
        {
            await InstitutionChangedAsync(new InstitutionLink(institution.Id, institution.Name));
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

        (_input, _version, _institution) = found.Value;
        _storedIdentity = Identity(_input);
        _archived = (await People.GetAsync(id))?.IsArchived ?? false;
        _units = _institution is null ? [] : await Institutions.UnitsAsync(_institution.Id, _input.UnitId);
        return true;
    }

    private async Task InstitutionChangedAsync(InstitutionLink? institution)
    {
        _institution = institution;
        _input.InstitutionId = institution?.Id;
        _input.UnitId = null;
        _units = institution is null ? [] : await Institutions.UnitsAsync(institution.Id);
    }

    /// <summary>
    /// Warns of likely duplicates when a new person is saved, and when an edit changes what identifies them
    /// (name, institution or e-mail): a person already accepted as distinct is not questioned at every save.
    /// </summary>
    private Task SaveAsync() => SaveCoreAsync(checkDuplicates: Identity(_input) != _storedIdentity);

    private static (string Name, int? InstitutionId, string? Email) Identity(PersonInput input) =>
        (SearchFolding.Key(input.FullName), input.InstitutionId, string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim().ToUpperInvariant());

    private Task SaveAnywayAsync() => SaveCoreAsync(checkDuplicates: false);

    private Task SaveCoreAsync(bool checkDuplicates) =>
        SubmitAsync(
            _form!,
            async () => (_duplicates = checkDuplicates ? await Editor.FindDuplicatesAsync(_input, Id) : []).Count > 0,
            user => Id is int id ? Editor.UpdateAsync(user, id, _version, _input) : Editor.CreateAsync(user, _input),
            "/people/");

    private Task ToggleArchiveAsync()
    {
        ClearAnswers();
        return RunAsync(user => Editor.SetArchivedAsync(user, Id!.Value, _version, !_archived), "/people/");
    }

    private Task<SaveOutcome> DeleteAsync(System.Security.Claims.ClaimsPrincipal user) => Editor.DeleteAsync(user, Id!.Value, _version);

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
            await SaveCoreAsync(checkDuplicates: false);
        }
    }
}
