using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace PartnershipPortal.Web.Components.Shared;

/// <summary>
/// Puts the input's FluentValidation validator behind an <see cref="EditForm"/>, so a form shows the same
/// rules, with the same messages, as the services and the API apply.
/// </summary>
public sealed class FluentValidator<TInput> : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;
    private EditContext? _subscribed;

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    [Inject]
    private IValidator<TInput> Validator { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (EditContext is null)
        {
            throw new InvalidOperationException($"{nameof(FluentValidator<TInput>)} must sit inside an EditForm.");
        }

        if (ReferenceEquals(EditContext, _subscribed))
        {
            return;
        }

        Unsubscribe();
        _messages = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += ValidateAll;
        _subscribed = EditContext;
    }

    private void ValidateAll(object? sender, ValidationRequestedEventArgs e)
    {
        var context = (EditContext)sender!;
        _messages!.Clear();
        var result = Validator.Validate((TInput)context.Model);
        foreach (var failure in result.Errors)
        {
            _messages.Add(context.Field(failure.PropertyName), failure.ErrorMessage);
        }

        context.NotifyValidationStateChanged();
    }

    private void Unsubscribe()
    {
        if (_subscribed is not null)
        {
            _subscribed.OnValidationRequested -= ValidateAll;
            _subscribed = null;
        }
    }

    public void Dispose() => Unsubscribe();
}
