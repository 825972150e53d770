namespace PartnershipPortal.Web;

/// <summary>Marker for the portal's interface texts in Resources/SharedResource.resx.</summary>
public sealed class SharedResource
{
}
