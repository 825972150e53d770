namespace PartnershipPortal.Core.Features.Administration;

/// <summary>A row of the account list.</summary>
public sealed record UserRow(
    string Id, string DisplayName, string? Email, bool IsDisabled, DateTimeOffset? LastSignInAt,
    IReadOnlyList<string> Roles, IReadOnlyList<string> DeanUnits);

/// <summary>One account as its page shows it.</summary>
public sealed record UserDetails(
    string Id, string DisplayName, string? Email, bool IsDisabled, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt,
    IReadOnlyList<string> Roles, IReadOnlyList<UnitOption> DeanUnits);

/// <summary>A unit of the home institution that a dean can answer for.</summary>
public sealed record UnitOption(int Id, string Name);

/// <summary>A new account and the one-time link its holder sets a password with.</summary>
public sealed record CreatedAccount(string UserId, string ResetLink);
