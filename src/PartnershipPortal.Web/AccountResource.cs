namespace PartnershipPortal.Web;

/// <summary>Marker for the interface texts of the account pages in Resources/AccountResource.resx.</summary>
public sealed class AccountResource
{
}
