using System.Text;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Attachments;

namespace PartnershipPortal.UnitTests.Features.Attachments;

public sealed class SafeFileNameTests
{
    [Theory]
    [InlineData("会议纪要 2025-05-20.pdf", AttachmentType.Pdf, "会议纪要 2025-05-20.pdf")]
    [InlineData("Протокол встречи.docx", AttachmentType.Docx, "Протокол встречи.docx")]
    [InlineData("Қазақстан делегациясы.xlsx", AttachmentType.Xlsx, "Қазақстан делегациясы.xlsx")]
    [InlineData("Group photo.JPEG", AttachmentType.Jpeg, "Group photo.jpeg")]
    public void For_NameInAnyScript_IsKept(string uploaded, AttachmentType type, string expected) =>
        Assert.Equal(expected, SafeFileName.For(uploaded, type));

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData(@"C:\Users\wu\Desktop\minutes.pdf", "minutes.pdf")]
    [InlineData(@"..\..\..\windows\system.ini\..\minutes.pdf", "minutes.pdf")]
    [InlineData("/var/www/", "attachment.pdf")]
    [InlineData("..", "attachment.pdf")]
    [InlineData(".hidden.pdf", "hidden.pdf")]
    public void For_PathOrFolderInTheName_IsStripped(string uploaded, string expected) =>
        Assert.Equal(expected, SafeFileName.For(uploaded, AttachmentType.Pdf));

    [Theory]
    [InlineData("say \"hello\".pdf", "say _hello_.pdf")]
    [InlineData("a<b>c:d|e?f*g.pdf", "a_b_c_d_e_f_g.pdf")]
    [InlineData("line\r\nbreak\t.pdf", "linebreak.pdf")]
    [InlineData("minutes\u202Efdp.exe.pdf", "minutesfdp.exe.pdf")]
    [InlineData("zero\u200Bwidth.pdf", "zerowidth.pdf")]
    [InlineData("  many   spaces\u00A0here .pdf", "many spaces here.pdf")]
    [InlineData("trailing dots...pdf", "trailing dots.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("lpt1.report.pdf", "_lpt1.report.pdf")]
    public void For_ReservedAndInvisibleCharacters_AreReplacedOrDropped(string uploaded, string expected) =>
        Assert.Equal(expected, SafeFileName.For(uploaded, AttachmentType.Pdf));

    [Theory]
    [InlineData("Minutes 20.05.2025", AttachmentType.Pdf, "Minutes 20.05.2025.pdf")]
    [InlineData("scan", AttachmentType.Png, "scan.png")]
    [InlineData("photo.jfif", AttachmentType.Jpeg, "photo.jfif")]
    [InlineData("", AttachmentType.Docx, "attachment.docx")]
    [InlineData(null, AttachmentType.Xlsx, "attachment.xlsx")]
    public void For_NameWithoutTheTypesExtension_GetsTheTrueOne(string? uploaded, AttachmentType type, string expected) =>
        Assert.Equal(expected, SafeFileName.For(uploaded, type));

    [Fact]
    public void For_VeryLongName_IsCutToTheLimitKeepingTheExtension()
    {
        var name = SafeFileName.For(new string('a', 400) + ".pdf", AttachmentType.Pdf);

        Assert.Equal(new string('a', 196) + ".pdf", name);
    }

    [Fact]
    public void For_LongChineseName_IsCutByBytesAtWholeCharacters()
    {
        var name = SafeFileName.For(string.Concat(Enumerable.Repeat("会议纪要", 30)) + ".pdf", AttachmentType.Pdf);

        // Three bytes a character: 65 of them (195 bytes) and ".pdf" fit in 200.
        Assert.Equal(string.Concat(Enumerable.Repeat("会议纪要", 30))[..65] + ".pdf", name);
        Assert.True(Encoding.UTF8.GetByteCount(name) <= SafeFileName.MaxBytes);
    }

    [Fact]
    public void For_LongNameOfEmoji_NeverSplitsASurrogatePair()
    {
        var name = SafeFileName.For(string.Concat(Enumerable.Repeat("📷", 100)) + ".jpg", AttachmentType.Jpeg);

        Assert.Equal(string.Concat(Enumerable.Repeat("📷", 49)) + ".jpg", name);
    }

    [Fact]
    public void For_DecomposedAccents_AreComposed() =>
        Assert.Equal("Café.pdf", SafeFileName.For("Cafe\u0301.pdf", AttachmentType.Pdf));

    [Theory]
    [InlineData("minutes.PDF", "pdf")]
    [InlineData("../x/archive.tar.gz", "gz")]
    [InlineData("Minutes", "")]
    [InlineData(".pdf", "")]
    [InlineData("minutes.pdf.", "pdf")]
    public void ExtensionOf_ReadsTheCleanedNamesLastExtension(string uploaded, string expected) =>
        Assert.Equal(expected, SafeFileName.ExtensionOf(uploaded));
}
