using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Reference;

namespace PartnershipPortal.UnitTests.Reference;

public sealed class ReferenceDataTests
{
    [Theory]
    [InlineData("KZ", "Kazakhstan")]
    [InlineData("CN", "China")]
    [InlineData("DE", "Germany")]
    public void Countries_KnowsIsoCodes(string code, string englishName)
    {
        Assert.True(Countries.IsValid(code));
        Assert.Equal(englishName, Countries.EnglishName(code));
    }

    [Theory]
    [InlineData("kz")]
    [InlineData("KAZ")]
    [InlineData("ZZ")]
    [InlineData("")]
    [InlineData(null)]
    public void Countries_RefusesWhatIsNotAnUpperCaseAlpha2Code(string? code) => Assert.False(Countries.IsValid(code));

    [Fact]
    public void Countries_ComesFromRegionDataWithItsNativeNames()
    {
        Assert.InRange(Countries.Codes.Count, 240, 260);
        Assert.Equal("Қазақстан", Countries.NativeName("KZ"));
    }

    [Fact]
    public void Isced_HoldsElevenBroadFieldsAndUnknown_WithEveryParentPresent()
    {
        Assert.Equal(12, IscedCatalog.All.Count(e => e.Level == IscedLevel.Broad));
        Assert.All(IscedCatalog.All.Where(e => e.ParentCode is not null), e => Assert.True(IscedCatalog.IsValid(e.ParentCode)));
        Assert.All(IscedCatalog.All, e => Assert.Equal(e.Code.Length, e.Level switch { IscedLevel.Broad => 2, IscedLevel.Narrow => 3, _ => 4 }));
    }

    [Theory]
    [InlineData("0715", "Mechanics and metal trades")]
    [InlineData("0716", "Motor vehicles, ships and aircraft")]
    [InlineData("0914", "Medical diagnostic and treatment technology")]
    public void Isced_NamesTheReferenceVisitsFields(string code, string name)
    {
        Assert.True(IscedCatalog.IsDetailed(code));
        Assert.Equal(name, IscedCatalog.NameOf(code));
    }

    [Theory]
    [InlineData("0799")]
    [InlineData("715")]
    [InlineData("abcd")]
    public void Isced_RefusesCodesOutsideTheClassification(string code) => Assert.False(IscedCatalog.IsDetailed(code));
}
