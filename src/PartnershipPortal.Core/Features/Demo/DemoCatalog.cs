using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Demo;

/// <summary>
/// The names and words of the demo spread around the reference visit: what the loader needs to write
/// realistic records, kept apart from the loader's logic. Keys tie rows together ("kaznu", "office").
/// The reference visit's own institutions, units, facilities and people keep the keys given in
/// <see cref="ReferenceKeys"/>; everything else is new.
/// </summary>
internal static partial class DemoCatalog
{
    /// <summary>Keys under which the spread finds the records that <see cref="ReferenceVisit"/> creates.</summary>
    public static class ReferenceKeys
    {
        public const string Erg = "erg";
        public const string Ektu = "ektu";
        public const string OrientalCollege = "oriental";
        public const string AktobeCollege = "aktobe";
        public const string ShangpinShuren = "shangpin";
        public const string AutomotiveSchool = "automotive";
        public const string MedicalSchool = "medical";
        public const string TechnicianSchool = "technician";
        public const string InternationalOffice = "office";
        public const string CncCenter = "cnc";
        public const string NewEnergyVehicleLab = "nevlab";
        public const string HumanScienceMuseum = "museum";
        public const string WuXujin = "wu";
        public const string BeltAndRoad = "bri";
        public const string QinlingWorkshop = "qinling";
        public const string VocationalStandards = "standards";
    }

    public static readonly UnitSeed[] HomeUnits =
    [
        new("mechanical", "School of Mechanical Engineering", "机械工程学院", UnitKind.School),
        new("information", "School of Information Engineering", "信息工程学院", UnitKind.School),
        new("economics", "School of Economics and Management", "经济管理学院", UnitKind.School),
        new("international", "School of International Education", "国际教育学院", UnitKind.School),
    ];

    public static readonly FacilitySeed[] HomeFacilities =
    [
        new("mechanical", "robotics", "Industrial robotics training centre", "Six-axis robot cells used for the industrial robot maintenance programme."),
        new("mechanical", "intelligent", "Intelligent manufacturing training base", "A production-line training base equipped together with industry partners."),
        new("information", "bigdata", "Big data and cloud computing lab", "Server racks and a private cloud for the software and network programmes."),
        new("medical", "nursing", "Nursing simulation centre", "High-fidelity patient simulators for nursing and midwifery training."),
        new("economics", "ecommerce", "Cross-border e-commerce training centre", "Live-store training with partner platforms for the e-commerce programme."),
        new("international", "culture", "Chinese culture experience centre", "Calligraphy, tea culture and paper-cutting workshops for international students."),
        new("automotive", "battery", "Power battery testing lab", "Battery pack diagnosis and repair stations for the new energy vehicle programme."),
    ];

    /// <summary>Staff of the home institution besides Wu Xujin; deans are named here although the article names none.</summary>
    public static readonly StaffSeed[] Staff =
    [
        new("president", "Li Jianguo", "李建国", "President", null),
        new("sunli", "Sun Li", "孙丽", "Director, Office of International Exchange and Cooperation", ReferenceKeys.InternationalOffice),
        new("majun", "Ma Jun", "马军", "Deputy Director, Office of International Exchange and Cooperation", ReferenceKeys.InternationalOffice),
        new("zhoumin", "Zhou Min", "周敏", "Programme Officer, student mobility", ReferenceKeys.InternationalOffice),
        new("huangtao", "Huang Tao", "黄涛", "Project Officer, Central Asia", ReferenceKeys.InternationalOffice),
        new("xuna", "Xu Na", "徐娜", "Russian interpreter", ReferenceKeys.InternationalOffice),
        new("zhangwei", "Zhang Wei", "张伟", "Dean, School of Mechanical Engineering", "mechanical"),
        new("wangfang", "Wang Fang", "王芳", "Dean, School of Information Engineering", "information"),
        new("liuyang", "Liu Yang", "刘洋", "Dean, Automotive School", ReferenceKeys.AutomotiveSchool),
        new("chenjing", "Chen Jing", "陈静", "Dean, Medical School", ReferenceKeys.MedicalSchool),
        new("zhaolei", "Zhao Lei", "赵磊", "Dean, Technician School", ReferenceKeys.TechnicianSchool),
        new("linxiaoyan", "Lin Xiaoyan", "林晓燕", "Dean, School of Economics and Management", "economics"),
        new("gaoming", "Gao Ming", "高明", "Dean, School of International Education", "international"),
        new("guohui", "Guo Hui", "郭辉", "Coordinator, Qinling Workshop", ReferenceKeys.TechnicianSchool),
        new("tianrui", "Tian Rui", "田锐", "Senior Lecturer, new energy vehicles", ReferenceKeys.AutomotiveSchool),
        new("heqian", "He Qian", "何倩", "Lecturer, nursing", ReferenceKeys.MedicalSchool),
    ];

    /// <summary>Who leads talks and delegations for the institute.</summary>
    public static readonly string[] Leaders = [ReferenceKeys.WuXujin, "president", "sunli"];

    /// <summary>Office staff who prepare visits and own most follow-ups.</summary>
    public static readonly string[] OfficeStaff = ["sunli", "majun", "zhoumin", "huangtao"];

    /// <summary>Countries whose delegations usually need a Russian interpreter.</summary>
    public static readonly string[] RussianSpeaking = ["KZ", "KG", "UZ", "TJ", "RU", "MN"];

    public static readonly FrameworkSeed[] Frameworks =
    [
        new("erasmus", "Erasmus+", null, FrameworkKind.Programme, "The European Union's programme for education, training, youth and sport, including international credit mobility."),
        new("luban", "Luban Workshop", null, FrameworkKind.Initiative, "Chinese vocational colleges' overseas training centres, run with partner institutions abroad."),
        new("cgs", "Chinese Government Scholarship", "CGS", FrameworkKind.Programme, "Scholarships of the China Scholarship Council for international students and visiting scholars."),
    ];

