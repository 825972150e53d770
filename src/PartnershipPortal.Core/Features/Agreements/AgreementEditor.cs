using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Agreements;

/// <summary>
/// Records and changes cooperation agreements with every field: parties in order with their signatories,
/// dates, responsibilities, fields, frameworks and the visits that led to them. A save is all or nothing:
/// the input passes the form's validator and the rules that need the database, then the agreement and its
/// rows are written in one transaction against the version the user saw. A new agreement is a draft; its
/// status then moves only through <see cref="Lifecycle.AgreementLifecycle"/>.
/// </summary>
public sealed class AgreementEditor(IDbContextFactory<PortalDbContext> contexts, IValidator<AgreementInput> validator)
{
    /// <summary>The agreement as the edit form starts from, with the version the save must match.</summary>
    public async Task<(AgreementInput Input, Guid Version)?> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agreement = await WithRows(db.Agreements.AsNoTracking()).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return null;
        }

        var input = new AgreementInput
        {
            Title = agreement.Title,
            Kind = agreement.Kind,
            SignedOn = agreement.SignedOn,
            EffectiveOn = agreement.EffectiveOn,
            ExpiresOn = agreement.ExpiresOn,
            Parties = agreement.Parties.OrderBy(p => p.Order).Select(p => new AgreementPartyInput
            {
                InstitutionId = p.InstitutionId,
                Signatories = p.Signatories.OrderBy(s => s.Order).Select(s => new AgreementSignatoryInput
                {
                    PersonId = s.PersonId,
                    Name = s.Name,
                    Position = s.Position,
                    SignedOn = s.SignedOn,
                }).ToList(),
            }).ToList(),
            ResponsibleUnitId = agreement.ResponsibleUnitId,
            ResponsiblePersonId = agreement.ResponsiblePersonId,
            ResponsibleUserId = agreement.ResponsibleUserId,
            FieldCodes = agreement.Fields.Select(f => f.IscedCode).Order(StringComparer.Ordinal).ToList(),
            FrameworkIds = agreement.Frameworks.Select(f => f.FrameworkId).Order().ToList(),
            VisitIds = agreement.Visits.Select(v => v.VisitId).Order().ToList(),
            Notes = agreement.Notes,
        };
        return (input, agreement.Version);
    }

    /// <summary>
    /// The start of an agreement that comes out of a visit: its host and the institutions its delegation
    /// represented as parties, its fields and frameworks, and the visit linked. Null when there is no such visit.
    /// </summary>
    public async Task<AgreementInput?> FromVisitAsync(int visitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visit = await db.Visits.AsNoTracking()
            .Where(v => v.Id == visitId)
            .Select(v => new
            {
                v.HostInstitutionId,
                Represented = v.Delegation!.Institutions.OrderBy(i => i.Order).Select(i => i.InstitutionId).ToList(),
                Fields = v.FieldsOfInterest.OrderBy(f => f.Order).Select(f => f.IscedCode).ToList(),
                Frameworks = v.Frameworks.Select(f => f.FrameworkId).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (visit is null)
        {
            return null;
        }

        return new AgreementInput
        {
            Parties = visit.Represented.Prepend(visit.HostInstitutionId).Distinct().Select(id => new AgreementPartyInput { InstitutionId = id }).ToList(),
            FieldCodes = visit.Fields.Distinct().ToList(),
            FrameworkIds = visit.Frameworks.Order().ToList(),
            VisitIds = [visitId],
        };
    }

    /// <summary>Records a new agreement, as a draft.</summary>
    public Task<SaveOutcome> CreateAsync(ClaimsPrincipal user, AgreementInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(user, null, default, input, cancellationToken);

    public Task<SaveOutcome> UpdateAsync(ClaimsPrincipal user, int id, Guid version, AgreementInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(user, id, version, input, cancellationToken);

    private async Task<SaveOutcome> SaveAsync(ClaimsPrincipal user, int? id, Guid version, AgreementInput input, CancellationToken cancellationToken)
    {
        if (await Saving.RefusalAsync(user, validator, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        CooperationAgreement agreement;
        if (id is null)
        {
            agreement = new CooperationAgreement { Status = AgreementStatus.Draft };
            db.Agreements.Add(agreement);
        }
        else
        {
            var existing = await WithRows(db.Agreements).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (existing is null)
            {
                return SaveOutcome.NotFound;
            }

            agreement = existing;

            // The form's version decides whether someone saved in between; the agreement's row is always
            // written, so a change to its parties or signatories alone is checked and renews the version too.
            db.Entry(agreement).Property(a => a.Version).OriginalValue = version;
            db.Entry(agreement).Property(a => a.UpdatedAt).IsModified = true;
        }

        var references = await AgreementReferences.CheckAsync(db, input, id is null ? null : agreement, cancellationToken);
        if (references.Failures.Count > 0)
        {
            return SaveOutcome.Invalid(references.Failures);
        }

        if (StatusRefusal(agreement.Status, input) is { } statusRefusal)
        {
            return statusRefusal;
        }

        Apply(input, agreement, references);
        agreement.EnsureComplete();
        return await Saving.CommitAsync(db, agreement, cancellationToken);
    }

    /// <summary>What the lifecycle has relied on stays: a signed agreement keeps its signing date, one in force its effective date.</summary>
    private static SaveOutcome? StatusRefusal(AgreementStatus status, AgreementInput input)
    {
        var describe = Lifecycle.AgreementLifecycle.Describe(status);
        if (input.SignedOn is null && status is not (AgreementStatus.Draft or AgreementStatus.UnderNegotiation))
        {
            return SaveOutcome.Invalid(nameof(AgreementInput.SignedOn), $"This agreement is {describe}: keep the date it was signed.");
        }

        if (input.EffectiveOn is null && status is AgreementStatus.Active or AgreementStatus.Expired or AgreementStatus.Renewed)
        {
            return SaveOutcome.Invalid(nameof(AgreementInput.EffectiveOn), $"This agreement is {describe}: keep the date it took effect.");
        }

        return null;
    }

    private static void Apply(AgreementInput input, CooperationAgreement agreement, AgreementReferences references)
    {
        agreement.Title = input.Title.Trim();
        agreement.Kind = input.Kind;
        agreement.SignedOn = input.SignedOn;
        agreement.SetTerm(input.EffectiveOn, input.ExpiresOn);
        agreement.ResponsibleUnitId = input.ResponsibleUnitId;
        agreement.ResponsiblePersonId = input.ResponsiblePersonId;
        agreement.ResponsibleUserId = input.ResponsibleUserId;
        agreement.Notes = Saving.Clean(input.Notes);
        ApplyParties(input, agreement, references);

        agreement.Fields.RemoveAll(f => !input.FieldCodes.Contains(f.IscedCode));
        foreach (var code in input.FieldCodes)
        {
            agreement.AddField(code);
        }

        agreement.Frameworks.RemoveAll(f => !input.FrameworkIds.Contains(f.FrameworkId));
        foreach (var frameworkId in input.FrameworkIds.Where(id => agreement.Frameworks.TrueForAll(f => f.FrameworkId != id)))
        {
            agreement.Frameworks.Add(new AgreementFramework { FrameworkId = frameworkId });
        }

        agreement.Visits.RemoveAll(v => !input.VisitIds.Contains(v.VisitId));
        foreach (var visitId in input.VisitIds.Where(id => agreement.Visits.TrueForAll(v => v.VisitId != id)))
        {
            agreement.Visits.Add(new AgreementVisit { VisitId = visitId });
        }
    }

    /// <summary>
    /// Parties kept are updated in place (a party's row stays, so the history reads as a change, not a new
    /// party); parties left out go with their signatories; new ones are added. Signatories are matched by position.
    /// </summary>
    private static void ApplyParties(AgreementInput input, CooperationAgreement agreement, AgreementReferences references)
    {
        var chosen = input.Parties.Select(p => p.InstitutionId).ToHashSet();
        agreement.Parties.RemoveAll(p => !chosen.Contains(p.InstitutionId));
        for (var i = 0; i < input.Parties.Count; i++)
        {
            var row = input.Parties[i];
            var party = agreement.Parties.Find(p => p.InstitutionId == row.InstitutionId) ?? agreement.AddParty(references.Institutions[row.InstitutionId]);
            party.Order = i;
            var signatories = party.Signatories.OrderBy(s => s.Order).ToList();
            foreach (var surplus in signatories.Skip(row.Signatories.Count))
            {
                party.Signatories.Remove(surplus);
            }

            for (var j = 0; j < row.Signatories.Count; j++)
            {
                var signatory = j < signatories.Count ? signatories[j] : new AgreementSignatory();
                if (j >= signatories.Count)
                {
                    party.Signatories.Add(signatory);
                }

                var source = row.Signatories[j];
                signatory.PersonId = source.PersonId;
                signatory.Name = source.PersonId is null ? Saving.Clean(source.Name) : null;
                signatory.Position = Saving.Clean(source.Position);
                signatory.SignedOn = source.SignedOn;
                signatory.Order = j;
            }
        }
    }

    private static IQueryable<CooperationAgreement> WithRows(IQueryable<CooperationAgreement> agreements) => agreements
        .Include(a => a.Parties).ThenInclude(p => p.Signatories)
        .Include(a => a.Fields)
        .Include(a => a.Frameworks)
        .Include(a => a.Visits)
        .AsSplitQuery();
}
