namespace PartnershipPortal.Web;

/// <summary>Marker for the interface texts of reports and exports in Resources/ReportResource.resx.</summary>
public sealed class ReportResource
{
}
