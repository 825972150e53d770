using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web;
using PartnershipPortal.Web.Features.Reports;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>
/// Agreements for the report tests, in three scripts and with titles a spreadsheet would run as formulas,
/// plus a bulk of simple internships so that a download spans several of the service's batches.
/// </summary>
internal static class ReportTestData
{
    public const int BulkCount = 1_050;

    /// <summary>Titles that start with each character a spreadsheet treats as a formula.</summary>
    public static readonly string[] InjectionTitles =
        ["=HYPERLINK(\"http://evil.example\",\"Click\")", "+7 Partnership", "-2 Addendum", "@SUM(A1:A2)", "\tTabbed agreement", "\rReturned agreement"];

    public const string ChineseTitle = "中哈职业教育合作备忘录";
    public const string CyrillicTitle = "Меморандум о сотрудничестве с ВКТУ, «Өскемен»";
    public const string ChinesePartner = "咸阳师范学院";
    public const string CyrillicPartner = "Восточно-Казахстанский технический университет";

    public sealed record Seeded(int HomeId, int KazakhId, int ChineseId, int RussianId, int UnitId, int OtherUnitId, int FrameworkId);

    public static Task<Seeded> SeedAsync(TestStore store) => store.SeedOnceAsync("agreement-report", async db =>
    {
        var home = new Institution { Name = "Xianyang Polytechnic Institute", OriginalName = "咸阳职业技术学院", Kind = InstitutionKind.College, CountryCode = "CN", IsHome = true };
        var kazakh = new Institution { Name = CyrillicPartner, Kind = InstitutionKind.University, CountryCode = "KZ" };
        var chinese = new Institution { Name = ChinesePartner, Kind = InstitutionKind.University, CountryCode = "CN" };
        var russian = new Institution { Name = "=cmd|' /C calc'!A0 Institute", Kind = InstitutionKind.Company, CountryCode = "RU" };
        var unit = home.AddUnit("International Office", UnitKind.Office);
        var otherUnit = home.AddUnit("School of Mechanical Engineering", UnitKind.School);
        var person = new Person { FullName = "Ли Вэй (李伟)", Institution = home };
        var framework = new FrameworkProgramme { Name = "Belt and Road Initiative", Kind = FrameworkKind.Initiative };
        var visit = new Visit { Title = "EKTU delegation", Direction = VisitDirection.Inbound, HostInstitution = home, Status = VisitStatus.Completed };
        visit.Schedule(new DateOnly(2025, 5, 20), new DateOnly(2025, 5, 22));
        db.AddRange(home, kazakh, chinese, russian, person, framework, visit);

        CooperationAgreement Agreement(string title, AgreementKind kind, AgreementStatus status, DateOnly? signed, DateOnly? effective, DateOnly? expires, params Institution[] partners)
        {
            var agreement = new CooperationAgreement { Title = title, Kind = kind, Status = status, SignedOn = signed };
            agreement.SetTerm(effective, expires);
            agreement.AddParty(home);
            foreach (var partner in partners)
            {
                agreement.AddParty(partner);
            }

            db.Agreements.Add(agreement);
            return agreement;
        }

        var chineseAgreement = Agreement(ChineseTitle, AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Active,
            new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1), new DateOnly(2025, 6, 30), chinese);
        chineseAgreement.ResponsibleUnit = unit;
        chineseAgreement.ResponsiblePerson = person;
        chineseAgreement.AddField("0715");
        chineseAgreement.AddField("0114");
        chineseAgreement.AddFramework(framework);

        var cyrillicAgreement = Agreement(CyrillicTitle, AgreementKind.StudentExchange, AgreementStatus.Active,
            new DateOnly(2025, 5, 21), new DateOnly(2025, 6, 1), new DateOnly(2030, 5, 31), kazakh, chinese);
        cyrillicAgreement.ResponsibleUnit = otherUnit;
        cyrillicAgreement.AddField("0715");
        cyrillicAgreement.LinkVisit(visit);

        for (var i = 0; i < InjectionTitles.Length; i++)
        {
            var agreement = Agreement(InjectionTitles[i], AgreementKind.Other, i % 2 == 0 ? AgreementStatus.Draft : AgreementStatus.Expired,
                i % 2 == 0 ? null : new DateOnly(2020, 1, 10 + i), null, i % 2 == 0 ? null : new DateOnly(2024, 12, 31), russian);
            agreement.ResponsibleUnit = unit;
        }

        for (var i = 0; i < BulkCount; i++)
        {
            Agreement($"Internship {i:0000}", AgreementKind.Internship, AgreementStatus.Signed, new DateOnly(2023, 1, 1).AddDays(i % 365), null, null, kazakh);
        }

        await db.SaveChangesAsync();
        return new Seeded(home.Id, kazakh.Id, chinese.Id, russian.Id, unit.Id, otherUnit.Id, framework.Id);
    });

    public static AgreementReportService Service(TestStore store) =>
        new(store.Contexts, store.Clock, new AgreementReportValidator(new StoredReportReferences(store.Contexts)));

    private static readonly IStringLocalizerFactory Localizers = new ServiceCollection()
        .AddLogging()
        .AddLocalization(options => options.ResourcesPath = "Resources")
        .BuildServiceProvider()
        .GetRequiredService<IStringLocalizerFactory>();

    /// <summary>The portal's English texts of a resource (ReportResource, SharedResource), as the pages use them.</summary>
    public static StringLocalizer<TResource> Localizer<TResource>() => new(Localizers);

    public static AgreementReportLayout Layout() => new(Localizer<ReportResource>(), Localizer<SharedResource>());
}
