using Microsoft.AspNetCore.Components;
using PartnershipPortal.Core.Features.Visits;

namespace PartnershipPortal.Web.Features.Visits.Form;

/// <summary>What each step of the visit form shares: the form's state, and telling the form that something changed.</summary>
public abstract class VisitStepBase : ComponentBase
{
    [Parameter, EditorRequired]
    public VisitFormState State { get; set; } = default!;

    [Parameter]
    public EventCallback Changed { get; set; }

    protected VisitInput Input => State.Input;

    protected Task OnChanged() => Changed.InvokeAsync();

    /// <summary>Moves a row one place up (-1) or down (+1) in its list.</summary>
    protected Task MoveAsync<T>(List<T> rows, int index, int by)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var target = index + by;
        if (target >= 0 && target < rows.Count)
        {
            (rows[index], rows[target]) = (rows[target], rows[index]);
        }

        return OnChanged();
    }

    protected Task RemoveAsync<T>(List<T> rows, int index)
    {
        ArgumentNullException.ThrowIfNull(rows);
        rows.RemoveAt(index);
        return OnChanged();
    }
}
