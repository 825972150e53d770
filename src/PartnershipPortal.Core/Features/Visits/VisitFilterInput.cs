using System.Globalization;
using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Reference;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>
/// A visit filter as written in an address (<c>/visits?from=2025-05-01&amp;country=KZ</c>): text, so that a
/// hand-edited value can be reported beside its filter instead of failing. The query parameters carry the
/// property names in lower case.
/// </summary>
public sealed record VisitFilterInput
{
    public const string DateFormat = "yyyy-MM-dd";

    public static readonly IReadOnlyList<string> ParameterNames =
        ["from", "to", "direction", "status", "country", "institution", "unit", "field"];

    public static VisitFilterInput Empty { get; } = new();

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Direction { get; init; }

    public string? Status { get; init; }

    public string? Country { get; init; }

    public string? Institution { get; init; }

    public string? Unit { get; init; }

    public string? Field { get; init; }

    /// <summary>Reads the filter from query parameters by their names; blank values count as absent.</summary>
    public static VisitFilterInput FromParameters(Func<string, string?> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        string? Read(string name) => parameter(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        return new VisitFilterInput
        {
            From = Read("from"),
            To = Read("to"),
            Direction = Read("direction"),
            Status = Read("status"),
            Country = Read("country"),
            Institution = Read("institution"),
            Unit = Read("unit"),
            Field = Read("field"),
        };
    }

    /// <summary>The filter as query parameters, absent ones as null (so that they drop out of an address).</summary>
    public IReadOnlyDictionary<string, object?> ToParameters() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["from"] = From,
        ["to"] = To,
        ["direction"] = Direction,
        ["status"] = Status,
        ["country"] = Country,
        ["institution"] = Institution,
        ["unit"] = Unit,
        ["field"] = Field,
    };

    public bool IsEmpty => this == Empty;

    /// <summary>The same filter with the values it understands written one way (Inbound, KZ); others as they were.</summary>
    public VisitFilterInput Normalised() => this with
    {
        Direction = ParseEnum<VisitDirection>(Direction)?.ToString() ?? Direction,
        Status = ParseEnum<VisitStatus>(Status)?.ToString() ?? Status,
        Country = Country?.ToUpperInvariant(),
    };

    /// <summary>The filter to run; a part that does not parse is left out (validate first to report it).</summary>
    public VisitFilter ToFilter() => new(
        ParseDate(From),
        ParseDate(To),
        ParseEnum<VisitDirection>(Direction),
        ParseEnum<VisitStatus>(Status),
        Country is { } country && Countries.IsValid(country.ToUpperInvariant()) ? country.ToUpperInvariant() : null,
        ParseId(Institution),
        ParseId(Unit),
        Field is { } field && IscedCatalog.IsValid(field) ? field : null);

    internal static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>An enum value by name, in any case; numbers are refused so that the address always names the value.</summary>
    internal static TEnum? ParseEnum<TEnum>(string? text)
        where TEnum : struct, Enum =>
        text is { Length: > 0 } && !char.IsAsciiDigit(text[0]) && text[0] != '-'
            && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : null;

    internal static int? ParseId(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}

/// <summary>Reports each filter that cannot be applied as written, beside that filter.</summary>
public sealed class VisitFilterInputValidator : AbstractValidator<VisitFilterInput>
{
    public VisitFilterInputValidator()
    {
        Reads(f => f.From, text => VisitFilterInput.ParseDate(text) is not null, "VisitFilter.From.Invalid")
            .WithMessage("Enter the first day as a date such as 2025-05-01.");
        Reads(f => f.To, text => VisitFilterInput.ParseDate(text) is not null, "VisitFilter.To.Invalid")
            .WithMessage("Enter the last day as a date such as 2025-05-31.");
        RuleFor(f => f.To)
            .Must((filter, to) => VisitFilterInput.ParseDate(to) >= VisitFilterInput.ParseDate(filter.From))
            .When(f => VisitFilterInput.ParseDate(f.From) is not null && VisitFilterInput.ParseDate(f.To) is not null)
            .WithErrorCode("VisitFilter.To.BeforeFrom")
            .WithMessage("The last day cannot be before the first day.");
        Reads(f => f.Direction, text => VisitFilterInput.ParseEnum<VisitDirection>(text) is not null, "VisitFilter.Direction.Invalid")
            .WithMessage($"Choose the direction from the list ({Names<VisitDirection>()}).");
        Reads(f => f.Status, text => VisitFilterInput.ParseEnum<VisitStatus>(text) is not null, "VisitFilter.Status.Invalid")
            .WithMessage($"Choose the status from the list ({Names<VisitStatus>()}).");
        Reads(f => f.Country, text => Countries.IsValid(text.ToUpperInvariant()), "VisitFilter.Country.Unknown")
            .WithMessage(f => $"“{f.Country}” is not a country code: use an ISO 3166-1 alpha-2 code such as KZ.");
        Reads(f => f.Institution, text => VisitFilterInput.ParseId(text) is not null, "VisitFilter.Institution.Invalid")
            .WithMessage("Choose the institution from the list.");
        Reads(f => f.Unit, text => VisitFilterInput.ParseId(text) is not null, "VisitFilter.Unit.Invalid")
            .WithMessage("Choose the unit from the list.");
        Reads(f => f.Field, IscedCatalog.IsValid, "VisitFilter.Field.Unknown")
            .WithMessage(f => $"“{f.Field}” is not an ISCED-F 2013 field: use a code such as 07, 071 or 0715.");
    }

    /// <summary>A filter left out passes; one given must read as <paramref name="reads"/> says.</summary>
    private IRuleBuilderOptions<VisitFilterInput, string?> Reads(
        System.Linq.Expressions.Expression<Func<VisitFilterInput, string?>> filter, Func<string, bool> reads, string code) =>
        RuleFor(filter).Must(text => text is null || reads(text)).WithErrorCode(code);

    private static string Names<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());
}
