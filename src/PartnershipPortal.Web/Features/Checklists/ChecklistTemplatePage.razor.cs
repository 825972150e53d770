using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using PartnershipPortal.Core.Features.Checklists;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.Checklists;

/// <summary>The office edits its reception checklist template: add, edit, reorder, archive and restore lines.</summary>
public partial class ChecklistTemplatePage
{
    private IReadOnlyList<OwnerChoice> _owners = [];
    private ChecklistItemInput _input = new();
    private TemplateItemView? _editing;
    private readonly ServerErrors _errors = new();
    private string? _message;
    private Guid _formKey = Guid.NewGuid();

    [Inject]
    private ChecklistTemplateService Template { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [PersistentState]
    public IReadOnlyList<TemplateItemView>? Lines { get; set; }

    private List<TemplateItemView> Active => Lines?.Where(l => !l.IsArchived).ToList() ?? [];

    private List<TemplateItemView> Archived => Lines?.Where(l => l.IsArchived).ToList() ?? [];

    protected override async Task OnInitializedAsync()
    {
        Lines ??= await Template.ListAsync();
        _owners = await Template.OwnerChoicesAsync();
    }

    private void Edit(TemplateItemView line)
    {
        _editing = line;
        _input = new ChecklistItemInput { Title = line.Title, OffsetDays = line.OffsetDays, OwnerUserId = line.DefaultOwnerUserId };
        _errors.Clear();
        _message = null;
    }

    private void CancelEdit()
    {
        _editing = null;
        _input = new ChecklistItemInput();
        _errors.Clear();
    }

    private async Task SaveAsync(ChecklistItemInput input)
    {
        var user = (await AuthenticationState).User;
        var outcome = _editing is { } line
            ? await Template.UpdateAsync(user, line.Id, line.Version, input)
            : await Template.AddAsync(user, input);
        if (await ShowAsync(outcome))
        {
            CancelEdit();
            _formKey = Guid.NewGuid();
        }
    }

    private async Task MoveAsync(TemplateItemView line, int direction) =>
        await ShowAsync(await Template.MoveAsync((await AuthenticationState).User, line.Id, direction));

    private async Task ArchiveAsync(TemplateItemView line, bool archived) =>
        await ShowAsync(await Template.SetArchivedAsync((await AuthenticationState).User, line.Id, line.Version, archived));

    private async Task StartFromSuggestionsAsync()
    {
        await Template.StartFromSuggestionsAsync((await AuthenticationState).User);
        Lines = await Template.ListAsync();
    }

    /// <summary>Shows the service's answer and the template as it now stands; true when saved.</summary>
    private async Task<bool> ShowAsync(SaveOutcome outcome)
    {
        _errors.Clear();
        _message = OutcomeMessage.For(outcome, L);
        if (outcome.Errors is { } errors)
        {
            _errors.Set(errors);
        }

        if (outcome.Status != SaveStatus.Invalid)
        {
            Lines = await Template.ListAsync();
        }

        return outcome.Succeeded;
    }
}
