namespace PartnershipPortal.Web;

/// <summary>Marker for the interface texts of follow-up actions (the list, the forms, the navigation) in Resources/FollowUpResource.resx.</summary>
public sealed class FollowUpResource
{
}
