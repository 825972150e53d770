using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Demo;

internal static partial class DemoCatalog
{
    /// <summary>
    /// Partners besides the reference visit's five. Real institutions, invented relationships. Themes say
    /// what talks with each are usually about.
    /// </summary>
    public static readonly PartnerSeed[] Partners =
    [
        new("kaznu", "Al-Farabi Kazakh National University", "Әл-Фараби атындағы Қазақ ұлттық университеті", "KazNU", InstitutionKind.University, "KZ", null, "Almaty", "https://www.kaznu.kz", "Asia/Almaty", RelationshipStatus.ActivePartner, ["language", "it", "medical"]),
        new("satbayev", "Satbayev University", "Сәтбаев университеті", "KazNRTU", InstitutionKind.University, "KZ", null, "Almaty", "https://satbayev.university", "Asia/Almaty", RelationshipStatus.ActivePartner, ["manufacturing", "mining", "nev"]),
        new("karaganda", "Karaganda Higher Polytechnic College", "Қарағанды жоғары политехникалық колледжі", null, InstitutionKind.College, "KZ", "Karaganda Region", "Karaganda", null, "Asia/Almaty", RelationshipStatus.ActivePartner, ["manufacturing", "mining", "teachers"]),
        new("mshe", "Ministry of Science and Higher Education of the Republic of Kazakhstan", "Қазақстан Республикасы Ғылым және жоғары білім министрлігі", "MSHE", InstitutionKind.GovernmentBody, "KZ", null, "Astana", "https://www.gov.kz/memleket/entities/sci", "Asia/Almaty", RelationshipStatus.ActivePartner, ["teachers", "language"]),
        new("almatypoly", "Almaty State Polytechnic College", "Алматы мемлекеттік политехникалық колледжі", null, InstitutionKind.VocationalSchool, "KZ", null, "Almaty", null, "Asia/Almaty", RelationshipStatus.Dormant, ["manufacturing", "nev"]),
        new("xjtu", "Xi'an Jiaotong University", "西安交通大学", "XJTU", InstitutionKind.University, "CN", "Shaanxi", "Xi'an", "https://www.xjtu.edu.cn", "Asia/Shanghai", RelationshipStatus.ActivePartner, ["nev", "manufacturing", "it"]),
        new("shaanxiedu", "Shaanxi Provincial Department of Education", "陕西省教育厅", null, InstitutionKind.GovernmentBody, "CN", "Shaanxi", "Xi'an", "https://jyt.shaanxi.gov.cn", "Asia/Shanghai", RelationshipStatus.ActivePartner, ["teachers", "language"]),
        new("byd", "BYD Company Limited", "比亚迪股份有限公司", "BYD", InstitutionKind.Company, "CN", "Guangdong", "Shenzhen", "https://www.byd.com", "Asia/Shanghai", RelationshipStatus.ActivePartner, ["nev"]),
        new("shacman", "Shaanxi Automobile Group", "陕西汽车控股集团有限公司", "SHACMAN", InstitutionKind.Company, "CN", "Shaanxi", "Xi'an", null, "Asia/Shanghai", RelationshipStatus.Prospect, ["nev", "manufacturing"]),
        new("ceaie", "China Education Association for International Exchange", "中国教育国际交流协会", "CEAIE", InstitutionKind.Association, "CN", null, "Beijing", "https://www.ceaie.edu.cn", "Asia/Shanghai", RelationshipStatus.ActivePartner, ["teachers", "language"]),
        new("tstu", "Tashkent State Technical University", "Islom Karimov nomidagi Toshkent davlat texnika universiteti", "TSTU", InstitutionKind.University, "UZ", null, "Tashkent", "https://tdtu.uz", "Asia/Tashkent", RelationshipStatus.ActivePartner, ["manufacturing", "it", "mining"]),
        new("ttpu", "Turin Polytechnic University in Tashkent", null, "TTPU", InstitutionKind.University, "UZ", null, "Tashkent", "https://polito.uz", "Asia/Tashkent", RelationshipStatus.Prospect, ["manufacturing", "nev"]),
        new("samsmu", "Samarkand State Medical University", "Samarqand davlat tibbiyot universiteti", "SamSMU", InstitutionKind.University, "UZ", "Samarkand Region", "Samarkand", "https://sammu.uz", "Asia/Samarkand", RelationshipStatus.Dormant, ["medical"]),
        new("kstu", "Kyrgyz State Technical University named after I. Razzakov", "Кыргызский государственный технический университет им. И. Раззакова", "KSTU", InstitutionKind.University, "KG", null, "Bishkek", "https://kstu.kg", "Asia/Bishkek", RelationshipStatus.ActivePartner, ["manufacturing", "it", "teachers"]),
        new("bishkekmed", "Bishkek Medical College", "Бишкекский медицинский колледж", null, InstitutionKind.College, "KG", null, "Bishkek", null, "Asia/Bishkek", RelationshipStatus.Prospect, ["medical"]),
        new("bmstu", "Bauman Moscow State Technical University", "Московский государственный технический университет имени Н. Э. Баумана", "BMSTU", InstitutionKind.University, "RU", null, "Moscow", "https://bmstu.ru", "Europe/Moscow", RelationshipStatus.Dormant, ["manufacturing"]),
        new("nstu", "Novosibirsk State Technical University", "Новосибирский государственный технический университет", "NSTU", InstitutionKind.University, "RU", "Novosibirsk Oblast", "Novosibirsk", "https://www.nstu.ru", "Asia/Novosibirsk", RelationshipStatus.Former, ["it", "manufacturing"], IsArchived: true),
        new("tum", "Technical University of Munich", "Technische Universität München", "TUM", InstitutionKind.University, "DE", "Bavaria", "Munich", "https://www.tum.de", "Europe/Berlin", RelationshipStatus.ActivePartner, ["manufacturing", "nev"]),
        new("giz", "Deutsche Gesellschaft für Internationale Zusammenarbeit", null, "GIZ", InstitutionKind.Other, "DE", "North Rhine-Westphalia", "Bonn", "https://www.giz.de", "Europe/Berlin", RelationshipStatus.Dormant, ["teachers"]),
        new("siemens", "Siemens AG", null, "Siemens", InstitutionKind.Company, "DE", "Bavaria", "Munich", "https://www.siemens.com", "Europe/Berlin", RelationshipStatus.ActivePartner, ["manufacturing"]),
        new("uga", "Grenoble Alpes University", "Université Grenoble Alpes", "UGA", InstitutionKind.University, "FR", "Auvergne-Rhône-Alpes", "Grenoble", "https://www.univ-grenoble-alpes.fr", "Europe/Paris", RelationshipStatus.Dormant, ["it", "manufacturing"]),
        new("warwick", "University of Warwick", null, null, InstitutionKind.University, "GB", "England", "Coventry", "https://warwick.ac.uk", "Europe/London", RelationshipStatus.Former, ["manufacturing", "trade"], IsArchived: true),
        new("glasgow", "City of Glasgow College", null, null, InstitutionKind.College, "GB", "Scotland", "Glasgow", "https://www.cityofglasgowcollege.ac.uk", "Europe/London", RelationshipStatus.ActivePartner, ["trade", "manufacturing"]),
        new("purdue", "Purdue University", null, null, InstitutionKind.University, "US", "Indiana", "West Lafayette", "https://www.purdue.edu", "America/Indiana/Indianapolis", RelationshipStatus.Prospect, ["manufacturing", "it"]),
        new("aacc", "American Association of Community Colleges", null, "AACC", InstitutionKind.Association, "US", "District of Columbia", "Washington", "https://www.aacc.nche.edu", "America/New_York", RelationshipStatus.Prospect, ["teachers"]),
        new("toyotati", "Toyota Technological Institute", "豊田工業大学", "TTI", InstitutionKind.University, "JP", "Aichi", "Nagoya", "https://www.toyota-ti.ac.jp", "Asia/Tokyo", RelationshipStatus.ActivePartner, ["manufacturing", "nev"]),
        new("kosen", "National Institute of Technology, Tokyo College", "東京工業高等専門学校", null, InstitutionKind.College, "JP", "Tokyo", "Hachioji", "https://www.tokyo-ct.ac.jp", "Asia/Tokyo", RelationshipStatus.Dormant, ["manufacturing", "it"], IsArchived: true),
        new("kopo", "Korea Polytechnics", "한국폴리텍대학", null, InstitutionKind.VocationalSchool, "KR", "Incheon", "Incheon", "https://www.kopo.ac.kr", "Asia/Seoul", RelationshipStatus.ActivePartner, ["teachers", "manufacturing", "nev"]),
        new("hyundai", "Hyundai Motor Company", "현대자동차", null, InstitutionKind.Company, "KR", null, "Seoul", "https://www.hyundai.com", "Asia/Seoul", RelationshipStatus.Prospect, ["nev"]),
        new("itu", "Istanbul Technical University", "İstanbul Teknik Üniversitesi", "ITU", InstitutionKind.University, "TR", null, "Istanbul", "https://www.itu.edu.tr", "Europe/Istanbul", RelationshipStatus.ActivePartner, ["it", "manufacturing"]),
        new("polimi", "Politecnico di Milano", null, "POLIMI", InstitutionKind.University, "IT", "Lombardy", "Milan", "https://www.polimi.it", "Europe/Rome", RelationshipStatus.Prospect, ["manufacturing", "trade"]),
        new("wut", "Warsaw University of Technology", "Politechnika Warszawska", "WUT", InstitutionKind.University, "PL", "Masovian Voivodeship", "Warsaw", "https://www.pw.edu.pl", "Europe/Warsaw", RelationshipStatus.Prospect, ["it", "manufacturing"]),
        new("must", "Mongolian University of Science and Technology", "Шинжлэх Ухаан Технологийн Их Сургууль", "MUST", InstitutionKind.University, "MN", null, "Ulaanbaatar", "https://www.must.edu.mn", "Asia/Ulaanbaatar", RelationshipStatus.ActivePartner, ["mining", "language"]),
        new("ttu", "Tajik Technical University named after academician M. Osimi", "Донишгоҳи техникии Тоҷикистон ба номи академик М. Осимӣ", "TTU", InstitutionKind.University, "TJ", null, "Dushanbe", "https://ttu.tj", "Asia/Dushanbe", RelationshipStatus.Prospect, ["manufacturing", "mining"]),
    ];

