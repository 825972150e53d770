using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Institutions;

/// <summary>
/// Merges a duplicate institution into the one to keep (administrators only): everything that refers to the
/// duplicate is moved onto the kept one, links both had are kept once, and the duplicate is deleted. Every
/// move and the deletion are in the change history, in one transaction.
/// </summary>
public sealed class InstitutionMerge(IDbContextFactory<PortalDbContext> contexts)
{
    public Task<SaveOutcome> MergeAsync(ClaimsPrincipal user, int duplicateId, int keepId, CancellationToken cancellationToken = default) =>
        Merging.RunAsync<Institution>(contexts, user, duplicateId, keepId, "An institution cannot be merged into itself; choose the record to keep.",
            async (db, duplicate, keep) =>
            {
                if (duplicate.IsHome)
                {
                    return SaveOutcome.Invalid("KeepId", "The home institution cannot be merged away; merge the other record into it.");
                }

                await db.Units.Where(u => u.InstitutionId == duplicateId).ForEachAsync(u => u.InstitutionId = keepId, cancellationToken);
                await db.People.Where(p => p.InstitutionId == duplicateId).ForEachAsync(p => p.InstitutionId = keepId, cancellationToken);
                await db.Institutions.Where(i => i.ParentId == duplicateId).ForEachAsync(c => c.SetParent(c.Id == keepId ? null : keep), cancellationToken);
                await db.Visits.Where(v => v.HostInstitutionId == duplicateId).ForEachAsync(v => v.HostInstitutionId = keepId, cancellationToken);
                await db.Frameworks.Where(f => f.OwnerInstitutionId == duplicateId).ForEachAsync(f => f.OwnerInstitutionId = keepId, cancellationToken);
                await db.PartnerReviews.Where(r => r.InstitutionId == duplicateId).ForEachAsync(r => r.InstitutionId = keepId, cancellationToken);
                await db.ReviewRequests.Where(r => r.InstitutionId == duplicateId).ForEachAsync(r => r.InstitutionId = keepId, cancellationToken);

                var represented = await db.Set<DelegationInstitution>().Where(d => d.InstitutionId == duplicateId || d.InstitutionId == keepId).ToListAsync(cancellationToken);
                Merging.MoveLinks(db, represented, d => d.InstitutionId == duplicateId, d => d.DelegationId, d => d.InstitutionId = keepId);
                var parties = await db.Set<AgreementParty>().Where(p => p.InstitutionId == duplicateId || p.InstitutionId == keepId).ToListAsync(cancellationToken);
                Merging.MoveLinks(db, parties, p => p.InstitutionId == duplicateId, p => p.AgreementId, p => p.InstitutionId = keepId);
                return null;
            },
            cancellationToken);
}
