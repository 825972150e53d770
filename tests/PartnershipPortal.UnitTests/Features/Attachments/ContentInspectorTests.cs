using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Attachments;
using PartnershipPortal.Tests.Infrastructure;

namespace PartnershipPortal.UnitTests.Features.Attachments;

public sealed class ContentInspectorTests
{
    public static TheoryData<string, string, AttachmentType> KeptFiles() => new()
    {
        { "Pdf", "minutes.pdf", AttachmentType.Pdf },
        { "Jpeg", "group photo.jpg", AttachmentType.Jpeg },
        { "Jpeg", "group photo.JPEG", AttachmentType.Jpeg },
        { "Png", "campus map.png", AttachmentType.Png },
        { "Docx", "letter of intent.docx", AttachmentType.Docx },
        { "Xlsx", "delegation list.xlsx", AttachmentType.Xlsx },
        { "Pdf", "Minutes 20.05.2025", AttachmentType.Pdf },
        { "Png", "scan", AttachmentType.Png },
    };

    private static byte[] Make(string kind) => kind switch
    {
        "Pdf" => SampleFiles.Pdf(),
        "Jpeg" => SampleFiles.Jpeg(),
        "Png" => SampleFiles.Png(),
        "Docx" => SampleFiles.Docx(),
        "Xlsx" => SampleFiles.Xlsx(),
        "Svg" => SampleFiles.Svg(),
        "Html" => SampleFiles.Html(),
        "PlainZip" => SampleFiles.PlainZip(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(KeptFiles))]
    public void Inspect_KeptKindUnderAnAgreeingOrNoExtension_FindsTheType(string kind, string fileName, AttachmentType expected)
    {
        var verdict = ContentInspector.Inspect(Make(kind), fileName);

        Assert.Equal(ContentVerdict.Accepted(expected), verdict);
    }

    [Theory]
    [InlineData("Png", "minutes.pdf", "This file is a PNG image, not a PDF. Rename it to end in .png, or choose the file you meant.")]
    [InlineData("Pdf", "photo.jpg", "This file is a PDF document, not a JPEG image. Rename it to end in .pdf, or choose the file you meant.")]
    [InlineData("Jpeg", "photo.png", "This file is a JPEG image, not a PNG image. Rename it to end in .jpg, or choose the file you meant.")]
    [InlineData("Xlsx", "budget.docx", "This file is an Excel workbook (XLSX), not a Word document. Rename it to end in .xlsx, or choose the file you meant.")]
    [InlineData("Docx", "letter.xlsx", "This file is a Word document (DOCX), not an Excel workbook. Rename it to end in .docx, or choose the file you meant.")]
    [InlineData("Pdf", "minutes.txt", "This file is a PDF document, not a .txt file. Rename it to end in .pdf, or choose the file you meant.")]
    [InlineData("Docx", "letter.doc", "This file is a Word document (DOCX), not a .doc file. Rename it to end in .docx, or choose the file you meant.")]
    public void Inspect_ExtensionContradictingTheContent_IsRefusedBesideTheName(string kind, string fileName, string message)
    {
        var verdict = ContentInspector.Inspect(Make(kind), fileName);

        Assert.Equal(ContentVerdict.Refused("FileName", "Attachment.FileName.Mismatch", message), verdict);
    }

    [Theory]
    [InlineData("picture.svg")]
    [InlineData("minutes.pdf")]
    public void Inspect_Svg_IsRefusedWhateverItsName(string fileName)
    {
        var verdict = ContentInspector.Inspect(SampleFiles.Svg(), fileName);

        Assert.Equal(ContentVerdict.Refused("Content", "Attachment.Content.Svg",
            "This file is an SVG image. SVG files can carry scripts, so the portal does not keep them: save the picture as PNG or JPEG."), verdict);
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("minutes.pdf")]
    [InlineData("photo.png")]
    public void Inspect_Html_IsRefusedWhateverItsName(string fileName)
    {
        var verdict = ContentInspector.Inspect(SampleFiles.Html(), fileName);

        Assert.Equal(ContentVerdict.Refused("Content", "Attachment.Content.Html",
            "This file is an HTML page. Web pages can carry scripts, so the portal does not keep them: save or print the page as PDF."), verdict);
    }

    [Fact]
    public void Inspect_HtmlWithByteOrderMarkAndLeadingSpace_IsStillRecognised()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. "\r\n  <HTML><BODY>hello</BODY></HTML>"u8.ToArray()];

        Assert.Equal("Attachment.Content.Html", ContentInspector.Inspect(content, "minutes.pdf").Code);
    }

    [Fact]
    public void Inspect_SvgInUtf16_IsStillRecognised()
    {
        byte[] content = [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")];

        Assert.Equal("Attachment.Content.Svg", ContentInspector.Inspect(content, "logo.png").Code);
    }

    [Theory]
    [InlineData("archive.zip")]
    [InlineData("letter.docx")]
    public void Inspect_ZipThatIsNoOfficeDocument_IsRefused(string fileName)
    {
        var verdict = ContentInspector.Inspect(SampleFiles.PlainZip(), fileName);

        Assert.Equal(ContentVerdict.Refused("Content", "Attachment.Content.NotOffice",
            "This file is a ZIP archive, not a Word (DOCX) or Excel (XLSX) document. The portal does not keep archives: attach the files in it one by one."), verdict);
    }

    [Fact]
    public void Inspect_PackageNamingAWordPartItDoesNotHold_IsRefused() =>
        Assert.Equal("Attachment.Content.NotOffice", ContentInspector.Inspect(SampleFiles.DocxWithoutDocument(), "letter.docx").Code);

    [Fact]
    public void Inspect_WordDocumentWithMacros_IsRefusedWithTheReason()
    {
        var verdict = ContentInspector.Inspect(SampleFiles.Docm(), "letter.docx");

        Assert.Equal(ContentVerdict.Refused("Content", "Attachment.Content.Macros",
            "This file is a Word or Excel file with macros, which the portal does not keep: save it as a DOCX or XLSX file without macros."), verdict);
    }

    [Fact]
    public void Inspect_TruncatedZip_IsRefusedAsDamaged()
    {
        var docx = SampleFiles.Docx();

        var verdict = ContentInspector.Inspect(docx.AsSpan(0, docx.Length / 2), "letter.docx");

        Assert.Equal(ContentVerdict.Refused("Content", "Attachment.Content.BrokenZip",
            "This file looks like a ZIP archive or an Office document but cannot be opened: it is damaged."), verdict);
    }

    [Theory]
    [InlineData("notes.pdf")]
    [InlineData("notes.txt")]
    public void Inspect_PlainText_IsRefusedAsUnsupported(string fileName)
    {
        var verdict = ContentInspector.Inspect(SampleFiles.Text(), fileName);

        Assert.Equal(ContentVerdict.Refused("Content", "Attachment.Content.Unsupported",
            "The portal keeps PDF documents, JPEG and PNG images, Word documents (DOCX) and Excel workbooks (XLSX); this file is none of them."), verdict);
    }

    [Fact]
    public void Inspect_GifRenamedPng_IsRefusedAsUnsupported() =>
        Assert.Equal("Attachment.Content.Unsupported", ContentInspector.Inspect("GIF89a\u0001\0\u0001\0"u8.ToArray(), "photo.png").Code);

    [Fact]
    public void Inspect_EmptyFile_IsRefused() =>
        Assert.Equal(ContentVerdict.Refused("Content", "Attachment.Content.Empty", "The file is empty."), ContentInspector.Inspect([], "minutes.pdf"));
}
