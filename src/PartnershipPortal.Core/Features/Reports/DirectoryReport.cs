using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>The filters both lists of the directory export share.</summary>
public interface IDirectoryReportDefinition
{
    /// <summary>Words to find, folded as the directory's lists fold them (any script, accents and case ignored).</summary>
    string? Text { get; }

    /// <summary>ISO 3166-1 alpha-2 code of the institution's country.</summary>
    string? CountryCode { get; }

    /// <summary>A kind of institution, as named in <see cref="InstitutionKind"/>.</summary>
    string? Kind { get; }

    /// <summary>Archived records too; left out unless asked for.</summary>
    bool IncludeArchived { get; }
}

/// <summary>What the institutions export covers: a search, a country, a kind, and whether archived institutions.</summary>
public sealed record InstitutionReportDefinition : IDirectoryReportDefinition
{
    public string? Text { get; init; }

    public string? CountryCode { get; init; }

    public string? Kind { get; init; }

    public bool IncludeArchived { get; init; }
}

/// <summary>What the people export covers: a search, their institution's country and kind, one institution, and whether archived people.</summary>
public sealed record PersonReportDefinition : IDirectoryReportDefinition
{
    public string? Text { get; init; }

    public string? CountryCode { get; init; }

    public string? Kind { get; init; }

    public int? InstitutionId { get; init; }

    public bool IncludeArchived { get; init; }
}

/// <summary>One institution as the export shows it; units and people count those not archived.</summary>
public sealed record InstitutionReportRow(
    int Id, string Name, string? OriginalName, string? Acronym, InstitutionKind Kind, string CountryCode, string? Region, string? City,
    string? Website, string? RorId, string? Parent, RelationshipStatus RelationshipStatus, int Units, int People, bool IsHome, bool IsArchived);

/// <summary>One person as the export shows it; the country is their institution's. An erased person reads "[erased]".</summary>
public sealed record PersonReportRow(
    int Id, string FullName, string? OriginalScriptName, string? Position, string? Institution, string? Unit, string? CountryCode,
    string? Email, string? Phone, bool IsArchived);

public sealed record DirectoryReportPreview<TRow>(IReadOnlyList<TRow> Rows, int TotalCount);

/// <summary>The rules both directory validators share; codes start with <paramref name="report"/> ("InstitutionReport").</summary>
public abstract class DirectoryReportValidator<T> : AbstractValidator<T>
    where T : IDirectoryReportDefinition
{
    public const int TextMaxLength = 200;

    protected DirectoryReportValidator(string report)
    {
        RuleFor(d => d.Text).MaxChars(TextMaxLength, $"{report}.Text.TooLong", "The search text");
        RuleFor(d => d.CountryCode).ValidCountryCode($"{report}.CountryCode.Invalid");
        RuleFor(d => d.Kind)
            .Must(ReportRules.IsNameOrEmpty<InstitutionKind>)
            .WithErrorCode($"{report}.Kind.Unknown")
            .WithMessage(ReportRules.UnknownName<InstitutionKind>("kind of institution"));
    }
}

public sealed class InstitutionReportValidator() : DirectoryReportValidator<InstitutionReportDefinition>("InstitutionReport");

public sealed class PersonReportValidator : DirectoryReportValidator<PersonReportDefinition>
{
    public PersonReportValidator(IReportReferences references)
        : base("PersonReport")
    {
        ArgumentNullException.ThrowIfNull(references);
        RuleFor(d => d.InstitutionId).ExistingRecord(references.InstitutionExistsAsync, "PersonReport.InstitutionId", "institution", "the institution");
    }
}

