namespace PartnershipPortal.Web;

/// <summary>Marker for the interface texts of accounts, the change history and password resets in Resources/AdminResource.resx.</summary>
public sealed class AdminResource
{
}
