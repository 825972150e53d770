using FluentValidation;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>Rules the report validators share: names from an enum, records that exist, periods that end after they start.</summary>
public static class ReportRules
{
    /// <summary>A name of <typeparamref name="TEnum"/> exactly as written, or nothing; numbers, which Enum.TryParse would take, are refused.</summary>
    public static bool IsNameOrEmpty<TEnum>(string? value)
        where TEnum : struct, Enum =>
        string.IsNullOrEmpty(value) || Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal);

    /// <summary>"Unknown status '{PropertyValue}'. Choose from: Draft, ..."</summary>
    public static string UnknownName<TEnum>(string noun)
        where TEnum : struct, Enum =>
        $"Unknown {noun} '{{PropertyValue}}'. Choose from: {string.Join(", ", Enum.GetNames<TEnum>())}.";

    /// <summary>A chosen record that exists: codes <paramref name="codePrefix"/>.Invalid and .NotFound; <paramref name="what"/> reads "the host unit".</summary>
    public static IRuleBuilderOptions<T, int?> ExistingRecord<T>(
        this IRuleBuilder<T, int?> rule, Func<int, CancellationToken, Task<bool>> exists, string codePrefix, string noun, string what) =>
        rule.ValidReference($"{codePrefix}.Invalid", $"Choose {what} from the list.")
            .MustAsync((id, token) => id is > 0 ? exists(id.Value, token) : Task.FromResult(true))
            .WithErrorCode($"{codePrefix}.NotFound")
            .WithMessage($"No {noun} has the id {{PropertyValue}}: choose {what} from the list.");

    /// <summary>The end of a period on or after its start, when both are given; <paramref name="period"/> reads "signing period".</summary>
    public static IRuleBuilderOptions<T, DateOnly?> NotBefore<T>(this IRuleBuilder<T, DateOnly?> rule, Func<T, DateOnly?> start, string code, string period) =>
        rule.Must((definition, end) => end is null || start(definition) is not { } from || end >= from)
            .WithErrorCode(code)
            .WithMessage((definition, end) =>
                $"The {period} ends ({ValidationRules.DisplayDate(end!.Value)}) before it starts ({ValidationRules.DisplayDate(start(definition)!.Value)}).");
}
