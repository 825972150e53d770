using PartnershipPortal.Core.Features.Accounts;

namespace PartnershipPortal.UnitTests.Features.Accounts;

/// <summary>The strings the account features hand to people and apps: keys, authenticator addresses, reset links.</summary>
public sealed class AccountTextsTests
{
    [Theory]
    [InlineData("jbswy3dpehpk3pxpjbswy3dpehpk3pxp", "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP")]
    [InlineData("ABCDEF", "ABCD EF")]
    public void FormatKey_GroupsTheKeyInFours(string key, string shown) =>
        Assert.Equal(shown, ProfileService.FormatKey(key));

    [Fact]
    public void AuthenticatorUri_NamesThePortalAndTheAccount() =>
        Assert.Equal("otpauth://totp/PartnershipPortal:sun.li%40xpi.example?secret=JBSWY3DPEHPK3PXP&issuer=PartnershipPortal&digits=6",
            ProfileService.AuthenticatorUri("sun.li@xpi.example", "JBSWY3DPEHPK3PXP"));

    [Theory]
    [InlineData("https://portal.xpi.example/")]
    [InlineData("https://portal.xpi.example")]
    public void ResetLink_CarriesTheAddressAndTheTokenInBase64Url(string portal) =>
        Assert.Equal("https://portal.xpi.example/account/reset-password?email=o%27brien%2Btest%40xpi.example&code=Pz4_Pz4-",
            PasswordResetService.ResetLink(portal, "o'brien+test@xpi.example", "?>??>>"));
}
