using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Reference;

namespace PartnershipPortal.Core.Features.Agreements;

/// <summary>Reads cooperation agreements: the list and an agreement's page.</summary>
public sealed class AgreementService(IDbContextFactory<PortalDbContext> contexts)
{
    public static readonly SortMap<CooperationAgreement> Sorts = new SortMap<CooperationAgreement>(a => a.Id)
        .Add("title", a => a.Title, isDefault: true)
        .Add("kind", a => a.Kind)
        .Add("status", a => a.Status)
        .Add("signed", a => a.SignedOn)
        .Add("expires", a => a.ExpiresOn);

    public async Task<Page<AgreementRow>> ListAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Agreements.AsNoTracking();
        var text = request.FoldedText;
        if (text.Length > 0)
        {
            query = query.Where(a => a.SearchText.Contains(text) || a.Parties.Any(p => p.Institution!.SearchText.Contains(text)));
        }

        var page = await query.ToPageAsync(Sorts, request, a => new AgreementRow(
            a.Id, a.Title, a.Kind, a.Status, a.SignedOn, a.ExpiresOn, Array.Empty<string>()), cancellationToken);

        // Parties are read for the rows of this page only, in one query, rather than joined into the page query.
        var ids = page.Items.Select(r => r.Id).ToList();
        var parties = await db.Set<AgreementParty>().AsNoTracking()
            .Where(p => ids.Contains(p.AgreementId))
            .OrderBy(p => p.Order)
            .Select(p => new { p.AgreementId, Name = p.Institution!.Acronym ?? p.Institution.Name })
            .ToListAsync(cancellationToken);
        var byAgreement = parties.ToLookup(p => p.AgreementId, p => p.Name);
        return page with { Items = page.Items.Select(r => r with { Parties = byAgreement[r.Id].ToList() }).ToList() };
    }

    public async Task<AgreementDetails?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agreement = await db.Agreements.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.Title, a.Kind, a.Status, a.SignedOn, a.EffectiveOn, a.ExpiresOn, a.Notes,
                ResponsibleUnit = a.ResponsibleUnit!.Name,
                a.ResponsiblePersonId, ResponsiblePerson = a.ResponsiblePerson!.FullName,
                a.RenewsAgreementId, Renews = a.RenewsAgreement!.Title,
                Parties = a.Parties.OrderBy(p => p.Order)
                    .Select(p => new AgreementPartyView(p.InstitutionId, p.Institution!.Name, p.Institution.CountryCode, p.Institution.Kind)).ToList(),
                Fields = a.Fields.Select(f => f.IscedCode).ToList(),
                Frameworks = a.Frameworks.Select(f => f.Framework!.Name).ToList(),
                Visits = a.Visits.Select(v => new VisitLink(v.VisitId, v.Visit!.Title, v.Visit.Direction, v.Visit.StartDate, v.Visit.EndDate, v.Visit.Status, false)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (agreement is null)
        {
            return null;
        }

        var renewedBy = await db.Agreements.AsNoTracking()
            .Where(a => a.RenewsAgreementId == id)
            .Select(a => new AgreementLink(a.Id, a.Title, a.Kind, a.Status, a.ExpiresOn))
            .ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.AgreementId == id)
            .OrderBy(f => f.DueOn == null).ThenBy(f => f.DueOn).ThenBy(f => f.Id)
            .Select(f => new FollowUpView(f.Id, f.Title, f.Owner!.FullName, f.DueOn, f.Status))
            .ToListAsync(cancellationToken);

        return new AgreementDetails(
            agreement.Id, agreement.Title, agreement.Kind, agreement.Status, agreement.SignedOn, agreement.EffectiveOn, agreement.ExpiresOn,
            agreement.Notes, agreement.ResponsibleUnit,
            agreement.ResponsiblePersonId is null ? null : new PersonLink(agreement.ResponsiblePersonId.Value, agreement.ResponsiblePerson, null),
            agreement.RenewsAgreementId is null ? null : new AgreementRef(agreement.RenewsAgreementId.Value, agreement.Renews),
            renewedBy, agreement.Parties,
            agreement.Fields.Order(StringComparer.Ordinal).Select(c => new FieldView(c, IscedCatalog.NameOf(c), null)).ToList(),
            agreement.Frameworks.Order(StringComparer.Ordinal).ToList(),
            agreement.Visits.OrderBy(v => v.StartDate).ToList(),
            followUps);
    }
}

public sealed record AgreementRow(
    int Id, string Title, AgreementKind Kind, AgreementStatus Status, DateOnly? SignedOn, DateOnly? ExpiresOn, IReadOnlyList<string> Parties);

public sealed record AgreementDetails(
    int Id, string Title, AgreementKind Kind, AgreementStatus Status, DateOnly? SignedOn, DateOnly? EffectiveOn, DateOnly? ExpiresOn,
    string? Notes, string? ResponsibleUnit, PersonLink? ResponsiblePerson, AgreementRef? Renews, IReadOnlyList<AgreementLink> RenewedBy,
    IReadOnlyList<AgreementPartyView> Parties, IReadOnlyList<FieldView> Fields, IReadOnlyList<string> Frameworks,
    IReadOnlyList<VisitLink> Visits, IReadOnlyList<FollowUpView> FollowUps);

public sealed record AgreementRef(int Id, string Title);

public sealed record AgreementPartyView(int InstitutionId, string Name, string CountryCode, InstitutionKind Kind);
