namespace PartnershipPortal.Core.Features.Administration;

/// <summary>What an account may do: its roles and, for a dean, the home institution's units they answer for.</summary>
public class AccountAccessInput
{
    public List<string> Roles { get; set; } = [];

    public List<int> DeanUnitIds { get; set; } = [];
}

/// <summary>A new account: who it is for, and what it may do.</summary>
public sealed class AccountInput : AccountAccessInput
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }
}
