using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>
/// Keeps half-entered visits so that their author can finish them later. A draft holds the form's input
/// as it was, valid or not, and belongs to the account that saved it: nobody else lists, opens or discards
/// it. Saving the visit removes its draft (see <see cref="VisitEditor"/>).
/// </summary>
public sealed class VisitDraftService(IDbContextFactory<PortalDbContext> contexts)
{
    public const string UntitledVisit = "Untitled visit";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// Creates the draft, or replaces the content of the user's draft <paramref name="draftId"/>. For an
    /// existing visit, <paramref name="visitVersion"/> is the version the form started from, so that the
    /// finished draft is still checked against changes saved meanwhile.
    /// </summary>
    public async Task<SaveOutcome> SaveDraftAsync(
        ClaimsPrincipal user, int? draftId, int? visitId, Guid? visitVersion, int step, VisitInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!PortalAccess.CanEdit(user) || OwnerOf(user) is not { } owner)
        {
            return SaveOutcome.Forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        VisitDraft draft;
        if (draftId is null)
        {
            draft = new VisitDraft { OwnerUserId = owner, VisitId = visitId };
            db.VisitDrafts.Add(draft);
        }
        else
        {
            var existing = await db.VisitDrafts.SingleOrDefaultAsync(d => d.Id == draftId && d.OwnerUserId == owner, cancellationToken);
            if (existing is null)
            {
                return SaveOutcome.NotFound;
            }

            draft = existing;
        }

        var title = string.IsNullOrWhiteSpace(input.Title) ? UntitledVisit : input.Title.Trim();
        draft.Title = title.Length > VisitDraft.TitleMaxLength ? title[..VisitDraft.TitleMaxLength] : title;
        draft.Step = Math.Max(0, step);
        draft.Content = JsonSerializer.Serialize(new DraftContent(visitVersion, input), Json);
        return await Saving.CommitAsync(db, draft, cancellationToken);
    }

    /// <summary>The user's drafts, most recently saved first.</summary>
    public async Task<IReadOnlyList<VisitDraftRow>> ListMineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (OwnerOf(user) is not { } owner)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.VisitDrafts.AsNoTracking()
            .Where(d => d.OwnerUserId == owner)
            .Select(d => new VisitDraftRow(d.Id, d.Title, d.VisitId, d.Step, d.UpdatedAt))
            .ToListAsync(cancellationToken);

        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        return rows.OrderByDescending(r => r.SavedAt).ThenByDescending(r => r.Id).ToList();
    }

    public async Task<int> CountMineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (OwnerOf(user) is not { } owner)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.VisitDrafts.CountAsync(d => d.OwnerUserId == owner, cancellationToken);
    }

    /// <summary>The draft with its input, or null when it does not exist or belongs to someone else.</summary>
    public async Task<VisitDraftContent?> LoadAsync(ClaimsPrincipal user, int draftId, CancellationToken cancellationToken = default)
    {
        if (OwnerOf(user) is not { } owner)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.VisitDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == draftId && d.OwnerUserId == owner, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        var content = JsonSerializer.Deserialize<DraftContent>(draft.Content, Json);
        return new VisitDraftContent(draft.Id, draft.Title, draft.VisitId, content?.VisitVersion, draft.Step, content?.Input ?? new VisitInput(), draft.UpdatedAt);
    }

    /// <summary>Removes the user's draft; false when there is no such draft of theirs.</summary>
    public async Task<bool> DiscardAsync(ClaimsPrincipal user, int draftId, CancellationToken cancellationToken = default)
    {
        if (OwnerOf(user) is not { } owner)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.VisitDrafts.Where(d => d.Id == draftId && d.OwnerUserId == owner).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static string? OwnerOf(ClaimsPrincipal user) => PortalAccess.ActorOf(user).UserId;

    private sealed record DraftContent(Guid? VisitVersion, VisitInput Input);
}

public sealed record VisitDraftRow(int Id, string Title, int? VisitId, int Step, DateTimeOffset SavedAt);

public sealed record VisitDraftContent(int Id, string Title, int? VisitId, Guid? VisitVersion, int Step, VisitInput Input, DateTimeOffset SavedAt);
