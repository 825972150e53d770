using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Institutions;

/// <summary>
/// Merges a duplicate institution into the one to keep (administrators only): everything that refers to the
/// duplicate is moved onto the kept one, links both had are kept once, and the duplicate is deleted. Every
/// move and the deletion are in the change history, in one transaction.
/// </summary>
public sealed class InstitutionMerge(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<SaveOutcome> MergeAsync(ClaimsPrincipal user, int duplicateId, int keepId, CancellationToken cancellationToken = default)
    {
        if (!PortalAccess.CanAdminister(user))
        {
            return SaveOutcome.Forbidden;
        }

        if (duplicateId == keepId)
        {
            return SaveOutcome.Invalid("KeepId", "An institution cannot be merged into itself; choose the record to keep.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var duplicate = await db.Institutions.SingleOrDefaultAsync(i => i.Id == duplicateId, cancellationToken);
        var keep = await db.Institutions.SingleOrDefaultAsync(i => i.Id == keepId, cancellationToken);
        if (duplicate is null || keep is null)
        {
            return SaveOutcome.NotFound;
        }

        if (duplicate.IsHome)
        {
            return SaveOutcome.Invalid("KeepId", "The home institution cannot be merged away; merge the other record into it.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var unit in await db.Units.Where(u => u.InstitutionId == duplicateId).ToListAsync(cancellationToken))
        {
            unit.InstitutionId = keepId;
        }

        foreach (var person in await db.People.Where(p => p.InstitutionId == duplicateId).ToListAsync(cancellationToken))
        {
            person.InstitutionId = keepId;
        }

        foreach (var child in await db.Institutions.Where(i => i.ParentId == duplicateId).ToListAsync(cancellationToken))
        {
            child.SetParent(child.Id == keepId ? null : keep);
        }

        foreach (var visit in await db.Visits.Where(v => v.HostInstitutionId == duplicateId).ToListAsync(cancellationToken))
        {
            visit.HostInstitutionId = keepId;
        }

        foreach (var framework in await db.Frameworks.Where(f => f.OwnerInstitutionId == duplicateId).ToListAsync(cancellationToken))
        {
            framework.OwnerInstitutionId = keepId;
        }

        foreach (var review in await db.PartnerReviews.Where(r => r.InstitutionId == duplicateId).ToListAsync(cancellationToken))
        {
            review.InstitutionId = keepId;
        }

        foreach (var request in await db.ReviewRequests.Where(r => r.InstitutionId == duplicateId).ToListAsync(cancellationToken))
        {
            request.InstitutionId = keepId;
        }

        // Links that both records had are kept once: the duplicate's copy goes.
        var represented = await db.Set<DelegationInstitution>().Where(d => d.InstitutionId == duplicateId || d.InstitutionId == keepId).ToListAsync(cancellationToken);
        foreach (var link in represented.Where(d => d.InstitutionId == duplicateId))
        {
            if (represented.Any(d => d.InstitutionId == keepId && d.DelegationId == link.DelegationId))
            {
                db.Remove(link);
            }
            else
            {
                link.InstitutionId = keepId;
            }
        }

        var parties = await db.Set<AgreementParty>().Where(p => p.InstitutionId == duplicateId || p.InstitutionId == keepId).ToListAsync(cancellationToken);
        foreach (var party in parties.Where(p => p.InstitutionId == duplicateId))
        {
            if (parties.Any(p => p.InstitutionId == keepId && p.AgreementId == party.AgreementId))
            {
                db.Remove(party);
            }
            else
            {
                party.InstitutionId = keepId;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Institutions.Remove(duplicate);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveOutcome.Saved(keep.Id, keep.Version);
    }
}
