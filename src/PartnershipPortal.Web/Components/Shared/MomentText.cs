using System.Globalization;

namespace PartnershipPortal.Web.Components.Shared;

/// <summary>Moments (a change, a sign-in) as UTC date and time: "1 Jun 2025 08:05".</summary>
public static class MomentText
{
    public static string Format(DateTimeOffset moment) => moment.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);
}
