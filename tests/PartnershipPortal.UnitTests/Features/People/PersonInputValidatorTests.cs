using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.People;

public sealed class PersonInputValidatorTests
{
    private readonly PersonInputValidator _validator = new();

    private static PersonInput Mashekenova() => new()
    {
        FullName = "Mashekenova Assiya",
        Position = "Vice President",
        InstitutionId = 2,
        Email = "a.mashekenova@ektu.kz",
        Phone = "+7 (7232) 540-000",
    };

    [Theory]
    [InlineData("Mashekenova Assiya")]
    [InlineData("Erlan Nursultanovich Safin")]
    [InlineData("Wu Xujin")]
    [InlineData("Madonna")]
    public void Validate_WhenNameIsWrittenAsOneString_ReportsNothing(string fullName) =>
        ValidatorAssert.ReportsNothing(_validator, Mashekenova().With("FullName", fullName));

    [Fact]
    public void Validate_WhenNameHasAnOriginalScriptForm_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Mashekenova().With("FullName", "Erlan Nursultanovich Safin").With("OriginalScriptName", "Ерлан Нурсултанович Сафин"));

    [Theory]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Validate_WhenNameIsEmptyOrWhitespace_ReportsFullName(string fullName) =>
        ValidatorAssert.ReportsOnly(_validator, Mashekenova().With("FullName", fullName),
            "FullName", "Person.FullName.Required", "Enter the person's name as they write it.");

    public static TheoryData<string, int, string, string> TextLimits => new()
    {
        { "FullName", Person.NameMaxLength, "Person.FullName.TooLong", "The name can be at most 200 characters long (this one has 201)." },
        { "OriginalScriptName", Person.NameMaxLength, "Person.OriginalScriptName.TooLong", "The name in original script can be at most 200 characters long (this one has 201)." },
        { "Position", Person.PositionMaxLength, "Person.Position.TooLong", "The position can be at most 200 characters long (this one has 201)." },
    };

    [Theory]
    [MemberData(nameof(TextLimits))]
    public void Validate_WhenTextGoesPastItsLimit_ReportsThatField(string property, int max, string code, string message) =>
        ValidatorAssert.LimitsText(_validator, Mashekenova, property, max, code, message);

    [Fact]
    public void Validate_WhenInstitutionIdIsNotARecord_ReportsInstitutionId() =>
        ValidatorAssert.ReportsOnly(_validator, Mashekenova().With("InstitutionId", 0),
            "InstitutionId", "Person.InstitutionId.Invalid", "Choose the person's institution from the list.");

    [Fact]
    public void Validate_WhenPersonBelongsToNoInstitution_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Mashekenova().With("InstitutionId", null));

    [Fact]
    public void Validate_WhenUnitIsChosenWithItsInstitution_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Mashekenova().With("UnitId", 5));

    [Fact]
    public void Validate_WhenUnitIsChosenWithoutInstitution_ReportsUnitId() =>
        ValidatorAssert.ReportsOnly(_validator, Mashekenova().With("InstitutionId", null).With("UnitId", 5),
            "UnitId", "Person.UnitId.WithoutInstitution", "Choose the institution before choosing one of its units.");

    [Fact]
    public void Validate_WhenUnitIdIsNotARecord_ReportsUnitId() =>
        ValidatorAssert.ReportsOnly(_validator, Mashekenova().With("UnitId", -3),
            "UnitId", "Person.UnitId.Invalid", "Choose the person's unit from the list.");

    [Theory]
    [InlineData(null)]
    [InlineData("wu.xujin@xypi.edu.cn")]
    [InlineData("erlan.safin+visits@mail.kz")]
    public void Validate_WhenEmailIsEmptyOrAnAddress_ReportsNothing(string? email) =>
        ValidatorAssert.ReportsNothing(_validator, Mashekenova().With("Email", email));

    [Theory]
    [InlineData("a.mashekenova")]
    [InlineData("a.mashekenova@")]
    [InlineData("@ektu.kz")]
    [InlineData("a.mashekenova@localhost")]
    [InlineData("Mashekenova Assiya <a.mashekenova@ektu.kz>")]
    [InlineData("a.mashekenova@ektu.kz; wu.xujin@xypi.edu.cn")]
    public void Validate_WhenEmailIsNotOneAddress_ReportsEmail(string email) =>
        ValidatorAssert.ReportsOnly(_validator, Mashekenova().With("Email", email),
            "Email", "Person.Email.Invalid", "Enter an e-mail address such as name@example.edu.");

    [Fact]
    public void Validate_WhenEmailGoesPastItsLimit_ReportsEmail()
    {
        ValidatorAssert.ReportsNothing(_validator, Mashekenova().With("Email", EmailOfLength(Person.EmailMaxLength)));
        ValidatorAssert.ReportsOnly(_validator, Mashekenova().With("Email", EmailOfLength(Person.EmailMaxLength + 1)),
            "Email", "Person.Email.TooLong", "The e-mail address can be at most 254 characters long (this one has 255).");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("+86 29 3352 0000")]
    [InlineData("8-701-555-12-34")]
    public void Validate_WhenPhoneIsEmptyOrDialable_ReportsNothing(string? phone) =>
        ValidatorAssert.ReportsNothing(_validator, Mashekenova().With("Phone", phone));

    [Theory]
    [InlineData("+7 701 555 1234 ext. 12")]
    [InlineData("call the office")]
    [InlineData("+86/29/3352")]
    public void Validate_WhenPhoneHasOtherCharacters_ReportsPhone(string phone) =>
        ValidatorAssert.ReportsOnly(_validator, Mashekenova().With("Phone", phone),
            "Phone", "Person.Phone.Invalid", "A phone number may contain only digits, spaces and the signs + - ( ).");

    [Fact]
    public void Validate_WhenPhoneGoesPastItsLimit_ReportsPhone()
    {
        ValidatorAssert.ReportsNothing(_validator, Mashekenova().With("Phone", new string('1', Person.PhoneMaxLength)));
        ValidatorAssert.ReportsOnly(_validator, Mashekenova().With("Phone", new string('1', Person.PhoneMaxLength + 1)),
            "Phone", "Person.Phone.TooLong", "The phone number can be at most 40 characters long (this one has 41).");
    }

    private static string EmailOfLength(int length) =>
        new string('a', 64) + "@" + new string('b', length - 64 - 4) + ".kz";
}
