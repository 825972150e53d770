using FluentValidation.Results;

namespace PartnershipPortal.Core.Features.Administration;

/// <summary>
/// Why a change to an account was refused, beside the field it concerns (a property name of the input,
/// such as <c>Email</c>), or for the whole form when <see cref="Field"/> is empty.
/// </summary>
public sealed record AccountError(string Field, string Message)
{
    public const string Form = "";
}

/// <summary>The outcome of a change to an account: done, or refused with the reasons.</summary>
public class AccountResult
{
    protected AccountResult(IReadOnlyList<AccountError> errors) => Errors = errors;

    public static AccountResult Success { get; } = new([]);

    public IReadOnlyList<AccountError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static AccountResult Failed(string field, string message) => new([new AccountError(field, message)]);

    public static AccountResult Failed(IReadOnlyList<AccountError> errors) => new(errors);

    public static AccountResult<T> Done<T>(T value)
        where T : class => new(value, []);

    public static AccountResult<T> Failed<T>(IReadOnlyList<AccountError> errors)
        where T : class => new(null, errors);

    internal static IReadOnlyList<AccountError> From(ValidationResult validation) =>
        validation.Errors.Select(e => new AccountError(e.PropertyName, e.ErrorMessage)).ToList();
}

/// <summary>The outcome of a change that hands something back when it succeeds (a new account's reset link).</summary>
public sealed class AccountResult<T> : AccountResult
    where T : class
{
    internal AccountResult(T? value, IReadOnlyList<AccountError> errors)
        : base(errors) => Value = value;

    public T? Value { get; }
}
