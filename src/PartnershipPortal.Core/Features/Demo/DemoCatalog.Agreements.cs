using PartnershipPortal.Core.Domain;
using static PartnershipPortal.Core.Features.Demo.DemoCatalog.ReferenceKeys;

namespace PartnershipPortal.Core.Features.Demo;

internal static partial class DemoCatalog
{
    /// <summary>
    /// The agreements, every status and kind. Dates are days from today so that what is active, about to
    /// expire or expired stays so whenever the demo is loaded. A renewal takes effect the day after the
    /// agreement it renews expires.
    /// </summary>
    public static readonly AgreementSeed[] Agreements =
    [
        new("kaznu-mou", "Memorandum of understanding on cooperation in vocational and higher education", AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Active,
            ["kaznu"], -700, -700, 21, InternationalOffice, "sunli", ["0231", "0613"], [BeltAndRoad],
            Notes: "KazNU wants to add a joint Chinese language programme when the memorandum is renewed."),
        new("satbayev-exchange", "Student exchange agreement in engineering", AgreementKind.StudentExchange, AgreementStatus.Active,
            ["satbayev"], -600, -580, 75, InternationalOffice, "zhoumin", ["0715", "0724"], [BeltAndRoad],
            Notes: "Up to ten students each way per semester; tuition waived on both sides."),
        new("nev-programme", "Joint training programme in new energy vehicle maintenance", AgreementKind.JointProgramme, AgreementStatus.Active,
            ["satbayev", "byd"], -400, -380, 140, AutomotiveSchool, "liuyang", ["0716", "0713"], [BeltAndRoad],
            Notes: "BYD provides vehicles, trainers and internships; Satbayev University recruits the students."),
        new("kstu-staff", "Staff exchange agreement for engineering teachers", AgreementKind.StaffExchange, AgreementStatus.Active,
            ["kstu"], -500, -500, 170, TechnicianSchool, "zhaolei", ["0114", "0715"], [BeltAndRoad, "luban"]),
        new("mshe-framework", "Framework agreement on vocational education cooperation with Kazakhstan", AgreementKind.FrameworkAgreement, AgreementStatus.Active,
            ["mshe"], -650, -650, 1500, InternationalOffice, "president", ["0114"], [BeltAndRoad, QinlingWorkshop]),
        new("karaganda-qinling", "Qinling Workshop agreement: CNC training centre in Karaganda", AgreementKind.TrainingOrOverseasWorkshop, AgreementStatus.Active,
            ["karaganda"], -300, -270, 900, TechnicianSchool, "guohui", ["0715", "0714"], [QinlingWorkshop, BeltAndRoad, VocationalStandards]),
        new("xjtu-research", "Joint research on battery thermal management for electric buses", AgreementKind.JointResearch, AgreementStatus.Active,
            ["xjtu"], -450, -450, 600, AutomotiveSchool, "tianrui", ["0716", "0713"], []),
        new("byd-internship", "Internship agreement for automotive students", AgreementKind.Internship, AgreementStatus.Active,
            ["byd"], -350, -340, 380, AutomotiveSchool, "liuyang", ["0716"], []),
        new("tstu-exchange-first", "Student exchange agreement", AgreementKind.StudentExchange, AgreementStatus.Renewed,
            ["tstu"], -1500, -1460, -400, InternationalOffice, "zhoumin", ["0715", "0613"], [BeltAndRoad]),
        new("tstu-exchange", "Student exchange agreement (renewed)", AgreementKind.StudentExchange, AgreementStatus.Active,
            ["tstu"], -430, -399, 1060, InternationalOffice, "zhoumin", ["0715", "0613"], [BeltAndRoad, "cgs"], Renews: "tstu-exchange-first"),
        new("must-language", "Agreement on Chinese language and culture courses", AgreementKind.Other, AgreementStatus.Active,
            ["must"], -200, -180, 1200, "international", "gaoming", ["0231"], [BeltAndRoad, "cgs"]),
        new("itu-diploma", "Dual diploma programme in software engineering", AgreementKind.JointProgramme, AgreementStatus.Active,
            ["itu"], -380, -360, 1100, "information", "wangfang", ["0613", "0612"], [BeltAndRoad]),
        new("kopo-teachers-first", "Agreement on vocational teacher training", AgreementKind.StaffExchange, AgreementStatus.Renewed,
            ["kopo"], -1200, -1200, -140, TechnicianSchool, "zhaolei", ["0114"], []),
        new("kopo-teachers", "Agreement on vocational teacher training (renewed)", AgreementKind.StaffExchange, AgreementStatus.Active,
            ["kopo"], -170, -139, 1686, TechnicianSchool, "zhaolei", ["0114", "0716"], [], Renews: "kopo-teachers-first",
            Notes: "The renewal adds teacher placements in new energy vehicle maintenance."),
        new("glasgow-articulation", "Articulation agreement for the HND in Engineering Systems", AgreementKind.JointProgramme, AgreementStatus.Active,
            ["glasgow"], -250, -230, 800, "mechanical", "zhangwei", ["0715", "0714"], []),
        new("toyotati-research-first", "Research cooperation agreement on precision machining", AgreementKind.JointResearch, AgreementStatus.Renewed,
            ["toyotati"], -1850, -1786, 39, "mechanical", "zhangwei", ["0715"], []),
        new("toyotati-research", "Research cooperation agreement on intelligent manufacturing", AgreementKind.JointResearch, AgreementStatus.Signed,
            ["toyotati"], -20, 40, 1865, "mechanical", "zhangwei", ["0715", "0788"], [], Renews: "toyotati-research-first"),
        new("tum-mou", "Memorandum of understanding on applied engineering education", AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Signed,
            ["tum"], -35, 10, 1836, InternationalOffice, "sunli", ["0715", "0716"], ["erasmus"]),
        new("siemens-certification", "Siemens mechatronic systems certification programme", AgreementKind.TrainingOrOverseasWorkshop, AgreementStatus.Signed,
            ["siemens"], -15, 30, 1125, "mechanical", "zhangwei", ["0714"], [VocationalStandards]),
        new("benchmarks-mou", "Memorandum on vocational education benchmarks with Kazakh partners", AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Draft,
            [Erg, Ektu, AktobeCollege], null, null, null, InternationalOffice, "huangtao", ["0715", "0716"], [BeltAndRoad, VocationalStandards],
            Notes: "Drafted after the Kazakh delegation's visit of 20 May 2025.", LinksReferenceVisit: true),
        new("erasmus-mechatronics", "Erasmus+ capacity building in vocational education: mechatronics", AgreementKind.Other, AgreementStatus.Draft,
            ["polimi", "wut"], null, null, null, InternationalOffice, "majun", ["0714", "0715"], ["erasmus"],
            Notes: "Consortium agreement for a joint application; Politecnico di Milano coordinates."),
        new("purdue-mou", "Memorandum of understanding", AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Draft,
            ["purdue"], null, null, null, InternationalOffice, "sunli", ["0715", "0613"], []),
        new("ektu-qinling", "Qinling Workshop agreement with East Kazakhstan Technical University", AgreementKind.TrainingOrOverseasWorkshop, AgreementStatus.UnderNegotiation,
            [Ektu], null, null, null, TechnicianSchool, "guohui", ["0715", "0716", "0914"], [QinlingWorkshop, BeltAndRoad], LinksReferenceVisit: true),
        new("hyundai-internship", "Internship agreement with Hyundai Motor Company", AgreementKind.Internship, AgreementStatus.UnderNegotiation,
            ["hyundai"], null, null, null, AutomotiveSchool, "liuyang", ["0716"], []),
        new("ttpu-programme", "Joint programme in mechanical engineering", AgreementKind.JointProgramme, AgreementStatus.UnderNegotiation,
            ["ttpu"], null, null, null, "mechanical", "zhangwei", ["0715"], [BeltAndRoad]),
        new("bmstu-research", "Research cooperation on welding technology", AgreementKind.JointResearch, AgreementStatus.Expired,
            ["bmstu"], -1830, -1830, -100, "mechanical", "zhangwei", ["0715"], [BeltAndRoad]),
        new("uga-mobility", "Erasmus+ international credit mobility agreement", AgreementKind.StudentExchange, AgreementStatus.Expired,
            ["uga"], -1600, -1550, -40, "information", "wangfang", ["0613"], ["erasmus"]),
        new("samsmu-staff", "Staff exchange agreement in nursing education", AgreementKind.StaffExchange, AgreementStatus.Expired,
            ["samsmu"], -1500, -1460, -365, MedicalSchool, "chenjing", ["0913", "0914"], [BeltAndRoad]),
        new("nstu-programme", "Joint programme in computer networks", AgreementKind.JointProgramme, AgreementStatus.Terminated,
            ["nstu"], -1300, -1280, 500, "information", "wangfang", ["0612"], [],
            Notes: "Terminated by mutual consent after the partner closed its Chinese-taught track."),
        new("warwick-summer-school", "Summer school agreement on manufacturing management", AgreementKind.Other, AgreementStatus.Terminated,
            ["warwick"], -1100, -1100, 200, "economics", "linxiaoyan", ["0413"], [],
            Notes: "Terminated by the partner when it discontinued the summer school."),
    ];
}

/// <summary>An agreement of the spread; days are counted from today, parties besides the home institution by key.</summary>
internal sealed record AgreementSeed(
    string Key,
    string Title,
    AgreementKind Kind,
    AgreementStatus Status,
    string[] Partners,
    int? SignedDay,
    int? EffectiveDay,
    int? ExpiresDay,
    string UnitKey,
    string ResponsibleKey,
    string[] Fields,
    string[] Frameworks,
    string? Renews = null,
    string? Notes = null,
    bool LinksReferenceVisit = false);
