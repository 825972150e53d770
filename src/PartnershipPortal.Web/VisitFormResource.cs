namespace PartnershipPortal.Web;

/// <summary>Marker for the interface texts of the guided visit form, drafts and visit actions in Resources/VisitFormResource.resx.</summary>
public sealed class VisitFormResource
{
}
