using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Institutions;

/// <summary>Reads the directory of institutions: the list and an institution's profile.</summary>
public sealed class InstitutionService(IDbContextFactory<PortalDbContext> contexts)
{
    public static readonly SortMap<Institution> Sorts = new SortMap<Institution>(i => i.Id)
        .Add("name", i => i.Name, isDefault: true)
        .Add("acronym", i => i.Acronym)
        .Add("kind", i => i.Kind)
        .Add("country", i => i.CountryCode)
        .Add("city", i => i.City)
        .Add("status", i => i.RelationshipStatus);

    public async Task<Page<InstitutionRow>> ListAsync(ListRequest request, CancellationToken cancellationToken = default) =>
        await ListAsync(request, InstitutionFilter.None, cancellationToken);

    public async Task<Page<InstitutionRow>> ListAsync(ListRequest request, InstitutionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Institutions.AsNoTracking();
        var text = request.FoldedText;
        if (text.Length > 0)
        {
            query = query.Where(i => i.SearchText.Contains(text));
        }

        if (filter.CountryCode is { Length: 2 } country)
        {
            query = query.Where(i => i.CountryCode == country);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(i => i.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(i => i.RelationshipStatus == status);
        }

        if (filter.FieldCode is { Length: > 0 } field)
        {
            // A field of cooperation: named by a visit the institution hosted or joined, or by an agreement it is party to.
            var prefix = field;
            query = query.Where(i =>
                db.Visits.Any(v => (v.HostInstitutionId == i.Id || v.Delegation!.Institutions.Any(d => d.InstitutionId == i.Id))
                    && v.FieldsOfInterest.Any(f => f.IscedCode.StartsWith(prefix)))
                || db.Agreements.Any(a => a.Parties.Any(p => p.InstitutionId == i.Id) && a.Fields.Any(f => f.IscedCode.StartsWith(prefix))));
        }

        return await query.ToPageAsync(Sorts, request, i => new InstitutionRow(
            i.Id, i.Name, i.OriginalName, i.Acronym, i.Kind, i.CountryCode, i.City, i.RelationshipStatus, i.IsHome, i.IsArchived), cancellationToken);
    }

    /// <summary>
    /// The units of one institution, for pickers; archived units are left out, except the one a record being
    /// edited already names (<paramref name="keepId"/>), so that it still shows.
    /// </summary>
    public async Task<IReadOnlyList<UnitSummary>> UnitsAsync(int institutionId, int? keepId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Units.AsNoTracking()
            .Where(u => u.InstitutionId == institutionId && (!u.IsArchived || u.Id == keepId))
            .OrderBy(u => u.Name)
            .Select(u => new UnitSummary(u.Id, u.Name, u.Kind, Array.Empty<string>()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Institutions whose names match, for pickers; archived ones are left out.</summary>
    public async Task<IReadOnlyList<InstitutionLink>> PickAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var folded = SearchFolding.Fold(text);
        return await db.Institutions.AsNoTracking()
            .Where(i => !i.IsArchived && (folded.Length == 0 || i.SearchText.Contains(folded)))
            .OrderBy(i => i.Name).ThenBy(i => i.Id)
            .Take(20)
            .Select(i => new InstitutionLink(i.Id, i.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>An institution's units with their facilities, archived ones included, as the page that manages them shows them.</summary>
    public async Task<UnitsOfInstitution?> UnitsOfAsync(int institutionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var institution = await db.Institutions.AsNoTracking()
            .Where(i => i.Id == institutionId)
            .Select(i => new InstitutionLink(i.Id, i.Name))
            .SingleOrDefaultAsync(cancellationToken);
        return institution is null ? null : new UnitsOfInstitution(institution, await UnitRecordsAsync(db, institutionId, cancellationToken));
    }

    private static async Task<IReadOnlyList<UnitRecord>> UnitRecordsAsync(PortalDbContext db, int institutionId, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking()
            .Where(u => u.InstitutionId == institutionId)
            .OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Select(u => new UnitRecord(
                u.Id, u.Name, u.OriginalName, u.Kind, u.IsArchived, u.Version,
                u.Facilities.OrderBy(f => f.Name).ThenBy(f => f.Id).Select(f => new FacilityRecord(f.Id, f.Name, f.Description, f.IsArchived, f.Version)).ToList()))
            .ToListAsync(cancellationToken);

    public async Task<InstitutionProfile?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var institution = await db.Institutions.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new
            {
                i.Id, i.Name, i.OriginalName, i.Acronym, i.Kind, i.CountryCode, i.Region, i.City, i.Website, i.RorId,
                i.IsHome, i.RelationshipStatus, i.IsArchived, i.ParentId, ParentName = i.Parent!.Name,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (institution is null)
        {
            return null;
        }

        var units = await UnitRecordsAsync(db, id, cancellationToken);

        var people = await db.People.AsNoTracking()
            .Where(p => p.InstitutionId == id)
            .OrderBy(p => p.FullName)
            .Select(p => new PersonLink(p.Id, p.FullName, p.Position))
            .ToListAsync(cancellationToken);

        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.HostInstitutionId == id || v.Delegation!.Institutions.Any(d => d.InstitutionId == id))
            .OrderByDescending(v => v.StartDate).ThenByDescending(v => v.Id)
            .Select(v => new VisitLink(v.Id, v.Title, v.Direction, v.StartDate, v.EndDate, v.Status, v.HostInstitutionId == id))
            .ToListAsync(cancellationToken);

        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.Parties.Any(p => p.InstitutionId == id))
            .OrderBy(a => a.ExpiresOn == null).ThenBy(a => a.ExpiresOn).ThenBy(a => a.Id)
            .Select(a => new AgreementLink(a.Id, a.Title, a.Kind, a.Status, a.ExpiresOn))
            .ToListAsync(cancellationToken);

        // Open follow-ups of the visits it took part in and of the agreements it is party to.
        var visitIds = visits.Select(v => v.Id).ToList();
        var agreementIds = agreements.Select(a => a.Id).ToList();
        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => (f.Status == FollowUpStatus.Open || f.Status == FollowUpStatus.InProgress)
                && ((f.VisitId != null && visitIds.Contains(f.VisitId.Value)) || (f.AgreementId != null && agreementIds.Contains(f.AgreementId.Value))))
            .OrderBy(f => f.DueOn == null).ThenBy(f => f.DueOn).ThenBy(f => f.Id)
            .Select(f => new FollowUpView(f.Id, f.Title, f.Owner!.FullName, f.DueOn, f.Status))
            .ToListAsync(cancellationToken);

        return new InstitutionProfile(
            institution.Id, institution.Name, institution.OriginalName, institution.Acronym, institution.Kind,
            institution.CountryCode, institution.Region, institution.City, institution.Website, institution.RorId,
            institution.IsHome, institution.RelationshipStatus, institution.IsArchived,
            institution.ParentId is null ? null : new InstitutionLink(institution.ParentId.Value, institution.ParentName),
            units, people, visits, agreements, followUps);
    }
}

/// <summary>The list's filters besides text; a field code matches its narrower fields too ("07" finds "0715").</summary>
public sealed record InstitutionFilter(string? CountryCode = null, InstitutionKind? Kind = null, RelationshipStatus? Status = null, string? FieldCode = null)
{
    public static InstitutionFilter None { get; } = new();
}

public sealed record InstitutionRow(
    int Id, string Name, string? OriginalName, string? Acronym, InstitutionKind Kind, string CountryCode, string? City,
    RelationshipStatus RelationshipStatus, bool IsHome, bool IsArchived);

public sealed record InstitutionProfile(
    int Id, string Name, string? OriginalName, string? Acronym, InstitutionKind Kind, string CountryCode, string? Region,
    string? City, string? Website, string? RorId, bool IsHome, RelationshipStatus RelationshipStatus, bool IsArchived,
    InstitutionLink? Parent, IReadOnlyList<UnitRecord> Units, IReadOnlyList<PersonLink> People,
    IReadOnlyList<VisitLink> Visits, IReadOnlyList<AgreementLink> Agreements, IReadOnlyList<FollowUpView> OpenFollowUps);

public sealed record UnitSummary(int Id, string Name, UnitKind Kind, IReadOnlyList<string> Facilities);

/// <summary>A unit as its institution's pages show it: archived ones too, marked, with the version an edit must match.</summary>
public sealed record UnitRecord(int Id, string Name, string? OriginalName, UnitKind Kind, bool IsArchived, Guid Version, IReadOnlyList<FacilityRecord> Facilities);

public sealed record FacilityRecord(int Id, string Name, string? Description, bool IsArchived, Guid Version);

public sealed record UnitsOfInstitution(InstitutionLink Institution, IReadOnlyList<UnitRecord> Units);
