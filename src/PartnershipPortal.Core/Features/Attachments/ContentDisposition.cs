using System.Text;

namespace PartnershipPortal.Core.Features.Attachments;

/// <summary>
/// Content-Disposition header values (RFC 6266): a plain ASCII <c>filename</c> for old clients and the real
/// name in <c>filename*</c>, UTF-8 and percent-encoded as RFC 8187 (formerly 5987) prescribes, so that
/// "会议纪要.pdf" downloads as 会议纪要.pdf.
/// </summary>
public static class ContentDisposition
{
    /// <summary>Saved to disk, never shown in the browser: what a download of an attachment sends.</summary>
    public static string Attachment(string fileName) => Header("attachment", fileName);

    /// <summary>Shown in the page (a thumbnail), with the name to save it under.</summary>
    public static string Inline(string fileName) => Header("inline", fileName);

    private static string Header(string disposition, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return $"{disposition}; filename=\"{AsciiFallback(fileName)}\"; filename*=UTF-8''{Encode(fileName)}";
    }

    /// <summary>
    /// The name with every character outside printable ASCII made an underscore, and the quote, backslash and
    /// percent sign too (inside a quoted string some clients unescape or decode them).
    /// </summary>
    private static string AsciiFallback(string fileName)
    {
        var text = new StringBuilder(fileName.Length);
        foreach (var rune in fileName.EnumerateRunes())
        {
            text.Append(rune.Value is >= 0x20 and < 0x7F and not '"' and not '\\' and not '%' ? (char)rune.Value : '_');
        }

        return text.ToString();
    }

    /// <summary>RFC 8187 value-chars: attr-chars as they are, every other byte of the UTF-8 form as %XX.</summary>
    private static string Encode(string fileName)
    {
        var text = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(fileName))
        {
            if (IsAttrChar(b))
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static bool IsAttrChar(byte b) =>
        b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'
        || "!#$&+-.^_`|~".Contains((char)b, StringComparison.Ordinal);
}
