namespace PartnershipPortal.Web;

/// <summary>Marker for the interface texts of cooperation agreements (form, lifecycle, filters) in Resources/AgreementResource.resx.</summary>
public sealed class AgreementResource
{
}
