using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.People;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web;
using PartnershipPortal.Web.Features.Reports;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>
/// A small directory for the directory export's tests: names in Latin, Cyrillic and Chinese letters, an institution
/// whose name a spreadsheet would run as a formula, a phone number that starts with "+", archived records, an erased
/// person and a person with no institution.
/// </summary>
internal static class DirectoryReportTestData
{
    public const string FormulaName = "=HYPERLINK(\"http://evil.example\",\"Click\") Ltd";
    public const string Ektu = "Восточно-Казахстанский технический университет";
    public const string Normal = "咸阳师范学院";
    public const string Xypi = "Xianyang Polytechnic Institute";
    public const string Aktobe = "Aktobe Automobile and Highway College";
    public const string AssiyaPhone = "+7 727 250 00 00";

    public sealed record Seeded(int FormulaId, int AktobeId, int XypiId, int EktuId, int NormalId, IReadOnlyDictionary<string, int> People);

    public static Task<Seeded> SeedAsync(TestStore store) => store.SeedOnceAsync("directory-report", async db =>
    {
        var formula = new Institution { Name = FormulaName, Kind = InstitutionKind.Company, CountryCode = "RU", City = "Москва" };
        var ektu = new Institution
        {
            Name = Ektu, Acronym = "ВКТУ", Kind = InstitutionKind.University, CountryCode = "KZ", Region = "East Kazakhstan", City = "Öskemen",
            Website = "https://www.ektu.kz", RorId = "05gq02987", RelationshipStatus = RelationshipStatus.ActivePartner,
        };
        var aktobe = new Institution
        {
            Name = Aktobe, Kind = InstitutionKind.College, CountryCode = "KZ", City = "Aktobe", RelationshipStatus = RelationshipStatus.Dormant, IsArchived = true,
        };
        aktobe.SetParent(ektu);
        var xypi = new Institution
        {
            Name = Xypi, OriginalName = "咸阳职业技术学院", Acronym = "XYPI", Kind = InstitutionKind.College, CountryCode = "CN", Region = "Shaanxi",
            City = "Xianyang", Website = "https://www.xypi.edu.cn", IsHome = true,
        };
        var normal = new Institution { Name = Normal, Kind = InstitutionKind.University, CountryCode = "CN", City = "咸阳", RelationshipStatus = RelationshipStatus.Former };
        var automotive = xypi.AddUnit("Automotive School", UnitKind.School);
        xypi.AddUnit("Medical School", UnitKind.School);
        xypi.AddUnit("Old Liaison Office", UnitKind.Office).IsArchived = true;
        var engineering = ektu.AddUnit("Faculty of Engineering", UnitKind.Faculty);
        Person[] people =
        [
            new() { FullName = "Mashekenova Assiya", OriginalScriptName = "Машекенова Асия", Position = "Vice President", Institution = ektu, Unit = engineering,
                Email = "assiya@ektu.example", Phone = AssiyaPhone },
            new() { FullName = "Ирина Петрова", Position = "Dean", Institution = ektu, Email = "petrova@ektu.example", IsArchived = true },
            new() { FullName = "Erlan Nursultanovich Safin", Position = "Vice President", Institution = aktobe, Phone = "8 (7132) 55-12-34" },
            new() { FullName = "Li Wei", OriginalScriptName = "李伟", Position = "Dean", Institution = xypi, Unit = automotive, Email = "li.wei@xypi.example" },
            new() { FullName = "Wu Xujin", Position = "Vice President", Institution = xypi },
            new() { FullName = PersonErasure.Marker, Institution = normal },
            new() { FullName = "Zhang Min", Position = "Consultant" },
        ];
        db.AddRange(formula, ektu, aktobe, xypi, normal);
        db.People.AddRange(people);
        await db.SaveChangesAsync();
        return new Seeded(formula.Id, aktobe.Id, xypi.Id, ektu.Id, normal.Id, people.ToDictionary(p => p.FullName, p => p.Id, StringComparer.Ordinal));
    });

    public static InstitutionReportService InstitutionReports(TestStore store) => new(store.Contexts, store.Clock, new InstitutionReportValidator());

    public static PersonReportService PersonReports(TestStore store) =>
        new(store.Contexts, store.Clock, new PersonReportValidator(new StoredReportReferences(store.Contexts)));

    public static DirectoryReportLayout Layout() => new(ReportTestData.Localizer<ReportResource>(), ReportTestData.Localizer<SharedResource>());
}
