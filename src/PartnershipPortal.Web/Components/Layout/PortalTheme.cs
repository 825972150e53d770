using MudBlazor;

namespace PartnershipPortal.Web.Components.Layout;

/// <summary>The portal's colours, chosen for contrast of at least 4.5:1 on text.</summary>
internal static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#8a4b08",
            AppbarBackground = "#1f4e79",
            TextSecondary = "#4a4a4a",
        },
    };
}
