using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Reports;

/// <summary>What the follow-up status report covers: statuses, a due period, and whether only overdue actions.</summary>
public sealed record FollowUpReportDefinition
{
    public IReadOnlyList<string> Statuses { get; init; } = [];

    public DateOnly? DueFrom { get; init; }

    public DateOnly? DueTo { get; init; }

    /// <summary>Only open or in-progress actions whose due date has passed.</summary>
    public bool OverdueOnly { get; init; }
}

/// <summary>One follow-up action as the report shows it: what, whose, when due, for which visit or agreement, how it ended.</summary>
public sealed record FollowUpReportRow(
    int Id, string Title, FollowUpStatus Status, string? Owner, DateOnly? DueOn, int? DaysOverdue, string? Visit, string? Agreement,
    DateOnly? CompletedOn, string? CompletedBy);

public sealed record FollowUpReportPreview(IReadOnlyList<FollowUpReportRow> Rows, int TotalCount);

public sealed class FollowUpReportValidator : AbstractValidator<FollowUpReportDefinition>
{
    public FollowUpReportValidator()
    {
        RuleForEach(d => d.Statuses)
            .Must(ReportRules.IsNameOrEmpty<FollowUpStatus>)
            .WithErrorCode("FollowUpReport.Statuses.Unknown")
            .WithMessage(ReportRules.UnknownName<FollowUpStatus>("status"));
        RuleFor(d => d.Statuses.ToList())
            .NoRepeats("FollowUpReport.Statuses.Repeated", "The same status is chosen twice.")
            .OverridePropertyName(nameof(FollowUpReportDefinition.Statuses));
        RuleFor(d => d.DueTo).NotBefore(d => d.DueFrom, "FollowUpReport.DueTo.BeforeStart", "due period");
    }
}

/// <summary>Runs the follow-up status report in the store, soonest due first, undated last.</summary>
public sealed class FollowUpReportService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IValidator<FollowUpReportDefinition> validator)
    : ReportService<FollowUpReportDefinition>(validator, clock)
{
    public async Task<FollowUpReportPreview> PreviewAsync(FollowUpReportDefinition definition, CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        var today = Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(db.FollowUps.AsNoTracking(), definition, today);
        var rows = await Order(filtered).Take(PreviewSize).Select(Projection).ToListAsync(cancellationToken);
        return new FollowUpReportPreview(rows.Select(r => Complete(r, today)).ToList(), await filtered.CountAsync(cancellationToken));
    }

    public async Task<int> CountAsync(FollowUpReportDefinition definition, CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filter(db.FollowUps.AsNoTracking(), definition, Today).CountAsync(cancellationToken);
    }

    public async IAsyncEnumerable<FollowUpReportRow> RowsAsync(FollowUpReportDefinition definition, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureValidAsync(definition, cancellationToken);
        var today = Today;
        var rows = ReportStream.ReadAsync(
            contexts,
            db => Order(Filter(db.FollowUps.AsNoTracking(), definition, today)).Select(Projection),
            (_, batch, _) => Task.FromResult(batch.Select(r => Complete(r, today)).ToList()),
            cancellationToken);
        await foreach (var row in rows)
        {
            yield return row;
        }
    }

    private static IQueryable<FollowUpAction> Filter(IQueryable<FollowUpAction> query, FollowUpReportDefinition definition, DateOnly today)
    {
        if (definition.Statuses.Count > 0)
        {
            var statuses = definition.Statuses.Select(Enum.Parse<FollowUpStatus>).ToList();
            query = query.Where(f => statuses.Contains(f.Status));
        }

        if (definition.DueFrom is { } from)
        {
            query = query.Where(f => f.DueOn >= from);
        }

        if (definition.DueTo is { } to)
        {
            query = query.Where(f => f.DueOn <= to);
        }

        if (definition.OverdueOnly)
        {
            query = query.Where(f => f.DueOn < today && (f.Status == FollowUpStatus.Open || f.Status == FollowUpStatus.InProgress));
        }

        return query;
    }

    private static IOrderedQueryable<FollowUpAction> Order(IQueryable<FollowUpAction> query) =>
        query.OrderBy(f => f.DueOn == null).ThenBy(f => f.DueOn).ThenBy(f => f.Id);

    private static readonly Expression<Func<FollowUpAction, FollowUpCore>> Projection = f => new FollowUpCore(
        f.Id, f.Title, f.Status, f.Owner!.FullName ?? f.OwnerUser!.DisplayName, f.DueOn, f.Visit!.Title, f.Agreement!.Title, f.CompletedAt, f.CompletedByName);

    /// <summary>Days overdue count for open work only; the completion moment becomes its UTC day.</summary>
    private static FollowUpReportRow Complete(FollowUpCore row, DateOnly today) => new(
        row.Id, row.Title, row.Status, row.Owner, row.DueOn,
        row.DueOn is { } due && due < today && row.Status is FollowUpStatus.Open or FollowUpStatus.InProgress ? today.DayNumber - due.DayNumber : null,
        row.Visit, row.Agreement, row.CompletedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null, row.CompletedBy);

    private sealed record FollowUpCore(
        int Id, string Title, FollowUpStatus Status, string? Owner, DateOnly? DueOn, string? Visit, string? Agreement, DateTimeOffset? CompletedAt, string? CompletedBy);
}
