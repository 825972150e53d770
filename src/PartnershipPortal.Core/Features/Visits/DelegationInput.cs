namespace PartnershipPortal.Core.Features.Visits;

/// <summary>
/// A group travelling together, as a form sends it. The declared size (15) may exceed the members named
/// (4), and it may represent institutions none of whose members are named.
/// </summary>
public sealed class DelegationInput
{
    public string Title { get; set; } = string.Empty;

    public int? DeclaredSize { get; set; }

    public List<DelegationMemberInput> Members { get; set; } = [];

    /// <summary>Every institution the delegation represents, also those without a named member.</summary>
    public List<int> InstitutionIds { get; set; } = [];

    /// <summary>One of the members' <see cref="DelegationMemberInput.PersonId"/>s, or empty.</summary>
    public int? HeadPersonId { get; set; }
}

/// <summary>A named member of a delegation.</summary>
public sealed class DelegationMemberInput
{
    /// <summary>The limit of the role column.</summary>
    public const int RoleMaxLength = 200;

    public int PersonId { get; set; }

    /// <summary>The role within the delegation ("head", "interpreter"), distinct from the person's position.</summary>
    public string? RoleInDelegation { get; set; }
}
