using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>
/// What the agreement report shows: its filters, its columns in order, its sort and its grouping. Every value
/// comes from an address (the preview's and the downloads' alike), so the lists of names (statuses, kinds,
/// columns, sort and group keys) stay text here and are checked by <see cref="AgreementReportValidator"/>.
/// Empty filters do not filter.
/// </summary>
public sealed record AgreementReportDefinition
{
    public IReadOnlyList<string> Statuses { get; init; } = [];

    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>An institution that is a party to the agreement.</summary>
    public int? PartyInstitutionId { get; init; }

    /// <summary>A country of any party (ISO 3166-1 alpha-2).</summary>
    public string? CountryCode { get; init; }

    public int? ResponsibleUnitId { get; init; }

    /// <summary>An ISCED-F field at any level: an agreement matches when one of its fields lies within it.</summary>
    public string? FieldCode { get; init; }

    public int? FrameworkId { get; init; }

    public DateOnly? SignedFrom { get; init; }

    public DateOnly? SignedTo { get; init; }

    /// <summary>Expires between today and today plus this many days, both included.</summary>
    public int? ExpiresWithinDays { get; init; }

    public IReadOnlyList<string> Columns { get; init; } = AgreementReportColumns.Default;

    public string? Sort { get; init; }

    public bool Descending { get; init; }

    /// <summary><see cref="AgreementReportGroups.Country"/>, <see cref="AgreementReportGroups.Status"/> or none.</summary>
    public string? GroupBy { get; init; }

    public const int MaxExpiryWindowDays = 3650;
}

/// <summary>The columns the agreement report can show, by the key the address uses.</summary>
public static class AgreementReportColumns
{
    public const string Title = "title";
    public const string Kind = "kind";
    public const string Status = "status";
    public const string Parties = "parties";
    public const string ResponsibleUnit = "unit";
    public const string ResponsiblePerson = "person";
    public const string Signed = "signed";
    public const string Effective = "effective";
    public const string Expires = "expires";
    public const string DaysToExpiry = "daysToExpiry";
    public const string Fields = "fields";
    public const string Frameworks = "frameworks";
    public const string Visits = "visits";

    /// <summary>Every column, in the order the page offers them.</summary>
    public static readonly IReadOnlyList<string> All =
        [Title, Kind, Status, Parties, ResponsibleUnit, ResponsiblePerson, Signed, Effective, Expires, DaysToExpiry, Fields, Frameworks, Visits];

    public static readonly IReadOnlyList<string> Default = [Title, Kind, Status, Parties, Signed, Expires];

    public static bool IsKnown(string? key) => key is not null && All.Contains(key, StringComparer.Ordinal);
}

/// <summary>The sort keys of the agreement report; ties break on the agreement's id.</summary>
public static class AgreementReportSorts
{
    public static readonly IReadOnlyList<string> All =
    [
        AgreementReportColumns.Title, AgreementReportColumns.Kind, AgreementReportColumns.Status, AgreementReportColumns.ResponsibleUnit,
        AgreementReportColumns.ResponsiblePerson, AgreementReportColumns.Signed, AgreementReportColumns.Effective, AgreementReportColumns.Expires,
        AgreementReportColumns.DaysToExpiry, AgreementReportColumns.Visits,
    ];

    public static bool IsKnown(string? key) => key is not null && All.Contains(key, StringComparer.Ordinal);
}

/// <summary>How the agreement report may be grouped.</summary>
public static class AgreementReportGroups
{
    /// <summary>By the partner's country: that of the first party other than the home institution.</summary>
    public const string Country = "country";

    public const string Status = "status";

    public static readonly IReadOnlyList<string> All = [Country, Status];

    public static bool IsKnown(string? key) => key is not null && All.Contains(key, StringComparer.Ordinal);
}

/// <summary>One agreement as the report shows it; every column is filled, the layout picks the chosen ones.</summary>
public sealed record AgreementReportRow(
    int Id,
    string Title,
    AgreementKind Kind,
    AgreementStatus Status,
    IReadOnlyList<ReportParty> Parties,
    string? ResponsibleUnit,
    string? ResponsiblePerson,
    DateOnly? SignedOn,
    DateOnly? EffectiveOn,
    DateOnly? ExpiresOn,
    int? DaysToExpiry,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Frameworks,
    int Visits,
    string? PartnerCountryCode);

public sealed record ReportParty(string Name, string CountryCode);

/// <summary>The first rows of the report and how many rows it has in all.</summary>
public sealed record AgreementReportPreview(IReadOnlyList<AgreementReportRow> Rows, int TotalCount);

/// <summary>The records the filters name, by name, for the filter lines printed with a report.</summary>
public sealed record AgreementReportNames(string? PartyInstitution, string? ResponsibleUnit, string? Framework);

/// <summary>What the report's filters may choose from: only values that occur on some agreement.</summary>
public sealed record AgreementReportChoices(
    IReadOnlyList<ReportChoice> Institutions,
    IReadOnlyList<string> Countries,
    IReadOnlyList<ReportChoice> Units,
    IReadOnlyList<ReportChoice> Frameworks,
    IReadOnlyList<string> Fields);

public sealed record ReportChoice(int Id, string Name);
