using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Common;

/// <summary>Small references from one record's page to another's.</summary>
public sealed record InstitutionLink(int Id, string Name);

public sealed record PersonLink(int Id, string FullName, string? Position);

public sealed record VisitLink(int Id, string Title, VisitDirection Direction, DateOnly StartDate, DateOnly EndDate, VisitStatus Status, bool AsHost);

public sealed record AgreementLink(int Id, string Title, AgreementKind Kind, AgreementStatus Status, DateOnly? ExpiresOn);

/// <summary>An ISCED-F field with its English name and, where recorded, the source's own words.</summary>
public sealed record FieldView(string Code, string Name, string? Wording);

public sealed record FollowUpView(int Id, string Title, string? Owner, DateOnly? DueOn, FollowUpStatus Status);
