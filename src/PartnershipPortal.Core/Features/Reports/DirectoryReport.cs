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
/// so rows stream as <see cref="ReportStream"/> reads them.
/// </summary>
public abstract class DirectoryReportService<TEntity, TDefinition, TRow>(
    IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IValidator<TDefinition> validator)
    : ReportService<TDefinition>(validator, clock)
    where TEntity : class
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

    /// <summary>The records the definition keeps, unordered and not yet read.</summary>
    protected abstract IQueryable<TEntity> Filter(PortalDbContext db, TDefinition definition);

    protected abstract IOrderedQueryable<TEntity> Order(IQueryable<TEntity> query);

    protected abstract Expression<Func<TEntity, TRow>> Projection { get; }
}

/// <summary>The institutions of the directory, the home institution among them.</summary>
public sealed class InstitutionReportService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IValidator<InstitutionReportDefinition> validator)
    : DirectoryReportService<Institution, InstitutionReportDefinition, InstitutionReportRow>(contexts, clock, validator)
{
    protected override IQueryable<Institution> Filter(PortalDbContext db, InstitutionReportDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(definition);
        var query = db.Institutions.AsNoTracking();
        if (!definition.IncludeArchived)
        {
            query = query.Where(i => !i.IsArchived);
        }

        if (SearchFolding.Fold(definition.Text) is { Length: > 0 } text)
        {
            query = query.Where(i => i.SearchText.Contains(text));
        }

        if (definition.CountryCode is { Length: > 0 } country)
        {
            query = query.Where(i => i.CountryCode == country);
        }

        if (definition.Kind is { Length: > 0 } name)
        {
            var kind = Enum.Parse<InstitutionKind>(name);
            query = query.Where(i => i.Kind == kind);
        }

        return query;
    }

    protected override IOrderedQueryable<Institution> Order(IQueryable<Institution> query) => query.OrderBy(i => i.Name).ThenBy(i => i.Id);

    protected override Expression<Func<Institution, InstitutionReportRow>> Projection { get; } = i => new InstitutionReportRow(
        i.Id, i.Name, i.OriginalName, i.Acronym, i.Kind, i.CountryCode, i.Region, i.City, i.Website, i.RorId, i.Parent!.Name, i.RelationshipStatus,
        i.Units.Count(u => !u.IsArchived), i.People.Count(p => !p.IsArchived), i.IsHome, i.IsArchived);
}

/// <summary>The people of the directory; their country and kind are their institution's.</summary>
public sealed class PersonReportService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IValidator<PersonReportDefinition> validator)
    : DirectoryReportService<Person, PersonReportDefinition, PersonReportRow>(contexts, clock, validator)
{
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

    protected override IQueryable<Person> Filter(PortalDbContext db, PersonReportDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(definition);
        var query = db.People.AsNoTracking();
        if (!definition.IncludeArchived)
        {
            query = query.Where(p => !p.IsArchived);
        }

        if (SearchFolding.Fold(definition.Text) is { Length: > 0 } text)
        {
            query = query.Where(p => p.SearchText.Contains(text) || p.Institution!.SearchText.Contains(text));
        }

        if (definition.CountryCode is { Length: > 0 } country)
        {
            query = query.Where(p => p.Institution!.CountryCode == country);
        }

        if (definition.Kind is { Length: > 0 } name)
        {
            var kind = Enum.Parse<InstitutionKind>(name);
            query = query.Where(p => p.Institution!.Kind == kind);
        }

        if (definition.InstitutionId is { } institution)
        {
            query = query.Where(p => p.InstitutionId == institution);
        }

        return query;
    }

    protected override IOrderedQueryable<Person> Order(IQueryable<Person> query) => query.OrderBy(p => p.FullName).ThenBy(p => p.Id);

    protected override Expression<Func<Person, PersonReportRow>> Projection { get; } = p => new PersonReportRow(
        p.Id, p.FullName, p.OriginalScriptName, p.Position, p.Institution!.Name, p.Unit!.Name, p.Institution!.CountryCode, p.Email, p.Phone, p.IsArchived);
}