/// <summary>
/// Runs a list of the directory in the store, sorted by name then id; every column is read by the one query,
/// so rows stream as <see cref="ReportStream"/> reads them. The filters both lists share are applied here, each
/// list saying what they mean for its records.
/// </summary>
public abstract class DirectoryReportService<TEntity, TDefinition, TRow>(
    IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IValidator<TDefinition> validator)
    : ReportService<TDefinition>(validator, clock)
    where TEntity : class
    where TDefinition : IDirectoryReportDefinition
{
    protected IDbContextFactory<PortalDbContext> Contexts => contexts;

    public async Task<DirectoryReportPreview<TRow>> PreviewAsync(TDefinition definition, CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(db, definition);
        var rows = await Order(filtered).Take(PreviewSize).Select(Projection).ToListAsync(cancellationToken);
        return new DirectoryReportPreview<TRow>(rows, await filtered.CountAsync(cancellationToken));
    }

    public async Task<int> CountAsync(TDefinition definition, CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filter(db, definition).CountAsync(cancellationToken);
    }

    public async IAsyncEnumerable<TRow> RowsAsync(TDefinition definition, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        var rows = ReportStream.ReadAsync(contexts, db => Order(Filter(db, definition)).Select(Projection), (_, batch, _) => Task.FromResult(batch), cancellationToken);
        await foreach (var row in rows)
        {
            yield return row;
        }
    }

    /// <summary>All the list's records, archived ones too.</summary>
    protected abstract IQueryable<TEntity> Source(PortalDbContext db);

    protected abstract Expression<Func<TEntity, bool>> NotArchived { get; }

    /// <summary>Records whose search text (or their institution's) holds <paramref name="folded"/>.</summary>
    protected abstract Expression<Func<TEntity, bool>> Matching(string folded);

    protected abstract Expression<Func<TEntity, bool>> InCountry(string countryCode);

    protected abstract Expression<Func<TEntity, bool>> OfKind(InstitutionKind kind);

    /// <summary>The list's own filters, after the shared ones.</summary>
    protected virtual IQueryable<TEntity> Narrow(IQueryable<TEntity> query, TDefinition definition) => query;

    protected abstract IOrderedQueryable<TEntity> Order(IQueryable<TEntity> query);

    protected abstract Expression<Func<TEntity, TRow>> Projection { get; }

    private IQueryable<TEntity> Filter(PortalDbContext db, TDefinition definition)
    {
        var query = Source(db);
        if (!definition.IncludeArchived)
        {
            query = query.Where(NotArchived);
        }

        if (SearchFolding.Fold(definition.Text) is { Length: > 0 } text)
        {
            query = query.Where(Matching(text));
        }

        if (definition.CountryCode is { Length: > 0 } country)
        {
            query = query.Where(InCountry(country));
        }

        if (definition.Kind is { Length: > 0 } kind)
        {
            query = query.Where(OfKind(Enum.Parse<InstitutionKind>(kind)));
        }

        return Narrow(query, definition);
    }
}

/// <summary>The institutions of the directory, the home institution among them.</summary>
public sealed class InstitutionReportService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IValidator<InstitutionReportDefinition> validator)
    : DirectoryReportService<Institution, InstitutionReportDefinition, InstitutionReportRow>(contexts, clock, validator)
{
    protected override Expression<Func<Institution, bool>> NotArchived { get; } = i => !i.IsArchived;

    protected override Expression<Func<Institution, InstitutionReportRow>> Projection { get; } = i => new InstitutionReportRow(
        i.Id, i.Name, i.OriginalName, i.Acronym, i.Kind, i.CountryCode, i.Region, i.City, i.Website, i.RorId, i.Parent!.Name, i.RelationshipStatus,
        i.Units.Count(u => !u.IsArchived), i.People.Count(p => !p.IsArchived), i.IsHome, i.IsArchived);

    protected override IQueryable<Institution> Source(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Institutions.AsNoTracking();
    }

    protected override Expression<Func<Institution, bool>> Matching(string folded) => i => i.SearchText.Contains(folded);

    protected override Expression<Func<Institution, bool>> InCountry(string countryCode) => i => i.CountryCode == countryCode;

    protected override Expression<Func<Institution, bool>> OfKind(InstitutionKind kind) => i => i.Kind == kind;

    protected override IOrderedQueryable<Institution> Order(IQueryable<Institution> query) => query.OrderBy(i => i.Name).ThenBy(i => i.Id);
}

/// <summary>The people of the directory; their country and kind are their institution's.</summary>
public sealed class PersonReportService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IValidator<PersonReportDefinition> validator)
    : DirectoryReportService<Person, PersonReportDefinition, PersonReportRow>(contexts, clock, validator)
{
    protected override Expression<Func<Person, bool>> NotArchived { get; } = p => !p.IsArchived;

    protected override Expression<Func<Person, PersonReportRow>> Projection { get; } = p => new PersonReportRow(
        p.Id, p.FullName, p.OriginalScriptName, p.Position, p.Institution!.Name, p.Unit!.Name, p.Institution!.CountryCode, p.Email, p.Phone, p.IsArchived);

    /// <summary>The institution the filter names, for the form and the export's filter lines.</summary>
    public async Task<InstitutionLink?> InstitutionAsync(int? institutionId, CancellationToken cancellationToken = default)
    {
        if (institutionId is not { } id)
        {
            return null;
        }

        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        return await db.Institutions.Where(i => i.Id == id).Select(i => new InstitutionLink(i.Id, i.Name)).SingleOrDefaultAsync(cancellationToken);
    }

    protected override IQueryable<Person> Source(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.People.AsNoTracking();
    }

    /// <summary>As the people list searches: the person's own text or their institution's.</summary>
    protected override Expression<Func<Person, bool>> Matching(string folded) => p => p.SearchText.Contains(folded) || p.Institution!.SearchText.Contains(folded);

    protected override Expression<Func<Person, bool>> InCountry(string countryCode) => p => p.Institution!.CountryCode == countryCode;

    protected override Expression<Func<Person, bool>> OfKind(InstitutionKind kind) => p => p.Institution!.Kind == kind;

    protected override IQueryable<Person> Narrow(IQueryable<Person> query, PersonReportDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.InstitutionId is { } institution ? query.Where(p => p.InstitutionId == institution) : query;
    }

    protected override IOrderedQueryable<Person> Order(IQueryable<Person> query) => query.OrderBy(p => p.FullName).ThenBy(p => p.Id);
}
