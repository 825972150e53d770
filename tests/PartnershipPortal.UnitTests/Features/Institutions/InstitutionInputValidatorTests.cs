using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Institutions;

public sealed class InstitutionInputValidatorTests
{
    private readonly InstitutionInputValidator _validator = new();

    /// <summary>East Kazakhstan Technical University as the reference scenario records it, with a web address and ROR id.</summary>
    private static InstitutionInput Ektu() =>
        InputFor(ReferenceVisit.Create().Ektu).With("Website", "https://www.ektu.kz").With("RorId", "05gq02987");

    /// <summary>The home institution as the reference scenario records it: no web address, no ROR id.</summary>
    private static InstitutionInput Xypi() => InputFor(ReferenceVisit.Create().Xypi);

    private static InstitutionInput InputFor(Institution institution) => new()
    {
        Name = institution.Name,
        OriginalName = institution.OriginalName,
        Acronym = institution.Acronym,
        Kind = institution.Kind,
        CountryCode = institution.CountryCode,
        Region = institution.Region,
        City = institution.City,
        IsHome = institution.IsHome,
        RelationshipStatus = institution.RelationshipStatus,
    };

    [Fact]
    public void Validate_WhenPartnerFromKazakhstanIsComplete_ReportsNothing() => ValidatorAssert.ReportsNothing(_validator, Ektu());

