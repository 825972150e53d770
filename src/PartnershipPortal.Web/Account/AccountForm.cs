using Microsoft.AspNetCore.Components.Forms;
using PartnershipPortal.Core.Features.Accounts;

namespace PartnershipPortal.Web.Account;

/// <summary>
/// The edit context of one account form, with a store for what only the server can say (a wrong password, an
/// address in use): those messages appear beside their field like the validator's own.
/// </summary>
public sealed class AccountForm<TInput>
    where TInput : class
{
    private readonly ValidationMessageStore _serverMessages;

    public AccountForm(TInput input)
    {
        Input = input;
        Context = new EditContext(input);
        _serverMessages = new ValidationMessageStore(Context);
    }

    public TInput Input { get; }

    public EditContext Context { get; }

    /// <summary>A message for the whole form (property left empty), shown once at its top.</summary>
    public string? Message { get; private set; }

    /// <summary>Validates with the form's validator; the caller's service checks again.</summary>
    public bool Validate() => Context.Validate();

    /// <summary>Puts a refused change's messages beside their fields; true when the change was done.</summary>
    public bool Show(AccountChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _serverMessages.Clear();
        foreach (var error in change.Errors)
        {
            if (error.Property.Length == 0)
            {
                Message = error.Message;
            }
            else
            {
                _serverMessages.Add(Context.Field(error.Property), error.Message);
            }
        }

        Context.NotifyValidationStateChanged();
        return change.Succeeded;
    }
}
