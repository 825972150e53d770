using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>A report's filters and columns to keep under a name: the report page, the name, and the page's query string.</summary>
public sealed record SavedReportInput
{
    /// <summary>The report pages whose definitions can be kept, by their name in addresses.</summary>
    public static readonly IReadOnlyList<string> Reports = ["agreements", "visits", "follow-ups", "partners", "directory"];

    public string Report { get; init; } = string.Empty;

    public string? Name { get; init; }

    /// <summary>The page's query string, without the question mark.</summary>
    public string Query { get; init; } = string.Empty;
}

public sealed class SavedReportInputValidator : AbstractValidator<SavedReportInput>
{
    public SavedReportInputValidator()
    {
        RuleFor(i => i.Report)
            .Must(r => SavedReportInput.Reports.Contains(r, StringComparer.Ordinal))
            .WithErrorCode("SavedReport.Report.Unknown")
            .WithMessage($"Unknown report '{{PropertyValue}}'. Choose from: {string.Join(", ", SavedReportInput.Reports)}.");
        RuleFor(i => i.Name)
            .Required("SavedReport.Name.Required", "Give the saved report a name, such as \"Agreements expiring this year\".")
            .MaxChars(SavedReport.NameMaxLength, "SavedReport.Name.TooLong", "The name");
        RuleFor(i => i.Query)
            .MaxChars(SavedReport.QueryMaxLength, "SavedReport.Query.TooLong", "The report's filters")
            .Must(q => q is null || !q.StartsWith('?'))
            .WithErrorCode("SavedReport.Query.Invalid")
            .WithMessage("The report's filters are written without the leading question mark.");
    }
}

/// <summary>One saved report in the list of its owner: its name, the query it opens, and when it was last saved.</summary>
public sealed record SavedReportRow(int Id, string Name, string Query, DateTimeOffset SavedAt);

/// <summary>
/// Keeps report definitions per account. Each account sees, opens, updates and deletes only its own; names are
/// unique per account and report whatever their case. Those who may not export may not keep reports either.
/// </summary>
public sealed class SavedReportService(IDbContextFactory<PortalDbContext> contexts, IValidator<SavedReportInput> validator)
{
    /// <summary>The user's saved definitions of <paramref name="report"/>, by name.</summary>
    public async Task<IReadOnlyList<SavedReportRow>> ListAsync(ClaimsPrincipal user, string report, CancellationToken cancellationToken = default)
    {
        if (OwnerOf(user) is not { } owner)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.SavedReports.AsNoTracking()
            .Where(r => r.OwnerUserId == owner && r.Report == report)
            .Select(r => new SavedReportRow(r.Id, r.Name, r.Query, r.UpdatedAt))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Id).ToList();
    }

    /// <summary>Keeps a new definition under a name the user has not used for this report yet.</summary>
    public async Task<SaveOutcome> SaveAsync(ClaimsPrincipal user, SavedReportInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (OwnerOf(user) is not { } owner)
        {
            return SaveOutcome.Forbidden;
        }

        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return SaveOutcome.Invalid(validation.Errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = new SavedReport { OwnerUserId = owner, Report = input.Report, Query = input.Query };
        saved.Rename(input.Name!);
        if (await db.SavedReports.AnyAsync(r => r.OwnerUserId == owner && r.Report == input.Report && r.NormalizedName == saved.NormalizedName, cancellationToken))
        {
            return NameTaken(saved.Name);
        }

        db.SavedReports.Add(saved);
        try
        {
            return await Saving.CommitAsync(db, saved, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index: the same name saved at the same moment from another window.
            return NameTaken(saved.Name);
        }
    }

    /// <summary>Replaces the filters and columns of the user's saved report <paramref name="id"/> with <paramref name="query"/>.</summary>
    public async Task<SaveOutcome> UpdateAsync(ClaimsPrincipal user, int id, string query, CancellationToken cancellationToken = default)
    {
        if (OwnerOf(user) is not { } owner)
        {
            return SaveOutcome.Forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = await db.SavedReports.SingleOrDefaultAsync(r => r.Id == id && r.OwnerUserId == owner, cancellationToken);
        if (saved is null)
        {
            return SaveOutcome.NotFound;
        }

        var validation = await validator.ValidateAsync(new SavedReportInput { Report = saved.Report, Name = saved.Name, Query = query }, cancellationToken);
        if (!validation.IsValid)
        {
            return SaveOutcome.Invalid(validation.Errors);
        }

        saved.Query = query;
        return await Saving.CommitAsync(db, saved, cancellationToken);
    }

    /// <summary>Deletes the user's saved report; false when there is no such report of theirs.</summary>
    public async Task<bool> DeleteAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken = default)
    {
        if (OwnerOf(user) is not { } owner)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SavedReports.Where(r => r.Id == id && r.OwnerUserId == owner).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    private static SaveOutcome NameTaken(string name) =>
        SaveOutcome.Invalid(nameof(SavedReportInput.Name), $"You already keep a report named '{name}' here: choose another name, or update that one.");

    /// <summary>The account that keeps reports: one that may export (the same roles as those who edit).</summary>
    private static string? OwnerOf(ClaimsPrincipal user) =>
        PortalAccess.CanEdit(user) ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
