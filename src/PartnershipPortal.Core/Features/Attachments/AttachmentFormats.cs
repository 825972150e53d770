using System.Globalization;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Attachments;

/// <summary>What the portal says and sends about each kind of file it keeps.</summary>
public static class AttachmentFormats
{
    /// <summary>The media type sent with the file, whatever the uploader's browser claimed.</summary>
    public static string ContentType(AttachmentType type) => type switch
    {
        AttachmentType.Pdf => "application/pdf",
        AttachmentType.Jpeg => "image/jpeg",
        AttachmentType.Png => "image/png",
        AttachmentType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The extension a name is given when it has none of its own type (without the dot).</summary>
    public static string Extension(AttachmentType type) => type switch
    {
        AttachmentType.Pdf => "pdf",
        AttachmentType.Jpeg => "jpg",
        AttachmentType.Png => "png",
        AttachmentType.Docx => "docx",
        AttachmentType.Xlsx => "xlsx",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The extensions that name each type (lower case, without the dot).</summary>
    public static readonly IReadOnlyDictionary<string, AttachmentType> ExtensionTypes = new Dictionary<string, AttachmentType>(StringComparer.Ordinal)
    {
        ["pdf"] = AttachmentType.Pdf,
        ["jpg"] = AttachmentType.Jpeg,
        ["jpeg"] = AttachmentType.Jpeg,
        ["jpe"] = AttachmentType.Jpeg,
        ["jfif"] = AttachmentType.Jpeg,
        ["png"] = AttachmentType.Png,
        ["docx"] = AttachmentType.Docx,
        ["xlsx"] = AttachmentType.Xlsx,
    };

    /// <summary>Extensions of other common kinds of file: a name ending in one of them claims a type the portal does not keep.</summary>
    public static readonly IReadOnlySet<string> OtherKnownExtensions = new HashSet<string>(StringComparer.Ordinal)
    {
        "txt", "csv", "rtf", "odt", "ods", "odp", "doc", "docm", "dot", "dotx", "dotm", "xls", "xlsm", "xlsb", "xlt", "xltx",
        "ppt", "pptx", "pptm", "gif", "bmp", "tif", "tiff", "webp", "heic", "heif", "avif", "ico", "svg", "svgz", "htm", "html",
        "xhtml", "shtml", "mht", "mhtml", "xml", "xsl", "js", "mjs", "json", "css", "zip", "rar", "7z", "gz", "tgz", "tar",
        "exe", "msi", "dll", "com", "scr", "bat", "cmd", "ps1", "vbs", "sh", "jar", "apk", "iso", "img", "dmg",
        "mp3", "wav", "mp4", "mov", "avi", "mkv", "eml", "msg", "ics", "vcf", "lnk", "url",
    };

    /// <summary>The type as a sentence names it: "This file is a PNG image".</summary>
    public static string Describe(AttachmentType type) => type switch
    {
        AttachmentType.Pdf => "a PDF document",
        AttachmentType.Jpeg => "a JPEG image",
        AttachmentType.Png => "a PNG image",
        AttachmentType.Docx => "a Word document (DOCX)",
        AttachmentType.Xlsx => "an Excel workbook (XLSX)",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>What a name's extension claims the file is: "a PDF", "a .txt file".</summary>
    public static string DescribeClaim(string extension) => ExtensionTypes.TryGetValue(extension, out var type)
        ? type switch
        {
            AttachmentType.Pdf => "a PDF",
            AttachmentType.Jpeg => "a JPEG image",
            AttachmentType.Png => "a PNG image",
            AttachmentType.Docx => "a Word document",
            _ => "an Excel workbook",
        }
        : $"a .{extension} file";

    /// <summary>Whether the type has a thumbnail: photos and scans.</summary>
    public static bool IsImage(AttachmentType type) => type is AttachmentType.Jpeg or AttachmentType.Png;

    /// <summary>A size as people read it: "812 bytes", "14.2 KB", "3.5 MB" (1 KB = 1,024 bytes).</summary>
    public static string Size(long bytes)
    {
        const double Kilobyte = 1024;
        const double Megabyte = Kilobyte * 1024;
        return bytes switch
        {
            < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
            < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(bytes / Kilobyte, 1):0.#} KB"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(bytes / Megabyte, 1):0.#} MB"),
        };
    }
}
