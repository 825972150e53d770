using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Web.Components.Shared;

/// <summary>
/// One record of a list edited in place (a unit, a facility): opens a small form on the record, saves it or
/// archives it through the service, and on success lets the list reload instead of navigating away. As on
/// an edit page, what was typed stays when a save fails; a newer version offers a reload or a second save.
/// </summary>
public abstract class EditPageRow<TInput> : EditPage
    where TInput : class
{
    private Func<ClaimsPrincipal, Guid, Task<SaveOutcome>>? _lastAction;

    /// <summary>Raised after a save, an archiving or a deletion, so the list reloads.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    /// <summary>The form's values while the record is being edited; null otherwise.</summary>
    protected TInput? Input { get; private set; }

    protected MudForm? Form { get; set; }

    /// <summary>The record's version as last shown, which a save must match.</summary>
    protected abstract Guid ShownVersion { get; }

    protected abstract TInput InputFromRecord();

    protected abstract Task<SaveOutcome> UpdateAsync(ClaimsPrincipal user, Guid version, TInput input);

    protected void StartEditing()
    {
        ClearAnswers();
        Input = InputFromRecord();
    }

    protected void StopEditing()
    {
        ClearAnswers();
        Input = null;
    }

    protected async Task SaveAsync()
    {
        ClearAnswers();
        await Form!.ValidateAsync();
        if (Form.IsValid && Input is { } input)
        {
            await AnswerAsync((user, version) => UpdateAsync(user, version, input), ShownVersion);
        }
    }

    /// <summary>Runs a save or an archiving against a version and shows its answer in the row.</summary>
    protected async Task AnswerAsync(Func<ClaimsPrincipal, Guid, Task<SaveOutcome>> action, Guid version)
    {
        ArgumentNullException.ThrowIfNull(action);
        _lastAction = action;
        Saving = true;
        var outcome = await action(await UserAsync(), version);
        Saving = false;
        if (outcome.Succeeded)
        {
            StopEditing();
            await Changed.InvokeAsync();
            return;
        }

        Show(outcome, string.Empty);
    }

    /// <summary>After a conflict: the same change again, now against the version stored meanwhile.</summary>
    protected async Task KeepMineAsync()
    {
        if (Conflict?.StoredVersion is Guid stored && _lastAction is { } action)
        {
            ClearAnswers();
            await AnswerAsync(action, stored);
        }
    }

    /// <summary>After a conflict: drop the change and show the record as stored now.</summary>
    protected Task ReloadAsync()
    {
        StopEditing();
        return Changed.InvokeAsync();
    }
}