    [Fact]
    public void Validate_WhenHomeInstitutionInChinaHasOnlyWhatIsRequired_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Xypi());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_WhenNameIsEmpty_ReportsName(string name) =>
        ValidatorAssert.ReportsOnly(_validator, Ektu().With("Name", name),
            "Name", "Institution.Name.Required", "Enter the institution's name.");

    public static TheoryData<string, int, string, string> TextLimits => new()
    {
        { "Name", Institution.NameMaxLength, "Institution.Name.TooLong", "The name can be at most 300 characters long (this one has 301)." },
        { "OriginalName", Institution.NameMaxLength, "Institution.OriginalName.TooLong", "The original name can be at most 300 characters long (this one has 301)." },
        { "Acronym", Institution.AcronymMaxLength, "Institution.Acronym.TooLong", "The acronym can be at most 30 characters long (this one has 31)." },
        { "Region", Institution.CityMaxLength, "Institution.Region.TooLong", "The region can be at most 120 characters long (this one has 121)." },
        { "City", Institution.CityMaxLength, "Institution.City.TooLong", "The city can be at most 120 characters long (this one has 121)." },
    };

    [Theory]
    [MemberData(nameof(TextLimits))]
    public void Validate_WhenTextGoesPastItsLimit_ReportsThatField(string property, int max, string code, string message) =>
        ValidatorAssert.LimitsText(_validator, Ektu, property, max, code, message);

    [Fact]
    public void Validate_WhenKindIsNotAKnownKind_ReportsKind() =>
        ValidatorAssert.ReportsOnly(_validator, Ektu().With("Kind", (InstitutionKind)99),
            "Kind", "Institution.Kind.Invalid", "Choose the kind of institution from the list.");

    [Fact]
    public void Validate_WhenCountryIsMissing_ReportsCountryCodeOnceAsRequired() =>
        ValidatorAssert.ReportsOnly(_validator, Ektu().With("CountryCode", ""),
            "CountryCode", "Institution.CountryCode.Required", "Choose the institution's country.");

    [Theory]
    [InlineData("kz")]
    [InlineData("KAZ")]
    [InlineData("ZZ")]
    [InlineData("Kazakhstan")]
    public void Validate_WhenCountryIsNotAnIsoAlpha2Code_ReportsCountryCode(string countryCode) =>
        ValidatorAssert.ReportsOnly(_validator, Ektu().With("CountryCode", countryCode),
            "CountryCode", "Institution.CountryCode.Invalid", "The country must be an ISO 3166-1 alpha-2 code such as KZ (two capital letters).");

    [Theory]
    [InlineData("KZ")]
    [InlineData("CN")]
    [InlineData("XK")]
    public void Validate_WhenCountryIsAnIsoAlpha2Code_ReportsNothing(string countryCode) =>
        ValidatorAssert.ReportsNothing(_validator, Ektu().With("CountryCode", countryCode));

    [Theory]
    [InlineData(null)]
    [InlineData("http://www.xypi.edu.cn")]
    [InlineData("https://www.ektu.kz/en/about?lang=en")]
    public void Validate_WhenWebsiteIsEmptyOrAnHttpAddress_ReportsNothing(string? website) =>
        ValidatorAssert.ReportsNothing(_validator, Ektu().With("Website", website));

    [Theory]
    [InlineData("www.ektu.kz")]
    [InlineData("ftp://ftp.ektu.kz")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/about")]
    [InlineData(" ")]
    public void Validate_WhenWebsiteIsNotAnAbsoluteHttpAddress_ReportsWebsite(string website) =>
        ValidatorAssert.ReportsOnly(_validator, Ektu().With("Website", website),
            "Website", "Institution.Website.Invalid",
            "Enter a full web address starting with http:// or https://, such as https://www.example.edu.");

    [Fact]
    public void Validate_WhenWebsiteIsAtItsLimit_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Ektu().With("Website", WebAddressOfLength(Institution.WebsiteMaxLength)));

    [Fact]
    public void Validate_WhenWebsiteExceedsItsLimit_ReportsWebsite() =>
        ValidatorAssert.ReportsOnly(_validator, Ektu().With("Website", WebAddressOfLength(Institution.WebsiteMaxLength + 1)),
            "Website", "Institution.Website.TooLong", "The web address can be at most 500 characters long (this one has 501).");

    [Theory]
    [InlineData(null)]
    [InlineData("05gq02987")]
    [InlineData("0abcdef12")]
    public void Validate_WhenRorIdIsEmptyOrWellFormed_ReportsNothing(string? rorId) =>
        ValidatorAssert.ReportsNothing(_validator, Ektu().With("RorId", rorId));

    [Theory]
    [InlineData("05gq0298")]
    [InlineData("05gq029870")]
    [InlineData("15gq02987")]
    [InlineData("05GQ02987")]
    [InlineData("05gl02987")]
    [InlineData("05gq029a7")]
    [InlineData("https://ror.org/05gq02987")]
    public void Validate_WhenRorIdIsMalformed_ReportsRorId(string rorId) =>
        ValidatorAssert.ReportsOnly(_validator, Ektu().With("RorId", rorId),
            "RorId", "Institution.RorId.Invalid",
            "A ROR id has nine characters: a 0, six lower-case letters or digits and two digits, such as 05gq02987.");

    [Fact]
    public void Validate_WhenParentIsChosen_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Ektu().With("ParentId", 7));

    [Fact]
    public void Validate_WhenParentIdIsNotARecord_ReportsParentId() =>
        ValidatorAssert.ReportsOnly(_validator, Ektu().With("ParentId", 0),
            "ParentId", "Institution.ParentId.Invalid", "Choose the parent institution from the list.");

    [Fact]
    public void Validate_WhenRelationshipStatusIsNotKnown_ReportsRelationshipStatus() =>
        ValidatorAssert.ReportsOnly(_validator, Ektu().With("RelationshipStatus", (RelationshipStatus)(-1)),
            "RelationshipStatus", "Institution.RelationshipStatus.Invalid", "Choose the relationship status from the list.");

    [Fact]
    public void NewInput_StartsEmptyAndFailsOnlyOnWhatIsRequired()
    {
        var errors = _validator.Validate(new InstitutionInput()).Errors.Select(e => e.ErrorCode);

        Assert.Equal(["Institution.Name.Required", "Institution.CountryCode.Required"], errors);
    }

    private static string WebAddressOfLength(int length)
    {
        const string Start = "https://www.ektu.kz/";
        return Start + new string('a', length - Start.Length);
    }
}
