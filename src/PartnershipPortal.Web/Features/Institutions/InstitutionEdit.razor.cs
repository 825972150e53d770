using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.Institutions;

/// <summary>
/// Creates or edits an institution. What was typed stays in the form whatever the save answers: messages
/// go beside their fields, and a newer version offers a reload or a second save of the user's values.
/// </summary>
public sealed partial class InstitutionEdit : EditPage
{
    private MudForm? _form;
    private InstitutionInput _input = new();
    private Guid _version;
    private bool _archived;
    private bool _loaded;
    private bool _isAdministrator;
    private IReadOnlyList<InstitutionLink> _duplicates = [];

    /// <summary>What the duplicate check compares, as stored; null for a new institution.</summary>
    private (string Name, string Acronym, string CountryCode)? _storedIdentity;

    [Parameter]
    public int? Id { get; set; }

    [Inject]
    private InstitutionEditor Editor { get; set; } = default!;

    [Inject]
    private InstitutionService Institutions { get; set; } = default!;

    [Inject]
    private IValidator<InstitutionInput> Validator { get; set; } = default!;

    private string Heading => Id is null ? L["Institution_New"] : L["Institution_Edit"];

    private string CancelHref => Id is null ? "/institutions" : $"/institutions/{Id}";

    protected override async Task OnParametersSetAsync()
    {
        _isAdministrator = PortalAccess.CanAdminister(await UserAsync());
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
        _storedIdentity = Identity(_input);
        _archived = (await Institutions.GetAsync(id))?.IsArchived ?? false;
        return true;
    }

    /// <summary>
    /// Warns of likely duplicates when a new institution is saved, and when an edit changes what identifies it
    /// (name, acronym or country): a record already accepted as distinct is not questioned at every save.
    /// </summary>
    private Task SaveAsync() => SaveCoreAsync(checkDuplicates: Identity(_input) != _storedIdentity);

    private static (string Name, string Acronym, string CountryCode) Identity(InstitutionInput input) =>
        (SearchFolding.Key(input.Name), SearchFolding.Key(input.Acronym), input.CountryCode);

    private Task SaveAnywayAsync() => SaveCoreAsync(checkDuplicates: false);

    private Task SaveCoreAsync(bool checkDuplicates) =>
        SubmitAsync(
            _form!,
            async () => (_duplicates = checkDuplicates ? await Editor.FindDuplicatesAsync(_input, Id) : []).Count > 0,
            user => Id is int id ? Editor.UpdateAsync(user, id, _version, _input) : Editor.CreateAsync(user, _input),
            "/institutions/");

    private Task ToggleArchiveAsync()
    {
        ClearAnswers();
        return RunAsync(user => Editor.SetArchivedAsync(user, Id!.Value, _version, !_archived), "/institutions/");
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
