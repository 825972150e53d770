namespace PartnershipPortal.Web;

/// <summary>Marker for the interface texts of reception checklists and notifications in Resources/PlanningResource.resx.</summary>
public sealed class PlanningResource
{
}
