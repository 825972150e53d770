using PartnershipPortal.Core.Features.Attachments;

namespace PartnershipPortal.UnitTests.Features.Attachments;

public sealed class ContentDispositionTests
{
    [Fact]
    public void Attachment_AsciiName_IsSentTwiceTheSame() =>
        Assert.Equal("attachment; filename=\"minutes.pdf\"; filename*=UTF-8''minutes.pdf", ContentDisposition.Attachment("minutes.pdf"));

    [Fact]
    public void Attachment_ChineseName_HasAnAsciiFallbackAndThePercentEncodedName() =>
        Assert.Equal(
            "attachment; filename=\"____.pdf\"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81.pdf",
            ContentDisposition.Attachment("会议纪要.pdf"));

    [Fact]
    public void Attachment_CyrillicNameWithSpaces_EncodesSpacesAndLetters() =>
        Assert.Equal(
            "attachment; filename=\"________ 1.docx\"; filename*=UTF-8''%D0%9F%D1%80%D0%BE%D1%82%D0%BE%D0%BA%D0%BE%D0%BB%201.docx",
            ContentDisposition.Attachment("Протокол 1.docx"));

    [Fact]
    public void Attachment_QuotePercentAndBackslash_CannotBreakTheQuotedName() =>
        Assert.Equal(
            "attachment; filename=\"a_b_c_d'e.pdf\"; filename*=UTF-8''a%22b%25c%5Cd%27e.pdf",
            ContentDisposition.Attachment("a\"b%c\\d'e.pdf"));

    [Fact]
    public void Inline_UsesTheSameNames() =>
        Assert.Equal("inline; filename=\"photo.jpg\"; filename*=UTF-8''photo.jpg", ContentDisposition.Inline("photo.jpg"));
}
