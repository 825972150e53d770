using FluentValidation;

namespace PartnershipPortal.UnitTests.Features.Common;

/// <summary>
/// Assertions on a whole validation result: a case passes only when nothing at all is reported, and fails
/// only when exactly the expected failure is, so that no other rule can hide behind the one under test.
/// </summary>
internal static class ValidatorAssert
{
    public static void ReportsNothing<T>(IValidator<T> validator, T input) =>
        Assert.Empty(Describe(validator, input));

    public static void ReportsOnly<T>(IValidator<T> validator, T input, string property, string code, string message) =>
        Assert.Equal([$"{property} | {code} | {message}"], Describe(validator, input));

    /// <summary>The text at its limit passes; one character more is reported beside the field.</summary>
    public static void LimitsText<T>(IValidator<T> validator, Func<T> valid, string property, int max, string code, string message)
        where T : class
    {
        ReportsNothing(validator, valid().With(property, new string('a', max)));
        ReportsOnly(validator, valid().With(property, new string('a', max + 1)), property, code, message);
    }

    private static List<string> Describe<T>(IValidator<T> validator, T input) =>
        validator.Validate(input).Errors.Select(e => $"{e.PropertyName} | {e.ErrorCode} | {e.ErrorMessage}").ToList();
}
