using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>
/// Runs the agreement report in the store: filters, sort and grouping are SQL. The preview reads a count and
/// the first rows; a download reads the rows as a stream (<see cref="ReportStream"/>), completing them
/// (parties, fields, frameworks) a batch at a time.
/// </summary>
public sealed class AgreementReportService(
    IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IValidator<AgreementReportDefinition> validator)
    : ReportService<AgreementReportDefinition>(validator, clock)
{
    public async Task<AgreementReportPreview> PreviewAsync(AgreementReportDefinition definition, CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        var today = Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(db.Agreements.AsNoTracking(), definition, today);
        var total = await filtered.CountAsync(cancellationToken);
        var first = await Order(filtered.Select(Projection), definition).Take(PreviewSize).ToListAsync(cancellationToken);
        return new AgreementReportPreview(await CompleteAsync(db, first, definition, today, cancellationToken), total);
    }

    public async Task<int> CountAsync(AgreementReportDefinition definition, CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filter(db.Agreements.AsNoTracking(), definition, Today).CountAsync(cancellationToken);
    }

    /// <summary>Every row of the report in order, read as the caller consumes them.</summary>
    public async IAsyncEnumerable<AgreementReportRow> RowsAsync(
        AgreementReportDefinition definition, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        var today = Today;
        var rows = ReportStream.ReadAsync(
            contexts,
            db => Order(Filter(db.Agreements.AsNoTracking(), definition, today).Select(Projection), definition),
            (db, batch, token) => CompleteAsync(db, batch, definition, today, token),
            cancellationToken);
        await foreach (var row in rows)
        {
            yield return row;
        }
    }

    /// <summary>The names of the records the filters point at, for the report's filter lines.</summary>
    public async Task<AgreementReportNames> NamesAsync(AgreementReportDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var party = definition.PartyInstitutionId is { } partyId
            ? await db.Institutions.Where(i => i.Id == partyId).Select(i => i.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var unit = definition.ResponsibleUnitId is { } unitId
            ? await db.Units.Where(u => u.Id == unitId).Select(u => u.Name + " (" + u.Institution!.Name + ")").SingleOrDefaultAsync(cancellationToken)
            : null;
        var framework = definition.FrameworkId is { } frameworkId
            ? await db.Frameworks.Where(f => f.Id == frameworkId).Select(f => f.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new AgreementReportNames(party, unit, framework);
    }

    /// <summary>What the filters offer: the institutions, countries, units, frameworks and fields found on agreements.</summary>
    public async Task<AgreementReportChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parties = db.Set<AgreementParty>().AsNoTracking();
        var institutions = await db.Institutions.AsNoTracking()
            .Where(i => parties.Any(p => p.InstitutionId == i.Id))
            .OrderBy(i => i.Name).ThenBy(i => i.Id)
            .Select(i => new ReportChoice(i.Id, i.Name))
            .ToListAsync(cancellationToken);
        var countries = await parties.Select(p => p.Institution!.CountryCode).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking()
            .Where(u => db.Agreements.Any(a => a.ResponsibleUnitId == u.Id))
            .OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Select(u => new ReportChoice(u.Id, u.Name + " (" + u.Institution!.Name + ")"))
            .ToListAsync(cancellationToken);
        var frameworks = await db.Frameworks.AsNoTracking()
            .Where(f => db.Set<AgreementFramework>().Any(a => a.FrameworkId == f.Id))
            .OrderBy(f => f.Name).ThenBy(f => f.Id)
            .Select(f => new ReportChoice(f.Id, f.Name))
            .ToListAsync(cancellationToken);
        var fields = await db.Set<AgreementField>().AsNoTracking().Select(f => f.IscedCode).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        return new AgreementReportChoices(institutions, countries, units, frameworks, fields);
    }

    private static IQueryable<CooperationAgreement> Filter(IQueryable<CooperationAgreement> query, AgreementReportDefinition definition, DateOnly today)
    {
        if (definition.Statuses.Count > 0)
        {
            var statuses = definition.Statuses.Select(Enum.Parse<AgreementStatus>).ToList();
            query = query.Where(a => statuses.Contains(a.Status));
        }

        if (definition.Kinds.Count > 0)
        {
            var kinds = definition.Kinds.Select(Enum.Parse<AgreementKind>).ToList();
            query = query.Where(a => kinds.Contains(a.Kind));
        }

        if (definition.PartyInstitutionId is { } party)
        {
            query = query.Where(a => a.Parties.Any(p => p.InstitutionId == party));
        }

        if (definition.CountryCode is { Length: > 0 } country)
        {
            query = query.Where(a => a.Parties.Any(p => p.Institution!.CountryCode == country));
        }

        if (definition.ResponsibleUnitId is { } unit)
        {
            query = query.Where(a => a.ResponsibleUnitId == unit);
        }

        if (definition.FieldCode is { Length: > 0 } field)
        {
            query = query.Where(a => a.Fields.Any(f => f.IscedCode.StartsWith(field)));
        }

        if (definition.FrameworkId is { } framework)
        {
            query = query.Where(a => a.Frameworks.Any(f => f.FrameworkId == framework));
        }

        if (definition.SignedFrom is { } from)
        {
            query = query.Where(a => a.SignedOn >= from);
        }

        if (definition.SignedTo is { } to)
        {
            query = query.Where(a => a.SignedOn <= to);
        }

        if (definition.ExpiresWithinDays is { } days)
        {
            var last = today.AddDays(days);
            query = query.Where(a => a.ExpiresOn >= today && a.ExpiresOn <= last);
        }

        return query;
    }

    /// <summary>
    /// Grouped reports sort by the group first; empty values come last in either direction (the stores would
    /// disagree otherwise); every order ends on the id so that the preview and the downloads agree.
    /// </summary>
    private static IOrderedQueryable<ReportCore> Order(IQueryable<ReportCore> query, AgreementReportDefinition definition)
    {
        var ordered = definition.GroupBy switch
        {
            AgreementReportGroups.Country => query.OrderBy(r => r.PartnerCountryCode == null).ThenBy(r => r.PartnerCountryCode),
            AgreementReportGroups.Status => query.OrderBy(r => r.Status),
            _ => null,
        };
        var descending = definition.Descending;
        ordered = definition.Sort switch
        {
            AgreementReportColumns.Kind => By(query, ordered, r => r.Kind, descending),
            AgreementReportColumns.Status => By(query, ordered, r => r.Status, descending),
            AgreementReportColumns.ResponsibleUnit => By(By(query, ordered, r => r.ResponsibleUnit == null, false), r => r.ResponsibleUnit, descending),
            AgreementReportColumns.ResponsiblePerson => By(By(query, ordered, r => r.ResponsiblePerson == null, false), r => r.ResponsiblePerson, descending),
            AgreementReportColumns.Signed => By(By(query, ordered, r => r.SignedOn == null, false), r => r.SignedOn, descending),
            AgreementReportColumns.Effective => By(By(query, ordered, r => r.EffectiveOn == null, false), r => r.EffectiveOn, descending),
            AgreementReportColumns.Expires or AgreementReportColumns.DaysToExpiry =>
                By(By(query, ordered, r => r.ExpiresOn == null, false), r => r.ExpiresOn, descending),
            AgreementReportColumns.Visits => By(query, ordered, r => r.Visits, descending),
            _ => By(query, ordered, r => r.Title, descending),
        };
        return By(ordered, r => r.Id, descending);
    }

    private static IOrderedQueryable<ReportCore> By<TKey>(
        IQueryable<ReportCore> query, IOrderedQueryable<ReportCore>? ordered, Expression<Func<ReportCore, TKey>> key, bool descending) =>
        ordered is null
            ? descending ? query.OrderByDescending(key) : query.OrderBy(key)
            : By(ordered, key, descending);

    private static IOrderedQueryable<ReportCore> By<TKey>(IOrderedQueryable<ReportCore> ordered, Expression<Func<ReportCore, TKey>> key, bool descending) =>
        descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);

    /// <summary>
    /// The scalar part of a row. The partner's country is that of the first party other than the home
    /// institution, else of the first party.
    /// </summary>
    private static readonly Expression<Func<CooperationAgreement, ReportCore>> Projection = a => new ReportCore
    {
        Id = a.Id,
        Title = a.Title,
        Kind = a.Kind,
        Status = a.Status,
        ResponsibleUnit = a.ResponsibleUnit!.Name,
        ResponsiblePerson = a.ResponsiblePerson!.FullName,
        SignedOn = a.SignedOn,
        EffectiveOn = a.EffectiveOn,
        ExpiresOn = a.ExpiresOn,
        Visits = a.Visits.Count,
        PartnerCountryCode = a.Parties.Where(p => !p.Institution!.IsHome).OrderBy(p => p.Order).Select(p => p.Institution!.CountryCode).FirstOrDefault()
            ?? a.Parties.OrderBy(p => p.Order).Select(p => p.Institution!.CountryCode).FirstOrDefault(),
    };

    /// <summary>Adds the collections to a batch of rows: one query per collection the chosen columns show.</summary>
    private static async Task<List<AgreementReportRow>> CompleteAsync(
        PortalDbContext db, List<ReportCore> batch, AgreementReportDefinition definition, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = batch.Select(r => r.Id).ToList();
        var columns = definition.Columns;
        var parties = ids.Count > 0 && columns.Contains(AgreementReportColumns.Parties)
            ? (await db.Set<AgreementParty>().AsNoTracking()
                .Where(p => ids.Contains(p.AgreementId))
                .OrderBy(p => p.AgreementId).ThenBy(p => p.Order)
                .Select(p => new { p.AgreementId, p.Institution!.Name, p.Institution.CountryCode })
                .ToListAsync(cancellationToken)).ToLookup(p => p.AgreementId, p => new ReportParty(p.Name, p.CountryCode))
            : null;
        var fields = ids.Count > 0 && columns.Contains(AgreementReportColumns.Fields)
            ? (await db.Set<AgreementField>().AsNoTracking()
                .Where(f => ids.Contains(f.AgreementId))
                .Select(f => new { f.AgreementId, f.IscedCode })
                .ToListAsync(cancellationToken)).ToLookup(f => f.AgreementId, f => f.IscedCode)
            : null;
        var frameworks = ids.Count > 0 && columns.Contains(AgreementReportColumns.Frameworks)
            ? (await db.Set<AgreementFramework>().AsNoTracking()
                .Where(f => ids.Contains(f.AgreementId))
                .Select(f => new { f.AgreementId, f.Framework!.Name })
                .ToListAsync(cancellationToken)).ToLookup(f => f.AgreementId, f => f.Name)
            : null;

        return batch.Select(r => new AgreementReportRow(
                r.Id, r.Title, r.Kind, r.Status,
                parties?[r.Id].ToList() ?? [],
                r.ResponsibleUnit, r.ResponsiblePerson, r.SignedOn, r.EffectiveOn, r.ExpiresOn,
                r.ExpiresOn is { } expires ? expires.DayNumber - today.DayNumber : null,
                fields?[r.Id].Order(StringComparer.Ordinal).ToList() ?? [],
                frameworks?[r.Id].Order(StringComparer.Ordinal).ToList() ?? [],
                r.Visits, r.PartnerCountryCode))
            .ToList();
    }

    /// <summary>A class with settable members rather than a record, so that the store can sort on what it projects.</summary>
    private sealed class ReportCore
    {
        public int Id { get; init; }

        public string Title { get; init; } = string.Empty;

        public AgreementKind Kind { get; init; }

        public AgreementStatus Status { get; init; }

        public string? ResponsibleUnit { get; init; }

        public string? ResponsiblePerson { get; init; }

        public DateOnly? SignedOn { get; init; }

        public DateOnly? EffectiveOn { get; init; }

        public DateOnly? ExpiresOn { get; init; }

        public int Visits { get; init; }

        public string? PartnerCountryCode { get; init; }
    }
}
