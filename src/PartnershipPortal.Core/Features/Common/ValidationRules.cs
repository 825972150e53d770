using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using PartnershipPortal.Core.Reference;

namespace PartnershipPortal.Core.Features.Common;

/// <summary>
/// Rules shared by the portal's validators. Every helper takes the stable error code the API returns,
/// so that no rule can leave with FluentValidation's generic code. Format rules pass an empty value:
/// whether a field must be filled in is a separate rule, so an empty required field shows one message.
/// </summary>
public static partial class ValidationRules
{
    /// <summary>How dates appear in messages: "20 May 2025".</summary>
    public static string DisplayDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, string code, string message) =>
        rule.NotEmpty().WithErrorCode(code).WithMessage(message);

    /// <summary>At most <paramref name="max"/> characters; <paramref name="subject"/> opens the message ("The name").</summary>
    public static IRuleBuilderOptions<T, string?> MaxChars<T>(this IRuleBuilder<T, string?> rule, int max, string code, string subject) =>
        rule.MaximumLength(max)
            .WithErrorCode(code)
            .WithMessage($"{subject} can be at most {max} characters long (this one has {{TotalLength}}).");

    /// <summary>A reference to a stored record, when one is chosen: ids start at 1.</summary>
    public static IRuleBuilderOptions<T, int?> ValidReference<T>(this IRuleBuilder<T, int?> rule, string code, string message) =>
        rule.GreaterThan(0).WithErrorCode(code).WithMessage(message);

    /// <summary>A reference that must be chosen.</summary>
    public static IRuleBuilderOptions<T, int> RequiredReference<T>(this IRuleBuilder<T, int> rule, string code, string message) =>
        rule.GreaterThan(0).WithErrorCode(code).WithMessage(message);

    public static IRuleBuilderOptions<T, TEnum> KnownValue<T, TEnum>(this IRuleBuilder<T, TEnum> rule, string code, string message)
        where TEnum : struct, Enum =>
        rule.IsInEnum().WithErrorCode(code).WithMessage(message);

    public static IRuleBuilderOptions<T, string?> ValidCountryCode<T>(this IRuleBuilder<T, string?> rule, string code) =>
        rule.Must(value => string.IsNullOrEmpty(value) || Countries.IsValid(value))
            .WithErrorCode(code)
            .WithMessage("The country must be an ISO 3166-1 alpha-2 code such as KZ (two capital letters).");

    /// <summary>An absolute web address on http or https; other schemes (ftp, javascript, file) are refused.</summary>
    public static IRuleBuilderOptions<T, string?> HttpUrl<T>(this IRuleBuilder<T, string?> rule, string code) =>
        rule.Must(value => string.IsNullOrEmpty(value) || IsHttpUrl(value))
            .WithErrorCode(code)
            .WithMessage("Enter a full web address starting with http:// or https://, such as https://www.example.edu.");

    /// <summary>A Research Organization Registry id in its nine-character form, such as 05gq02987.</summary>
    public static IRuleBuilderOptions<T, string?> RorId<T>(this IRuleBuilder<T, string?> rule, string code) =>
        rule.Must(value => string.IsNullOrEmpty(value) || RorIdPattern().IsMatch(value))
            .WithErrorCode(code)
            .WithMessage("A ROR id has nine characters: a 0, six lower-case letters or digits and two digits, such as 05gq02987.");

    public static IRuleBuilderOptions<T, string?> DetailedIscedCode<T>(this IRuleBuilder<T, string?> rule, string code) =>
        rule.Must(value => string.IsNullOrEmpty(value) || IscedCatalog.IsDetailed(value))
            .WithErrorCode(code)
            .WithMessage("Choose a detailed ISCED-F 2013 field: a four-digit code such as 0715.");

    /// <summary>
    /// An IANA time zone id known to this machine. Windows ids ("China Standard Time") are found on Linux
    /// too, but calendar files need the IANA form, so they are refused.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> IanaTimeZone<T>(this IRuleBuilder<T, string?> rule, string code) =>
        rule.Must(value => string.IsNullOrEmpty(value) || IsIanaTimeZone(value))
            .WithErrorCode(code)
            .WithMessage("The time zone must be an IANA time zone such as Asia/Shanghai or Asia/Almaty.");

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule, string code) =>
        rule.Must(value => string.IsNullOrEmpty(value) || IsEmailAddress(value))
            .WithErrorCode(code)
            .WithMessage("Enter an e-mail address such as name@example.edu.");

    public static IRuleBuilderOptions<T, string?> PhoneNumber<T>(this IRuleBuilder<T, string?> rule, string code) =>
        rule.Must(value => string.IsNullOrEmpty(value) || PhonePattern().IsMatch(value))
            .WithErrorCode(code)
            .WithMessage("A phone number may contain only digits, spaces and the signs + - ( ).");

    /// <summary>Refuses a list (a multiple choice) that names the same entry twice.</summary>
    public static IRuleBuilderOptions<T, List<TItem>> NoRepeats<T, TItem>(this IRuleBuilder<T, List<TItem>> rule, string code, string message) =>
        rule.Must(items => items.Distinct().Count() == items.Count).WithErrorCode(code).WithMessage(message);

    /// <summary>
    /// A multiple choice of stored records: every id names a record, none twice. Codes are
    /// <paramref name="codePrefix"/>.Invalid and .Repeated; <paramref name="noun"/> names one record ("framework").
    /// </summary>
    public static IRuleBuilderOptions<T, List<int>> ChosenOnceEach<T>(this IRuleBuilder<T, List<int>> rule, string codePrefix, string noun) =>
        rule.Must(ids => ids.TrueForAll(id => id > 0))
            .WithErrorCode(codePrefix + ".Invalid")
            .WithMessage($"Choose each {noun} from the list.")
            .NoRepeats(codePrefix + ".Repeated", $"The same {noun} is listed twice.");

    /// <summary>Someone named either by a chosen person or, failing that, by a description.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredWithoutPerson<T>(
        this IRuleBuilder<T, string?> rule, Func<T, int?> personId, string code, string message) =>
        rule.Must((input, description) => personId(input) is not null || !string.IsNullOrWhiteSpace(description))
            .WithErrorCode(code)
            .WithMessage(message);

    /// <summary>
    /// In a list of sub-forms, reports each later row that repeats an earlier row's key, beside that row's
    /// field (<c>Members[3].PersonId</c>). A row whose key is null or empty is left to its own rules.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, List<TItem>> EachKeyOnce<T, TItem>(
        this IRuleBuilder<T, List<TItem>> rule,
        Func<TItem, string?> key,
        string keyProperty,
        string code,
        Func<string, string> message) =>
        rule.Custom((items, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (key(items[i]) is { Length: > 0 } value && !seen.Add(value))
                {
                    context.AddFailure(RowFailure(context.PropertyPath, i, keyProperty, code, message(value), value));
                }
            }
        });

    /// <summary>A failure placed beside one field of one row of a list: <c>AgendaItems[1].Date</c>.</summary>
    public static ValidationFailure RowFailure(string listPath, int index, string property, string code, string message, object? attemptedValue) =>
        new($"{listPath}[{index}].{property}", message, attemptedValue) { ErrorCode = code };

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    private static bool IsIanaTimeZone(string value) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone) && zone.HasIanaId;

    private static bool IsEmailAddress(string value) =>
        MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex("^0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RorIdPattern();

    [GeneratedRegex(@"^[0-9 +\-()]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
