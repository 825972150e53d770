using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.UnitTests.Domain;

public sealed class SearchFoldingTests
{
    [Theory]
    [InlineData("Ｘｉａｎｙａｎｇ", "xianyang")]
    [InlineData("Aqtöbe", "aqtobe")]
    [InlineData("ВОСТОЧНО-Казахстанский", "восточно-казахстанскии")]
    [InlineData("咸阳职业技术学院", "咸阳职业技术学院")]
    [InlineData("  Shaanxi   ShangpinShuren  ", "shaanxi shangpinshuren")]
    [InlineData("Сәтбаев", "сәтбаев")]
    [InlineData(null, "")]
    public void Fold_CaseFoldsRemovesAccentsAndWidens(string? text, string expected) =>
        Assert.Equal(expected, SearchFolding.Fold(text));

    [Fact]
    public void Combine_SkipsEmptyParts() =>
        Assert.Equal("xianyang polytechnic institute | xypi", SearchFolding.Combine("Xianyang Polytechnic Institute", null, " ", "XYPI"));

    [Theory]
    [InlineData("X.Y.P.I.", "xypi")]
    [InlineData("Shaanxi ShangpinShuren Education Technology Co., Ltd.", "shaanxishangpinshureneducationtechnologycoltd")]
    public void Key_DropsPunctuationAndSpaces(string text, string expected) =>
        Assert.Equal(expected, SearchFolding.Key(text));

    [Fact]
    public void Combine_CutsAtTheStoredLength()
    {
        var combined = SearchFolding.Combine(new string('a', 1500), new string('b', 1500));

        Assert.Equal(SearchFolding.MaxLength, combined.Length);
        Assert.StartsWith(new string('a', 1500) + " | b", combined, StringComparison.Ordinal);
    }
}
