using FluentValidation.Results;

namespace PartnershipPortal.Core.Features.Accounts;

/// <summary>A message for one field of an account form, or for the whole form when the property is empty.</summary>
public sealed record FieldError(string Property, string Message);

/// <summary>What became of a change to an account: done, or refused with messages beside the fields concerned.</summary>
public sealed record AccountChange(IReadOnlyList<FieldError> Errors)
{
    public static readonly AccountChange Done = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static AccountChange Refused(string property, string message) => new([new FieldError(property, message)]);

    public static AccountChange From(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsValid ? Done : new(result.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList());
    }
}
