using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Web.Components.Shared;

/// <summary>An edit page whose interface texts are in SharedResource.resx.</summary>
public abstract class EditPage : EditPage<SharedResource>
{
}

/// <summary>
/// What every edit page shares: the signed-in user, and turning a service's answer into what the user
/// sees — the record's page when saved, messages beside fields, a conflict to resolve, or a refusal.
/// The form's input is never touched here, so nothing typed is lost. <typeparamref name="TResource"/> is
/// the resource marker whose texts the page shows through <see cref="L"/>.
/// </summary>
public abstract class EditPage<TResource> : ComponentBase
{
    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<TResource> L { get; set; } = default!;

    /// <summary>The shared texts of the answers (fix the fields, not allowed, not found).</summary>
    [Inject]
    private IStringLocalizer<SharedResource> Answers { get; set; } = default!;

    [CascadingParameter]
    protected Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected ServerErrors Errors { get; } = new();

    protected string? Message { get; set; }

    protected SaveConflict? Conflict { get; set; }

    protected bool Saving { get; set; }

    protected async Task<System.Security.Claims.ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;

    protected void ClearAnswers()
    {
        Errors.Clear();
        Message = null;
        Conflict = null;
    }

    /// <summary>
    /// The save button's work: the form's own checks, then any likely duplicates (the page shows them and the
    /// user decides), then the service's save, whose answer is shown.
    /// </summary>
    protected async Task SubmitAsync(MudBlazor.MudForm form, Func<Task<bool>> foundDuplicates, Func<System.Security.Claims.ClaimsPrincipal, Task<SaveOutcome>> save, string recordPath)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(foundDuplicates);
        ClearAnswers();

        // Render once without the last answer's messages before the form checks itself: the fields still hold
        // them as errors until they render again, and the form would refuse the corrected input.
        StateHasChanged();
        await Task.Yield();
        await form.ValidateAsync();
        if (!form.IsValid || await foundDuplicates())
        {
            return;
        }

        await RunAsync(save, recordPath);
    }

    /// <summary>Calls a service as the signed-in user and shows its answer.</summary>
    protected async Task RunAsync(Func<System.Security.Claims.ClaimsPrincipal, Task<SaveOutcome>> action, string recordPath)
    {
        ArgumentNullException.ThrowIfNull(action);
        Saving = true;
        var outcome = await action(await UserAsync());
        Saving = false;
        Show(outcome, recordPath);
    }

    /// <summary>Shows the outcome; goes to <paramref name="recordPath"/> (with the saved id appended when it ends in '/') when saved.</summary>
    protected void Show(SaveOutcome outcome, string recordPath)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(recordPath);
        Conflict = null;
        switch (outcome.Status)
        {
            case SaveStatus.Saved:
                Navigation.NavigateTo(recordPath.EndsWith('/') ? recordPath + outcome.Id : recordPath);
                break;
            case SaveStatus.Invalid:
                Errors.Set(outcome.Errors!);
                Message = Answers["Form_FixFields"];
                break;
            case SaveStatus.Conflict:
                Conflict = outcome.Conflict;
                break;
            case SaveStatus.Forbidden:
                Message = Answers["Form_Forbidden"];
                break;
            default:
                Message = Answers["Form_NotFound"];
                break;
        }
    }
}
