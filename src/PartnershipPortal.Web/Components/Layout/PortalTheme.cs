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

            // Darker than MudBlazor's defaults so that alert text and filled buttons reach 4.5:1.
            Warning = "#8a4b08",
            Error = "#b00020",
            Info = "#0b5394",
            Success = "#1b5e20",
        },
    };
}
