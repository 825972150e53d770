using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>
/// What the visit list, the month view and calendar files are narrowed to. Every part is optional and the
/// parts combine; all of them run in the database.
/// </summary>
/// <param name="From">Visits still going on at or after this day (a visit overlapping the period counts).</param>
/// <param name="To">Visits already begun at or before this day.</param>
/// <param name="CountryCode">The country of the host institution or of any institution the delegation represents.</param>
/// <param name="InstitutionId">The host institution or any institution the delegation represents.</param>
/// <param name="UnitId">A unit that hosted the visit.</param>
/// <param name="FieldCode">An ISCED-F code: a broad or narrow field takes in the detailed fields below it.</param>
public sealed record VisitFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    VisitDirection? Direction = null,
    VisitStatus? Status = null,
    string? CountryCode = null,
    int? InstitutionId = null,
    int? UnitId = null,
    string? FieldCode = null)
{
    public static VisitFilter None { get; } = new();

    internal IQueryable<Visit> Apply(IQueryable<Visit> query)
    {
        if (From is { } from)
        {
            query = query.Where(v => v.EndDate >= from);
        }

        if (To is { } to)
        {
            query = query.Where(v => v.StartDate <= to);
        }

        if (Direction is { } direction)
        {
            query = query.Where(v => v.Direction == direction);
        }

        if (Status is { } status)
        {
            query = query.Where(v => v.Status == status);
        }

        if (CountryCode is { Length: > 0 } country)
        {
            query = query.Where(v => v.HostInstitution!.CountryCode == country
                || v.Delegation!.Institutions.Any(i => i.Institution!.CountryCode == country));
        }

        if (InstitutionId is { } institution)
        {
            query = query.Where(v => v.HostInstitutionId == institution
                || v.Delegation!.Institutions.Any(i => i.InstitutionId == institution));
        }

        if (UnitId is { } unit)
        {
            query = query.Where(v => v.Hosts.Any(h => h.UnitId == unit));
        }

        if (FieldCode is { Length: > 0 } field)
        {
            query = query.Where(v => v.FieldsOfInterest.Any(f => f.IscedCode.StartsWith(field)));
        }

        return query;
    }
}
