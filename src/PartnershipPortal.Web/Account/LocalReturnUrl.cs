namespace PartnershipPortal.Web.Account;

/// <summary>Only addresses within the portal are followed after sign-in, so a link cannot send a user elsewhere.</summary>
public static class LocalReturnUrl
{
    public static string Of(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
