using PartnershipPortal.Core.Reference;

namespace PartnershipPortal.Web.Components.Shared;

/// <summary>Country names for display, from the same region data that validates the codes.</summary>
public static class CountryText
{
    public static string Name(string? code) => string.IsNullOrEmpty(code) ? string.Empty : Countries.EnglishName(code);
}
