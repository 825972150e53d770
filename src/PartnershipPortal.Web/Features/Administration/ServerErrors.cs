using Microsoft.AspNetCore.Components.Forms;
using PartnershipPortal.Core.Features.Administration;

namespace PartnershipPortal.Web.Features.Administration;

/// <summary>
/// Shows the service's refusals in a form: beside their field through the edit context, or above the form
/// when they concern no field. They go when the field is edited or the form is submitted again.
/// </summary>
internal sealed class ServerErrors
{
    private readonly EditContext _context;
    private readonly ValidationMessageStore _messages;

    public ServerErrors(EditContext context)
    {
        _context = context;
        _messages = new ValidationMessageStore(context);

        // Subscribed before the form's validator, so a resubmission is judged afresh.
        context.OnValidationRequested += (_, _) => Clear();
        context.OnFieldChanged += (_, e) => _messages.Clear(e.FieldIdentifier);
    }

    public IReadOnlyList<AccountError> FormErrors { get; private set; } = [];

    public void Show(IReadOnlyList<AccountError> errors)
    {
        Clear();
        FormErrors = errors.Where(e => e.Field.Length == 0).ToList();
        foreach (var error in errors.Where(e => e.Field.Length > 0))
        {
            _messages.Add(_context.Field(error.Field), error.Message);
        }

        _context.NotifyValidationStateChanged();
    }

    public void Clear()
    {
        _messages.Clear();
        FormErrors = [];
    }
}
