using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>
/// Records, changes, copies and cancels visits from the guided form. A save is all or nothing: the input
/// passes the form's validator and the rules that need the database (a toured facility belongs to the host
/// or to an institution of the delegation), then the visit, its delegation and every row of it are written
/// in one transaction against the version the user saw, and the draft it came from is removed with it.
/// </summary>
public sealed class VisitEditor(
    IDbContextFactory<PortalDbContext> contexts, IValidator<VisitInput> validator, IValidator<CancelVisitInput> cancellations, TimeProvider clock,
    Checklists.ChecklistService checklists)
{
    /// <summary>The visit as the form starts from when editing, with the version the save must match.</summary>
    public async Task<(VisitInput Input, Guid Version)?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visit = await WithEverything(db.Visits.AsNoTracking()).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        return visit is null ? null : (VisitInputMapping.From(visit), visit.Version);
    }

    /// <summary>
    /// The start of a new visit by the same delegation (a returning delegation): who comes, who hosts and
    /// what interests them, without the dates, agenda, summary, outcomes and quotations of the earlier visit.
    /// </summary>
    public async Task<VisitInput?> CopyAsync(int id, CancellationToken cancellationToken = default)
    {
        var found = await LoadAsync(id, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var input = found.Value.Input;
        input.StartDate = null;
        input.EndDate = null;
        input.Status = VisitStatus.Planned;
        input.Summary = null;
        input.AgendaItems = [];
        input.Outcomes = [];
        input.Quotations = [];
        return input;
    }

    /// <summary>Records a new visit; the user's draft <paramref name="draftId"/>, if given, is removed in the same transaction.</summary>
    /// <summary>A planned or confirmed visit gets its reception checklist from the office's template straight away.</summary>
    public async Task<SaveOutcome> CreateAsync(ClaimsPrincipal user, VisitInput input, int? draftId = null, CancellationToken cancellationToken = default)
    {
        var outcome = await SaveAsync(user, null, default, input, draftId, cancellationToken);
        if (outcome.Succeeded && input.Status is VisitStatus.Planned or VisitStatus.Confirmed)
        {
            await checklists.CreateForVisitAsync(outcome.Id, user, cancellationToken);
        }

        return outcome;
    }

    public Task<SaveOutcome> UpdateAsync(ClaimsPrincipal user, int id, Guid expectedVersion, VisitInput input, int? draftId = null, CancellationToken cancellationToken = default) =>
        SaveAsync(user, id, expectedVersion, input, draftId, cancellationToken);

    /// <summary>Calls the visit off: its status becomes Cancelled and the reason is added to its summary, dated.</summary>
    public async Task<SaveOutcome> CancelAsync(ClaimsPrincipal user, int id, Guid expectedVersion, CancelVisitInput input, CancellationToken cancellationToken = default)
    {
        if (await Saving.RefusalAsync(user, cancellations, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var visit = await db.Visits.SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (visit is null)
        {
            return SaveOutcome.NotFound;
        }

        db.Entry(visit).Property(v => v.Version).OriginalValue = expectedVersion;
        if (visit.Status == VisitStatus.Cancelled)
        {
            return SaveOutcome.Invalid(nameof(CancelVisitInput.Reason), "This visit is already cancelled.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var note = $"Cancelled on {ValidationRules.DisplayDate(today)}: {input.Reason.Trim()}";
        var summary = visit.Summary is null ? note : $"{visit.Summary}{Environment.NewLine}{Environment.NewLine}{note}";
        if (summary.Length > Visit.TextMaxLength)
        {
            return SaveOutcome.Invalid(nameof(CancelVisitInput.Reason), "The summary has no room left for this reason; shorten the reason or the summary.");
        }

        visit.Status = VisitStatus.Cancelled;
        visit.Summary = summary;
        return await Saving.CommitAsync(db, visit, cancellationToken);
    }

    private async Task<SaveOutcome> SaveAsync(ClaimsPrincipal user, int? id, Guid expectedVersion, VisitInput input, int? draftId, CancellationToken cancellationToken)
    {
        if (await Saving.RefusalAsync(user, validator, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var visit = await Saving.NewOrStoredAsync(db, WithEverything(db.Visits), id, expectedVersion, cancellationToken);
        if (visit is null)
        {
            return SaveOutcome.NotFound;
        }

        if (id is not null)
        {
            // The visit row is always written, so that a change to its rows alone is checked against the
            // version too, and renews it.
            db.Entry(visit).Property(v => v.UpdatedAt).IsModified = true;
        }

        var references = await VisitReferences.LoadAsync(db, input, cancellationToken);
        if (references.Failures.Count > 0)
        {
            return SaveOutcome.Invalid(references.Failures);
        }

        try
        {
            VisitInputMapping.Apply(input, visit, references, db);
        }
        catch (DomainException refused)
        {
            return SaveOutcome.Invalid(string.Empty, refused.Message);
        }

        if (draftId is int draft && PortalAccess.ActorOf(user).UserId is { } owner)
        {
            await db.VisitDrafts.Where(d => d.Id == draft && d.OwnerUserId == owner).LoadAsync(cancellationToken);
            db.VisitDrafts.RemoveRange(db.VisitDrafts.Local.Where(d => d.Id == draft));
        }

        return await Saving.CommitAsync(db, visit, cancellationToken);
    }

    private static IQueryable<Visit> WithEverything(IQueryable<Visit> visits) => visits
        .Include(v => v.Delegation!).ThenInclude(d => d.Members)
        .Include(v => v.Delegation!).ThenInclude(d => d.Institutions)
        .Include(v => v.Hosts)
        .Include(v => v.AgendaItems)
        .Include(v => v.FieldsOfInterest)
        .Include(v => v.CooperationInterests)
        .Include(v => v.Frameworks)
        .Include(v => v.Outcomes)
        .Include(v => v.Quotations)
        .AsSplitQuery();
}
