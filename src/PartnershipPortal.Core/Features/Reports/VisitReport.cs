using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>What the visits report covers: visits overlapping a period, in one direction, with a country, hosted by a unit.</summary>
public sealed record VisitReportDefinition
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Inbound or Outbound, as named in <see cref="VisitDirection"/>.</summary>
    public string? Direction { get; init; }

    /// <summary>The host institution's country or that of an institution the delegation represents.</summary>
    public string? CountryCode { get; init; }

    /// <summary>A unit among the visit's hosts.</summary>
    public int? UnitId { get; init; }
}

/// <summary>One visit as the report shows it.</summary>
public sealed record VisitReportRow(
    int Id,
    string Title,
    VisitDirection Direction,
    VisitStatus Status,
    DateOnly StartDate,
    DateOnly EndDate,
    ReportParty Host,
    string? Delegation,
    IReadOnlyList<ReportParty> DelegationInstitutions,
    int Members,
    int? DeclaredSize,
    IReadOnlyList<string> HostUnits);

public sealed record VisitReportPreview(IReadOnlyList<VisitReportRow> Rows, int TotalCount);

public sealed class VisitReportValidator : AbstractValidator<VisitReportDefinition>
{
    public VisitReportValidator(IReportReferences references)
    {
        ArgumentNullException.ThrowIfNull(references);
        RuleFor(d => d.To).NotBefore(d => d.From, "VisitReport.To.BeforeStart", "period");
        RuleFor(d => d.Direction)
            .Must(ReportRules.IsNameOrEmpty<VisitDirection>)
            .WithErrorCode("VisitReport.Direction.Unknown")
            .WithMessage(ReportRules.UnknownName<VisitDirection>("direction"));
        RuleFor(d => d.CountryCode).ValidCountryCode("VisitReport.CountryCode.Invalid");
        RuleFor(d => d.UnitId).ExistingRecord(references.UnitExistsAsync, "VisitReport.UnitId", "unit", "the host unit");
    }
}

/// <summary>Runs the visits report in the store, oldest visit first; rows stream as <see cref="ReportStream"/> reads them.</summary>
public sealed class VisitReportService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IValidator<VisitReportDefinition> validator)
    : ReportService<VisitReportDefinition>(validator, clock)
{
    public async Task<VisitReportPreview> PreviewAsync(VisitReportDefinition definition, CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(db.Visits.AsNoTracking(), definition);
        var total = await filtered.CountAsync(cancellationToken);
        var first = await Order(filtered).Take(PreviewSize).Select(Projection).ToListAsync(cancellationToken);
        return new VisitReportPreview(await CompleteAsync(db, first, cancellationToken), total);
    }

    public async Task<int> CountAsync(VisitReportDefinition definition, CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filter(db.Visits.AsNoTracking(), definition).CountAsync(cancellationToken);
    }

    public async IAsyncEnumerable<VisitReportRow> RowsAsync(VisitReportDefinition definition, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        var rows = ReportStream.ReadAsync(contexts, db => Order(Filter(db.Visits.AsNoTracking(), definition)).Select(Projection), CompleteAsync, cancellationToken);
        await foreach (var row in rows)
        {
            yield return row;
        }
    }

    /// <summary>The host unit the filter names, with its institution.</summary>
    public async Task<string?> UnitNameAsync(int? unitId, CancellationToken cancellationToken = default)
    {
        if (unitId is not { } id)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Units.Where(u => u.Id == id).Select(u => u.Name + " (" + u.Institution!.Name + ")").SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The units that have hosted a visit, for the filter.</summary>
    public async Task<IReadOnlyList<ReportChoice>> HostUnitsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Units.AsNoTracking()
            .Where(u => db.Set<VisitHost>().Any(h => h.UnitId == u.Id))
            .OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Select(u => new ReportChoice(u.Id, u.Name + " (" + u.Institution!.Name + ")"))
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<Visit> Filter(IQueryable<Visit> query, VisitReportDefinition definition)
    {
        if (definition.From is { } from)
        {
            query = query.Where(v => v.EndDate >= from);
        }

        if (definition.To is { } to)
        {
            query = query.Where(v => v.StartDate <= to);
        }

        if (definition.Direction is { Length: > 0 } text)
        {
            var direction = Enum.Parse<VisitDirection>(text);
            query = query.Where(v => v.Direction == direction);
        }

        if (definition.CountryCode is { Length: > 0 } country)
        {
            query = query.Where(v => v.HostInstitution!.CountryCode == country
                || (v.Delegation != null && v.Delegation.Institutions.Any(i => i.Institution!.CountryCode == country)));
        }

        if (definition.UnitId is { } unit)
        {
            query = query.Where(v => v.Hosts.Any(h => h.UnitId == unit));
        }

        return query;
    }

    private static IOrderedQueryable<Visit> Order(IQueryable<Visit> query) => query.OrderBy(v => v.StartDate).ThenBy(v => v.Id);

    private static readonly Expression<Func<Visit, VisitCore>> Projection = v => new VisitCore(
        v.Id, v.Title, v.Direction, v.Status, v.StartDate, v.EndDate, v.HostInstitution!.Name, v.HostInstitution.CountryCode,
        v.DelegationId, v.Delegation!.Title, v.Delegation.Members.Count, v.Delegation.DeclaredSize);

    private static async Task<List<VisitReportRow>> CompleteAsync(PortalDbContext db, List<VisitCore> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(v => v.Id).ToList();
        var delegationIds = batch.Where(v => v.DelegationId is not null).Select(v => v.DelegationId!.Value).Distinct().ToList();
        var institutions = delegationIds.Count == 0
            ? Enumerable.Empty<(int, ReportParty)>().ToLookup(p => p.Item1, p => p.Item2)
            : (await db.Set<DelegationInstitution>().AsNoTracking()
                .Where(i => delegationIds.Contains(i.DelegationId))
                .OrderBy(i => i.DelegationId).ThenBy(i => i.Order)
                .Select(i => new { i.DelegationId, i.Institution!.Name, i.Institution.CountryCode })
                .ToListAsync(cancellationToken)).ToLookup(i => i.DelegationId, i => new ReportParty(i.Name, i.CountryCode));
        var units = ids.Count == 0
            ? Enumerable.Empty<(int, string)>().ToLookup(u => u.Item1, u => u.Item2)
            : (await db.Set<VisitHost>().AsNoTracking()
                .Where(h => ids.Contains(h.VisitId) && h.UnitId != null)
                .OrderBy(h => h.VisitId).ThenBy(h => h.Order)
                .Select(h => new { h.VisitId, h.Unit!.Name })
                .ToListAsync(cancellationToken)).ToLookup(h => h.VisitId, h => h.Name);
        return batch.Select(v => new VisitReportRow(
                v.Id, v.Title, v.Direction, v.Status, v.StartDate, v.EndDate, new ReportParty(v.Host, v.HostCountryCode), v.Delegation,
                v.DelegationId is { } delegation ? institutions[delegation].ToList() : [], v.Members ?? 0, v.DeclaredSize,
                units[v.Id].Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    private sealed record VisitCore(
        int Id, string Title, VisitDirection Direction, VisitStatus Status, DateOnly StartDate, DateOnly EndDate, string Host, string HostCountryCode,
        int? DelegationId, string? Delegation, int? Members, int? DeclaredSize);
}