    /// <summary>Contacts at partners, their names as they write them (some family name first).</summary>
    public static readonly ContactSeed[] Contacts =
    [
        new("kaznu", "Zhakupova Aigerim Serikovna", "Жакупова Айгерим Сериковна", "Director, International Cooperation Department", "a.zhakupova@kaznu.example", "+7 727 000 1201"),
        new("kaznu", "Daniyar Abenov", "Данияр Әбенов", "Vice-Rector for International Relations", "d.abenov@kaznu.example", null),
        new("satbayev", "Yerlan Tokhtarov", "Ерлан Тохтаров", "Vice-Rector for Academic Affairs", "y.tokhtarov@satbayev.example", null),
        new("satbayev", "Saule Mukanova", "Сәуле Мұқанова", "Head of the Academic Mobility Office", "s.mukanova@satbayev.example", "+7 727 000 3340"),
        new("karaganda", "Bauyrzhan Kaliyev", "Бауыржан Қалиев", "Director", "b.kaliyev@kvpk.example", "+7 7212 000 415"),
        new("mshe", "Gulnara Seitkali", "Гүлнара Сейтқали", "Chief Expert, Department of International Cooperation", "g.seitkali@sci.example", null),
        new("almatypoly", "Marat Dzhaksybekov", null, "Deputy Director for Industrial Training", null, "+7 727 000 8812"),
        new("xjtu", "Liu Haoran", "刘浩然", "Deputy Director, International Cooperation and Exchange Office", "liuhaoran@xjtu.example", null),
        new("xjtu", "Qian Yuxin", "钱雨欣", "Professor, School of Energy and Power Engineering", "qianyx@xjtu.example", null),
        new("shaanxiedu", "Yang Zhiqiang", "杨志强", "Division Chief, International Exchange Division", null, "+86 29 0000 8630"),
        new("byd", "Zheng Kai", "郑凯", "Manager, Overseas Training Centre", "zheng.kai@byd.example", "+86 755 0000 2288"),
        new("shacman", "Han Bo", "韩博", "Human Resources Director", "hanbo@shacman.example", null),
        new("ceaie", "Feng Yu", "冯宇", "Programme Officer, Vocational Education Department", "fengyu@ceaie.example", null),
        new("tstu", "Dilshod Karimov", null, "Vice-Rector for International Affairs", "d.karimov@tstu.example", "+998 71 000 4470"),
        new("tstu", "Nodira Yusupova", null, "Head of the International Department", "n.yusupova@tstu.example", null),
        new("ttpu", "Sherzod Rakhimov", null, "Dean, Department of Mechanical and Aerospace Engineering", "s.rakhimov@ttpu.example", null),
        new("samsmu", "Malika Tursunova", null, "Vice-Rector for International Cooperation", "m.tursunova@sammu.example", null),
        new("kstu", "Aibek Osmonov", "Айбек Осмонов", "Vice-Rector for International Relations", "a.osmonov@kstu.example", "+996 312 000 731"),
        new("kstu", "Cholpon Bekova", "Чолпон Бекова", "Head of the International Office", "c.bekova@kstu.example", null),
        new("bishkekmed", "Nurgul Asanova", "Нургуль Асанова", "Director", null, "+996 312 000 218"),
        new("bmstu", "Sergey Volkov", "Сергей Волков", "Head of the International Office", "s.volkov@bmstu.example", null),
        new("nstu", "Irina Petrova", "Ирина Петрова", "International Projects Manager", "i.petrova@nstu.example", null),
        new("tum", "Dr. Katharina Weber", null, "Head of Global Partnerships, Asia", "katharina.weber@tum.example", null),
        new("giz", "Thomas Becker", null, "Project Manager, Vocational Education in Central Asia", "thomas.becker@giz.example", "+49 228 0000 1760"),
        new("siemens", "Andreas Schulz", null, "Head of Education Partnerships, Siemens Professional Education", "andreas.schulz@siemens.example", null),
        new("uga", "Claire Dubois", null, "International Relations Officer", "claire.dubois@uga.example", null),
        new("warwick", "James Whitfield", null, "Director of Global Engagement, Asia", "j.whitfield@warwick.example", null),
        new("glasgow", "Fiona MacLeod", null, "International Partnerships Manager", "fiona.macleod@cogc.example", "+44 141 000 5220"),
        new("purdue", "Emily Carter", null, "Director of International Partnerships, Purdue Polytechnic", "ecarter@purdue.example", null),
        new("aacc", "Michael Reyes", null, "Senior Director, Global Education", "mreyes@aacc.example", null),
        new("toyotati", "Sato Kenji", "佐藤 健二", "Professor, International Office", "k.sato@toyota-ti.example", null),
        new("kosen", "Yamada Haruka", "山田 遥", "Associate Professor, Mechanical Engineering", "h.yamada@tokyo-ct.example", null),
        new("kopo", "Kim Min-jun", "김민준", "Director, International Cooperation Team", "minjun.kim@kopo.example", "+82 32 000 4105"),
        new("kopo", "Park Ji-yeon", "박지연", "Manager, Global Training Programmes", "jiyeon.park@kopo.example", null),
        new("hyundai", "Lee Seung-ho", "이승호", "Global Training Manager", "seungho.lee@hyundai.example", null),
        new("itu", "Prof. Mehmet Yılmaz", null, "Vice Rector for International Affairs", "myilmaz@itu.example", null),
        new("itu", "Ayşe Demir", null, "International Relations Coordinator", "ademir@itu.example", "+90 212 000 3115"),
        new("polimi", "Giulia Romano", null, "International Relations Officer", "giulia.romano@polimi.example", null),
        new("wut", "Katarzyna Nowak", null, "Vice-Dean for International Cooperation", "k.nowak@pw.example", null),
        new("must", "Batbayar Ganbold", "Батбаяр Ганболд", "Head of International Affairs", "batbayar.g@must.example", "+976 11 000 3240"),
        new("ttu", "Farrukh Nazarov", "Фаррух Назаров", "Vice-Rector for International Relations", "f.nazarov@ttu.example", null),
        new(ReferenceKeys.Erg, "Aliya Sarsenova", "Әлия Сәрсенова", "Head of Vocational Training", "a.sarsenova@erg.example", null),
        new(ReferenceKeys.Ektu, "Yerzhan Baimukhanov", "Ержан Баймұханов", "Head of the International Office", "y.baimukhanov@ektu.example", "+7 7232 000 512"),
    ];
}

internal sealed record PartnerSeed(
    string Key,
    string Name,
    string? OriginalName,
    string? Acronym,
    InstitutionKind Kind,
    string CountryCode,
    string? Region,
    string? City,
    string? Website,
    string TimeZoneId,
    RelationshipStatus Status,
    string[] Themes,
    bool IsArchived = false);

internal sealed record ContactSeed(string PartnerKey, string FullName, string? OriginalScriptName, string Position, string? Email, string? Phone);
