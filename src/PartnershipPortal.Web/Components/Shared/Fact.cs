namespace PartnershipPortal.Web.Components.Shared;

/// <summary>One labelled value on a record page; empty values are not shown.</summary>
public sealed record Fact(string Label, string? Value, string? Href = null);
