using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Institutions;

/// <summary>
/// Creates, changes and archives institutions. Validates with the same validator the form uses, refuses
/// users who may not edit, and never overwrites a newer version silently.
/// </summary>
public sealed class InstitutionEditor(IDbContextFactory<PortalDbContext> contexts, IValidator<InstitutionInput> validator)
{
    /// <summary>The institution as the edit form starts from, with the version the save must match.</summary>
    public async Task<(InstitutionInput Input, Guid Version)?> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.Institutions.AsNoTracking().Where(i => i.Id == id).Select(i => new
        {
            Input = new InstitutionInput
            {
                Name = i.Name,
                OriginalName = i.OriginalName,
                Acronym = i.Acronym,
                Kind = i.Kind,
                CountryCode = i.CountryCode,
                Region = i.Region,
                City = i.City,
                Website = i.Website,
                RorId = i.RorId,
                ParentId = i.ParentId,
                IsHome = i.IsHome,
                RelationshipStatus = i.RelationshipStatus,
            },
            i.Version,
        }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Input, found.Version);
    }

    /// <summary>
    /// Institutions that are probably the one being entered: in the same country, the same name or the same
    /// acronym, ignoring case, accents, spacing and punctuation ("X.Y.P.I." is "XYPI").
    /// </summary>
    public async Task<IReadOnlyList<InstitutionLink>> FindDuplicatesAsync(InstitutionInput input, int? exceptId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = SearchFolding.Key(input.Name);
        var acronym = SearchFolding.Key(input.Acronym);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sameCountry = await db.Institutions.AsNoTracking()
            .Where(i => i.CountryCode == input.CountryCode && i.Id != exceptId)
            .Select(i => new { i.Id, i.Name, i.Acronym })
            .ToListAsync(cancellationToken);
        return sameCountry
            .Where(i => (name.Length > 0 && SearchFolding.Key(i.Name) == name) || (acronym.Length > 0 && SearchFolding.Key(i.Acronym) == acronym))
            .Select(i => new InstitutionLink(i.Id, i.Name))
            .ToList();
    }

    public Task<SaveOutcome> CreateAsync(ClaimsPrincipal user, InstitutionInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(user, null, default, input, cancellationToken);

    public Task<SaveOutcome> UpdateAsync(ClaimsPrincipal user, int id, Guid version, InstitutionInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(user, id, version, input, cancellationToken);

    public Task<SaveOutcome> SetArchivedAsync(ClaimsPrincipal user, int id, Guid version, bool archived, CancellationToken cancellationToken = default) =>
        Saving.SetArchivedAsync<Institution>(contexts, user, id, version, archived, cancellationToken);

    /// <summary>
    /// Deletes an institution outright (administrators only), with its units and facilities, when nothing refers
    /// to any of them; otherwise says what does, so the administrator can merge or archive instead.
    /// </summary>
    public Task<SaveOutcome> DeleteAsync(ClaimsPrincipal user, int id, Guid version, CancellationToken cancellationToken = default) =>
        Deleting.RunAsync<Institution>(
            contexts,
            user,
            id,
            version,
            async (db, institution) => institution.IsHome
                ? "The home institution cannot be deleted."
                : Deleting.Refusal(await DirectoryReferences.OfInstitutionAsync(db, id, cancellationToken), "this institution", "merge it into another record or archive it instead"),
            cancellationToken,
            (db, _) => db.Units.Include(u => u.Facilities).Where(u => u.InstitutionId == id).LoadAsync(cancellationToken));

    private async Task<SaveOutcome> SaveAsync(ClaimsPrincipal user, int? id, Guid version, InstitutionInput input, CancellationToken cancellationToken)
    {
        if (await Saving.RefusalAsync(user, validator, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var institution = await Saving.NewOrStoredAsync(db, db.Institutions, id, version, cancellationToken);
        if (institution is null)
        {
            return SaveOutcome.NotFound;
        }

        if (await RuleOutcomeAsync(db, institution, input, user, cancellationToken) is { } refused)
        {
            return refused;
        }

        Apply(input, institution);
        if (input.ParentId is int parentId && institution.ParentId != parentId)
        {
            institution.SetParent(await db.Institutions.SingleAsync(i => i.Id == parentId, cancellationToken));
        }
        else if (input.ParentId is null && institution.ParentId is not null)
        {
            institution.SetParent(null);
        }

        return await Saving.CommitAsync(db, institution, cancellationToken);
    }

    /// <summary>Rules that need the database: the parent exists and is no descendant; one home institution, set by administrators.</summary>
    private static async Task<SaveOutcome?> RuleOutcomeAsync(PortalDbContext db, Institution institution, InstitutionInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (input.ParentId is int parentId)
        {
            var ancestor = (int?)parentId;
            var steps = 0;
            while (ancestor is int current)
            {
                if (current == institution.Id)
                {
                    return SaveOutcome.Invalid(nameof(InstitutionInput.ParentId), "An institution cannot be placed under itself or under one of the institutions it contains.");
                }

                var next = await db.Institutions.AsNoTracking().Where(i => i.Id == current).Select(i => new { i.ParentId }).SingleOrDefaultAsync(cancellationToken);
                if (next is null)
                {
                    return SaveOutcome.Invalid(nameof(InstitutionInput.ParentId), "The parent institution no longer exists; choose another.");
                }

                ancestor = next.ParentId;
                if (++steps > 50)
                {
                    break;
                }
            }
        }

        if (input.IsHome != institution.IsHome)
        {
            if (!PortalAccess.CanAdminister(user))
            {
                return SaveOutcome.Invalid(nameof(InstitutionInput.IsHome), "Only an administrator can change which institution is the home institution.");
            }

            if (input.IsHome && await db.Institutions.AnyAsync(i => i.IsHome && i.Id != institution.Id, cancellationToken))
            {
                return SaveOutcome.Invalid(nameof(InstitutionInput.IsHome), "Another institution is already the home institution.");
            }
        }

        return null;
    }

    private static void Apply(InstitutionInput input, Institution institution)
    {
        institution.Name = input.Name.Trim();
        institution.OriginalName = Saving.Clean(input.OriginalName);
        institution.Acronym = Saving.Clean(input.Acronym);
        institution.Kind = input.Kind;
        institution.CountryCode = input.CountryCode;
        institution.Region = Saving.Clean(input.Region);
        institution.City = Saving.Clean(input.City);
        institution.Website = Saving.Clean(input.Website);
        institution.RorId = Saving.Clean(input.RorId);
        institution.IsHome = input.IsHome;
        institution.RelationshipStatus = input.RelationshipStatus;
    }

}
