using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.People;

/// <summary>
/// Merges a duplicate person into the one to keep (administrators only): delegation memberships, hosting,
/// quotations, responsibilities and follow-ups move onto the kept person (a delegation both belonged to keeps
/// one membership), and the duplicate is deleted, in one transaction and in the history.
/// </summary>
public sealed class PersonMerge(IDbContextFactory<PortalDbContext> contexts)
{
    public Task<SaveOutcome> MergeAsync(ClaimsPrincipal user, int duplicateId, int keepId, CancellationToken cancellationToken = default) =>
        Merging.RunAsync<Person>(contexts, user, duplicateId, keepId, "A person cannot be merged into themselves; choose the record to keep.",
            async (db, duplicate, keep) =>
            {
                var memberships = await db.Set<DelegationMember>().Where(m => m.PersonId == duplicateId || m.PersonId == keepId).ToListAsync(cancellationToken);
                Merging.MoveLinks(db, memberships, m => m.PersonId == duplicateId, m => m.DelegationId, m => m.PersonId = keepId);
                await db.Delegations.Where(d => d.HeadPersonId == duplicateId).ForEachAsync(d => db.Entry(d).Property(x => x.HeadPersonId).CurrentValue = keepId, cancellationToken);
                await db.Set<VisitHost>().Where(h => h.PersonId == duplicateId).ForEachAsync(h => h.PersonId = keepId, cancellationToken);
                await db.Set<Quotation>().Where(q => q.SpeakerPersonId == duplicateId).ForEachAsync(q => q.SpeakerPersonId = keepId, cancellationToken);
                await db.Agreements.Where(a => a.ResponsiblePersonId == duplicateId).ForEachAsync(a => a.ResponsiblePersonId = keepId, cancellationToken);
                await db.FollowUps.Where(f => f.OwnerPersonId == duplicateId).ForEachAsync(f => f.OwnerPersonId = keepId, cancellationToken);
                await db.Set<AgreementSignatory>().Where(s => s.PersonId == duplicateId).ForEachAsync(s => s.PersonId = keepId, cancellationToken);
                return null;
            },
            cancellationToken);
}
