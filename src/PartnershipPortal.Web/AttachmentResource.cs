namespace PartnershipPortal.Web;

/// <summary>Marker for the interface texts of attachments (visits, agreements) in Resources/AttachmentResource.resx.</summary>
public sealed class AttachmentResource
{
}
