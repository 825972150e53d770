using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.UnitTests.Domain;

public sealed class CooperationAgreementTests
{
    private static readonly DateOnly EffectiveOn = new(2025, 6, 1);

    private static Institution Xypi() => new() { Name = "Xianyang Polytechnic Institute", CountryCode = "CN" };

    private static Institution Ektu() => new() { Name = "East Kazakhstan Technical University", CountryCode = "KZ" };

    private static CooperationAgreement Memorandum() => new() { Title = "Memorandum of understanding", Kind = AgreementKind.MemorandumOfUnderstanding };

    [Theory]
    [InlineData(2030, 5, 31)]
    [InlineData(2025, 6, 2)]
    public void SetTerm_WhenExpiryIsAfterTheEffectiveDate_SetsTheTerm(int year, int month, int day)
    {
        var agreement = Memorandum();
        var expiresOn = new DateOnly(year, month, day);

        agreement.SetTerm(EffectiveOn, expiresOn);

        Assert.Equal((EffectiveOn, expiresOn), (agreement.EffectiveOn, agreement.ExpiresOn));
    }

    [Fact]
    public void SetTerm_WhenOpenEnded_SetsOnlyTheEffectiveDate()
    {
        var agreement = Memorandum();

        agreement.SetTerm(EffectiveOn, null);

        Assert.Equal((EffectiveOn, (DateOnly?)null), (agreement.EffectiveOn, agreement.ExpiresOn));
    }

    [Theory]
    [InlineData(2025, 6, 1)]
    [InlineData(2024, 6, 1)]
    public void SetTerm_WhenExpiryIsNotAfterTheEffectiveDate_Refuses(int year, int month, int day)
    {
        var agreement = Memorandum();

        var error = Assert.Throws<DomainException>(() => agreement.SetTerm(EffectiveOn, new DateOnly(year, month, day)));

        Assert.Equal("An agreement must expire after it takes effect.", error.Message);
        Assert.Null(agreement.ExpiresOn);
    }

    [Fact]
    public void AddParty_WhenTwoInstitutionsSign_AddsThemInOrder()
    {
        var agreement = Memorandum();

        agreement.AddParty(Xypi());
        var second = agreement.AddParty(Ektu());

        Assert.Equal(1, second.Order);
        Assert.Equal(2, agreement.Parties.Count);
    }

    [Fact]
    public void AddParty_WhenTheInstitutionIsAlreadyAParty_Refuses()
    {
        var agreement = Memorandum();
        var xypi = Xypi();
        agreement.AddParty(xypi);

        var error = Assert.Throws<DomainException>(() => agreement.AddParty(xypi));

        Assert.Equal("Xianyang Polytechnic Institute is already a party to this agreement.", error.Message);
        Assert.Single(agreement.Parties);
    }

    [Fact]
    public void AddParty_WhenTheSameStoredInstitutionComesAsAnotherObject_Refuses()
    {
        var agreement = Memorandum();
        agreement.AddParty(new Institution { Id = 1, Name = "Xianyang Polytechnic Institute", CountryCode = "CN" });

        var error = Assert.Throws<DomainException>(() => agreement.AddParty(new Institution { Id = 1, Name = "XYPI", CountryCode = "CN" }));

        Assert.Equal("XYPI is already a party to this agreement.", error.Message);
    }

    [Fact]
    public void EnsureComplete_WhenTwoDistinctPartiesSign_Accepts()
    {
        var agreement = Memorandum();
        agreement.AddParty(Xypi());
        agreement.AddParty(Ektu());

        var error = Record.Exception(agreement.EnsureComplete);

        Assert.Null(error);
    }

    [Fact]
    public void EnsureComplete_WhenOnlyOnePartySigns_Refuses()
    {
        var agreement = Memorandum();
        agreement.AddParty(Xypi());

        var error = Assert.Throws<DomainException>(agreement.EnsureComplete);

        Assert.Equal("An agreement needs at least two distinct parties.", error.Message);
    }

    [Fact]
    public void EnsureComplete_WhenNoPartySigns_Refuses()
    {
        var error = Assert.Throws<DomainException>(Memorandum().EnsureComplete);

        Assert.Equal("An agreement needs at least two distinct parties.", error.Message);
    }

    [Fact]
    public void AddField_WhenTheCodeIsAlreadyListed_KeepsOneEntry()
    {
        var agreement = Memorandum();

        agreement.AddField("0715");
        agreement.AddField("0914");
        agreement.AddField("0715");

        Assert.Equal(["0715", "0914"], agreement.Fields.Select(f => f.IscedCode));
    }
}
