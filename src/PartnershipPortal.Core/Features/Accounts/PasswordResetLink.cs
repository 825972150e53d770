using System.Buffers.Text;
using System.Text;

namespace PartnershipPortal.Core.Features.Accounts;

/// <summary>
/// The one-time link that sets a password: <c>/account/reset-password?email=…&amp;code=…</c>, the code being
/// Identity's reset token in Base64Url so that it survives an address and an e-mail unchanged.
/// </summary>
public static class PasswordResetLink
{
    public const string Path = "/account/reset-password";

    public static string Create(string email, string token)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(token);
        return $"{Path}?email={Uri.EscapeDataString(email)}&code={Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token))}";
    }

    /// <summary>The token inside a link's code, or null when the code is not Base64Url at all.</summary>
    public static string? TokenOf(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || !Base64Url.IsValid(code))
        {
            return null;
        }

        return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(code));
    }
}