    /// <summary>Frameworks that usually apply to cooperation with a country; some only to schools, not companies or ministries.</summary>
    public static readonly (string Framework, string[] Countries, bool EducationOnly)[] FrameworksByCountry =
    [
        (ReferenceKeys.BeltAndRoad, ["KZ", "UZ", "KG", "TJ", "MN", "RU", "TR"], false),
        ("erasmus", ["DE", "FR", "IT", "PL", "TR"], true),
        ("luban", ["UZ", "KG", "TJ"], true),
    ];

    public static readonly ThemeSeed[] Themes =
    [
        new(
            "manufacturing", "advanced manufacturing and CNC training", "zhangwei", ["cnc", "robotics", "intelligent"],
            [("0715", "CNC machining"), ("0714", "industrial robotics"), ("0788", "intelligent manufacturing")],
            [(CooperationKind.JointProgramme, "joint training programme"), (CooperationKind.SkillsDevelopmentProgramme, "skills certification"), (CooperationKind.FacultyExchange, "teacher exchange")],
            ["Agreed to prepare a joint CNC training programme with {0}.", "{0} will send a group of teachers for a four-week skills course at XYPI.", "Both sides will exchange curricula for the mechatronics programme."]),
        new(
            "nev", "new energy vehicle technology", "liuyang", ["nevlab", "battery"],
            [("0716", "new energy vehicles"), ("0713", "power batteries and charging")],
            [(CooperationKind.Internship, "student internships"), (CooperationKind.JointResearch, "applied research on battery maintenance"), (CooperationKind.SkillsDevelopmentProgramme, "technician training")],
            ["{0} offered internship places for automotive students.", "Agreed to draft a joint training programme in new energy vehicle maintenance.", "A joint working group on battery maintenance training will be set up."]),
        new(
            "medical", "medical technology and nursing education", "chenjing", ["museum", "nursing"],
            [("0914", "medical technology"), ("0913", "nursing"), ("0915", "rehabilitation")],
            [(CooperationKind.StudentExchange, "nursing student exchange"), (CooperationKind.FacultyExchange, "clinical teacher exchange")],
            ["Agreed to exchange nursing students for one semester from the next academic year.", "{0} will host two XYPI teachers for clinical training.", "Both sides will compare their nursing curricula before the next meeting."]),
        new(
            "it", "information technology and software development", "wangfang", ["bigdata"],
            [("0613", "software development"), ("0612", "network administration"), ("0611", "computer use")],
            [(CooperationKind.JointProgramme, "joint diploma programme"), (CooperationKind.StudentExchange, "student exchange")],
            ["Agreed to map the two software programmes for a joint diploma.", "{0} will receive ten XYPI students for a summer coding school.", "Both sides will apply together for a cloud computing training grant."]),
        new(
            "language", "Chinese language and culture programmes", "gaoming", ["culture"],
            [("0231", "Chinese language"), ("0314", "Chinese culture")],
            [(CooperationKind.StudentExchange, "Chinese language scholarships"), (CooperationKind.Other, "summer camp")],
            ["{0} will nominate twenty students for the Chinese summer camp.", "Agreed to open a Chinese language corner at {0}.", "The office will send information on Chinese Government Scholarships to {0}."]),
        new(
            "mining", "mining equipment maintenance training", "zhaolei", ["cnc", "intelligent"],
            [("0724", "mining equipment"), ("0715", "equipment maintenance"), ("0713", "electrical maintenance")],
            [(CooperationKind.SkillsDevelopmentProgramme, "skills development programmes"), (CooperationKind.Internship, "on-site internships")],
            ["Agreed to design a short course in mining equipment maintenance with {0}.", "{0} will host XYPI students for on-site internships.", "Both sides will define the skills standard for maintenance technicians."]),
        new(
            "trade", "cross-border e-commerce and logistics", "linxiaoyan", ["ecommerce"],
            [("0416", "cross-border e-commerce"), ("1041", "logistics"), ("0413", "business management")],
            [(CooperationKind.JointProgramme, "joint programme"), (CooperationKind.Internship, "internships")],
            ["Agreed to run a joint e-commerce module with {0}.", "{0} will offer internships in its logistics partners' warehouses.", "Both sides will share case studies for the trade programmes."]),
        new(
            "teachers", "vocational teacher training", "zhaolei", ["cnc", "intelligent"],
            [("0114", "vocational teacher training"), ("0715", "mechatronics teaching")],
            [(CooperationKind.FacultyExchange, "teacher exchange"), (CooperationKind.SkillsDevelopmentProgramme, "teacher training courses")],
            ["Agreed to train a first group of {0} teachers at XYPI.", "{0} will share its teacher certification framework.", "Both sides will run a joint workshop on vocational teaching methods."]),
    ];
}

internal sealed record UnitSeed(string Key, string Name, string OriginalName, UnitKind Kind);

internal sealed record FacilitySeed(string UnitKey, string Key, string Name, string Description);

internal sealed record StaffSeed(string Key, string FullName, string OriginalScriptName, string Position, string? UnitKey);

internal sealed record FrameworkSeed(string Key, string Name, string? Acronym, FrameworkKind Kind, string Description);

/// <summary>A subject of talks: which dean hosts it, which facilities are toured, what the guests ask for.</summary>
internal sealed record ThemeSeed(
    string Key,
    string Topic,
    string DeanKey,
    string[] FacilityKeys,
    (string Code, string Wording)[] Fields,
    (CooperationKind Kind, string Wording)[] Cooperation,
    string[] Outcomes);
