using System.IO.Compression;
using System.Text;
using System.Xml;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Attachments;

/// <summary>
/// Decides what a file is from its bytes, never from its name or the type a browser claims: PDF, JPEG and PNG
/// by their signatures, Word and Excel documents by the package inside the ZIP. Everything else is refused,
/// SVG and HTML by name because they can carry scripts; and so is a name whose extension says the file is
/// something else (a PNG called minutes.pdf), so that nobody downloads a file that is not what it says.
/// </summary>
public static class ContentInspector
{
    /// <summary>The refusal of a file of no kind the portal keeps.</summary>
    public const string UnsupportedMessage =
        "The portal keeps PDF documents, JPEG and PNG images, Word documents (DOCX) and Excel workbooks (XLSX); this file is none of them.";

    /// <summary>[Content_Types].xml of a real document is a few kilobytes; a larger one is not read.</summary>
    private const long MaxContentTypesLength = 1024 * 1024;

    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The main part of each Office type, as [Content_Types].xml must name it.</summary>
    private static readonly (AttachmentType Type, string Part, string ContentType)[] OfficeMainParts =
    [
        (AttachmentType.Docx, "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        (AttachmentType.Xlsx, "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    ];

    public static ContentVerdict Inspect(ReadOnlySpan<byte> content, string? fileName)
    {
        if (content.IsEmpty)
        {
            return ContentVerdict.Refused(ContentVerdict.ContentField, "Attachment.Content.Empty", "The file is empty.");
        }

        var found = Identify(content);
        if (found.Type is not { } type)
        {
            return found;
        }

        var extension = SafeFileName.ExtensionOf(fileName);
        var claimsOther = AttachmentFormats.ExtensionTypes.TryGetValue(extension, out var claimed)
            ? claimed != type
            : AttachmentFormats.OtherKnownExtensions.Contains(extension);
        return claimsOther
            ? ContentVerdict.Refused(
                ContentVerdict.FileNameField,
                "Attachment.FileName.Mismatch",
                $"This file is {AttachmentFormats.Describe(type)}, not {AttachmentFormats.DescribeClaim(extension)}. " +
                $"Rename it to end in .{AttachmentFormats.Extension(type)}, or choose the file you meant.")
            : found;
    }

    private static ContentVerdict Identify(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PdfSignature))
        {
            return ContentVerdict.Accepted(AttachmentType.Pdf);
        }

        if (content.StartsWith(JpegSignature))
        {
            return ContentVerdict.Accepted(AttachmentType.Jpeg);
        }

        if (content.StartsWith(PngSignature))
        {
            return ContentVerdict.Accepted(AttachmentType.Png);
        }

        if (content.StartsWith(ZipSignature))
        {
            return InspectPackage(content.ToArray());
        }

        return DescribeMarkup(content) switch
        {
            Markup.Svg => ContentVerdict.Refused(ContentVerdict.ContentField, "Attachment.Content.Svg",
                "This file is an SVG image. SVG files can carry scripts, so the portal does not keep them: save the picture as PNG or JPEG."),
            Markup.Html => ContentVerdict.Refused(ContentVerdict.ContentField, "Attachment.Content.Html",
                "This file is an HTML page. Web pages can carry scripts, so the portal does not keep them: save or print the page as PDF."),
            _ => ContentVerdict.Refused(ContentVerdict.ContentField, "Attachment.Content.Unsupported", UnsupportedMessage),
        };
    }

    /// <summary>A ZIP is kept only when it is a Word or Excel document: its [Content_Types].xml names the main part, and the part is there.</summary>
    private static ContentVerdict InspectPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var contentTypes = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, "[Content_Types].xml", StringComparison.OrdinalIgnoreCase));
            if (contentTypes is null || contentTypes.Length > MaxContentTypesLength)
            {
                return NotOffice();
            }

            var overrides = ReadOverrides(contentTypes);
            foreach (var (type, part, contentType) in OfficeMainParts)
            {
                if (names.Contains(part) && overrides.TryGetValue("/" + part, out var declared) && string.Equals(declared, contentType, StringComparison.OrdinalIgnoreCase))
                {
                    return ContentVerdict.Accepted(type);
                }
            }

            return overrides.Values.Any(v => v.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                ? ContentVerdict.Refused(ContentVerdict.ContentField, "Attachment.Content.Macros",
                    "This file is a Word or Excel file with macros, which the portal does not keep: save it as a DOCX or XLSX file without macros.")
                : NotOffice();
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException or IOException)
        {
            return ContentVerdict.Refused(ContentVerdict.ContentField, "Attachment.Content.BrokenZip",
                "This file looks like a ZIP archive or an Office document but cannot be opened: it is damaged.");
        }
    }

    private static ContentVerdict NotOffice() =>
        ContentVerdict.Refused(ContentVerdict.ContentField, "Attachment.Content.NotOffice",
            "This file is a ZIP archive, not a Word (DOCX) or Excel (XLSX) document. The portal does not keep archives: attach the files in it one by one.");

    /// <summary>The part names and content types of the package's Override entries, read without DTDs or external resources.</summary>
    private static Dictionary<string, string> ReadOverrides(ZipArchiveEntry contentTypes)
    {
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var stream = contentTypes.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxContentTypesLength,
        });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Override" && reader.NamespaceURI == ContentTypesNamespace
                && reader.GetAttribute("PartName") is { } part && reader.GetAttribute("ContentType") is { } type)
            {
                overrides[part] = type.Trim();
            }
        }

        return overrides;
    }

    private enum Markup
    {
        None,
        Svg,
        Html,
    }

    /// <summary>Recognises SVG and HTML in the first kilobyte, to tell the uploader why they are refused.</summary>
    private static Markup DescribeMarkup(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 1024)];
        string text;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(head[2..]);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(head[2..]);
        }
        else
        {
            text = Encoding.UTF8.GetString(head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head);
        }

        text = text.TrimStart().ToLowerInvariant();
        if (!text.StartsWith('<'))
        {
            return Markup.None;
        }

        if (text.Contains("<svg", StringComparison.Ordinal) || text.Contains("<!doctype svg", StringComparison.Ordinal))
        {
            return Markup.Svg;
        }

        string[] htmlTags = ["<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<meta", "<title", "<div", "<p>", "<a "];
        return htmlTags.Any(tag => text.Contains(tag, StringComparison.Ordinal)) ? Markup.Html : Markup.None;
    }
}

/// <summary>What <see cref="ContentInspector"/> found: the type, or why the file is refused and which field the message belongs beside.</summary>
public sealed record ContentVerdict(AttachmentType? Type, string? Field, string? Code, string? Message)
{
    public const string ContentField = nameof(AttachmentUploadInput.Content);

    public const string FileNameField = nameof(AttachmentUploadInput.FileName);

    public bool IsAccepted => Type is not null;

    public static ContentVerdict Accepted(AttachmentType type) => new(type, null, null, null);

    public static ContentVerdict Refused(string field, string code, string message) => new(null, field, code, message);
}
