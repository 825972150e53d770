using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using PartnershipPortal.Core.Features.Visits;

namespace PartnershipPortal.Web.Features.Visits;

/// <summary>
/// The visit filter of the current address with what is wrong in it, keyed by the input's property names
/// (From, To, Country …) so that each message can stand beside its filter.
/// </summary>
public sealed record VisitFilterState(VisitFilterInput Input, IReadOnlyDictionary<string, string> Errors)
{
    public static VisitFilterState Empty { get; } = new(VisitFilterInput.Empty, new Dictionary<string, string>());

    public bool IsValid => Errors.Count == 0;

    /// <summary>The filter to run, or null while a part of it cannot be applied.</summary>
    public VisitFilter? Filter => IsValid ? Input.ToFilter() : null;

    public static VisitFilterState FromAddress(NavigationManager navigation, IValidator<VisitFilterInput> validator)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        var query = QueryHelpers.ParseQuery(new Uri(navigation.Uri).Query);
        return Of(VisitFilterInput.FromParameters(name => query.TryGetValue(name, out var value) ? value.ToString() : null), validator);
    }

    public static VisitFilterState Of(VisitFilterInput input, IValidator<VisitFilterInput> validator)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(validator);
        var normalised = input.Normalised();
        var errors = validator.Validate(normalised).Errors
            .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ErrorMessage, StringComparer.Ordinal);
        return new VisitFilterState(normalised, errors);
    }
}
