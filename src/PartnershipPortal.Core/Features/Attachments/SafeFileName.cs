using System.Globalization;
using System.Text;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Attachments;

/// <summary>
/// Names to keep and download a file under: no folders, no control or invisible characters, none of the
/// characters a file system reserves, short enough for any file system, and ending in the extension of
/// what the file really is. Letters of every script (Chinese, Cyrillic, Kazakh) are kept as they are.
/// </summary>
public static class SafeFileName
{
    /// <summary>At most this many bytes in UTF-8: file systems count bytes (ext4: 255), and the column holds 200 characters.</summary>
    public const int MaxBytes = Attachment.FileNameMaxLength;

    /// <summary>The name a file without a usable name is given, before its extension.</summary>
    public const string Fallback = "attachment";

    private const string Reserved = "<>:\"/\\|?*";

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The safe name for a file of the given type uploaded as <paramref name="uploadedName"/>.</summary>
    public static string For(string? uploadedName, AttachmentType type)
    {
        var cleaned = Clean(uploadedName);
        var extension = ExtensionOfCleaned(cleaned);
        string stem;
        if (extension.Length > 0 && AttachmentFormats.ExtensionTypes.TryGetValue(extension, out var named) && named == type)
        {
            stem = cleaned[..^(extension.Length + 1)];
        }
        else
        {
            // No extension, or one that is no file type ("Minutes 20.05.2025"): the whole name is kept.
            stem = cleaned;
            extension = AttachmentFormats.Extension(type);
        }

        stem = Shorten(stem.TrimEnd(' ', '.'), MaxBytes - Encoding.UTF8.GetByteCount(extension) - 1);
        if (stem.Length == 0)
        {
            stem = Fallback;
        }
        else if (DeviceNames.Contains(stem.Split('.')[0].TrimEnd(' ')))
        {
            stem = "_" + stem;
        }

        return $"{stem}.{extension}";
    }

    /// <summary>
    /// The extension a name ends in, lower case and without the dot, after the name is cleaned (so that a
    /// folder or a trailing dot does not count); empty when there is none.
    /// </summary>
    public static string ExtensionOf(string? uploadedName) => ExtensionOfCleaned(Clean(uploadedName));

    private static string ExtensionOfCleaned(string cleaned)
    {
        var dot = cleaned.LastIndexOf('.');
        return dot <= 0 ? string.Empty : cleaned[(dot + 1)..].ToLowerInvariant();
    }

    /// <summary>The last segment of the name, its characters made safe, spaces and dots trimmed from both ends.</summary>
    private static string Clean(string? uploadedName)
    {
        if (string.IsNullOrWhiteSpace(uploadedName))
        {
            return string.Empty;
        }

        // Browsers send a bare name, but some older ones and scripts send the whole path.
        var name = uploadedName[(uploadedName.LastIndexOfAny(['/', '\\']) + 1)..];
        if (!name.IsNormalized(NormalizationForm.FormC))
        {
            name = name.Normalize(NormalizationForm.FormC);
        }

        var text = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                // Includes right-to-left overrides and zero-width characters that disguise an extension.
                continue;
            }

            if (rune.IsAscii && Reserved.Contains((char)rune.Value, StringComparison.Ordinal))
            {
                text.Append('_');
            }
            else if (category == UnicodeCategory.SpaceSeparator)
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(rune.ToString());
            }
        }

        return text.ToString().Trim(' ', '.');
    }

    /// <summary>Cuts whole characters (never half a surrogate pair or an accent from its letter) until the text fits.</summary>
    private static string Shorten(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var result = new StringBuilder();
        var bytes = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (bytes + size > maxBytes)
            {
                break;
            }

            result.Append(element);
            bytes += size;
        }

        return result.ToString().TrimEnd(' ', '.');
    }
}
