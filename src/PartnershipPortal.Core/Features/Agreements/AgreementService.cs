using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Reference;

namespace PartnershipPortal.Core.Features.Agreements;

/// <summary>Reads cooperation agreements: the list with its filters, and an agreement's page.</summary>
public sealed class AgreementService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public static readonly SortMap<CooperationAgreement> Sorts = new SortMap<CooperationAgreement>(a => a.Id)
        .Add("title", a => a.Title, isDefault: true)
        .Add("kind", a => a.Kind)
        .Add("status", a => a.Status)
        .Add("signed", a => a.SignedOn)
        .Add("expires", a => a.ExpiresOn);

    public Task<Page<AgreementRow>> ListAsync(ListRequest request, CancellationToken cancellationToken = default) =>
        ListAsync(request, AgreementFilter.None, cancellationToken);

    public async Task<Page<AgreementRow>> ListAsync(ListRequest request, AgreementFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db.Agreements.AsNoTracking(), filter);
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

    /// <summary>The list's filters, each applied in the database.</summary>
    private IQueryable<CooperationAgreement> Filtered(IQueryable<CooperationAgreement> query, AgreementFilter filter)
    {
        if (filter.ExpiringWithinDays is int days)
        {
            // From today to the day N days ahead, both included: an agreement is in force on its expiry date.
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var horizon = today.AddDays(days);
            query = query.Where(a => a.ExpiresOn != null && a.ExpiresOn >= today && a.ExpiresOn <= horizon);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        if (filter.PartyId is int partyId)
        {
            query = query.Where(a => a.Parties.Any(p => p.InstitutionId == partyId));
        }

        if (filter.CountryCode is { Length: 2 } country)
        {
            query = query.Where(a => a.Parties.Any(p => p.Institution!.CountryCode == country));
        }

        if (filter.UnitId is int unitId)
        {
            query = query.Where(a => a.ResponsibleUnitId == unitId);
        }

        if (filter.FieldCode is { Length: > 0 } field)
        {
            query = query.Where(a => a.Fields.Any(f => f.IscedCode.StartsWith(field)));
        }

        if (filter.FrameworkId is int frameworkId)
        {
            query = query.Where(a => a.Frameworks.Any(f => f.FrameworkId == frameworkId));
        }

        return query;
    }

    public async Task<AgreementDetails?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agreement = await db.Agreements.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.Title, a.Kind, a.Status, a.SignedOn, a.EffectiveOn, a.ExpiresOn, a.Notes, a.Version,
                ResponsibleUnit = a.ResponsibleUnit!.Name,
                ResponsibleAccount = a.ResponsibleUser!.DisplayName,
                a.ResponsiblePersonId, ResponsiblePerson = a.ResponsiblePerson!.FullName,
                a.RenewsAgreementId, Renews = a.RenewsAgreement!.Title,
                Parties = a.Parties.OrderBy(p => p.Order)
                    .Select(p => new AgreementPartyView(p.InstitutionId, p.Institution!.Name, p.Institution.CountryCode, p.Institution.Kind,
                        p.Signatories.OrderBy(s => s.Order).Select(s => new SignatoryView(s.PersonId, s.PersonId != null ? s.Person!.FullName : s.Name, s.Position, s.SignedOn)).ToList()))
                    .ToList(),
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
            followUps)
        {
            Version = agreement.Version,
            ResponsibleAccount = agreement.ResponsibleAccount,
        };
    }
}

public sealed record AgreementRow(
    int Id, string Title, AgreementKind Kind, AgreementStatus Status, DateOnly? SignedOn, DateOnly? ExpiresOn, IReadOnlyList<string> Parties);

public sealed record AgreementDetails(
    int Id, string Title, AgreementKind Kind, AgreementStatus Status, DateOnly? SignedOn, DateOnly? EffectiveOn, DateOnly? ExpiresOn,
    string? Notes, string? ResponsibleUnit, PersonLink? ResponsiblePerson, AgreementRef? Renews, IReadOnlyList<AgreementLink> RenewedBy,
    IReadOnlyList<AgreementPartyView> Parties, IReadOnlyList<FieldView> Fields, IReadOnlyList<string> Frameworks,
    IReadOnlyList<VisitLink> Visits, IReadOnlyList<FollowUpView> FollowUps)
{
    /// <summary>The version a lifecycle move must match.</summary>
    public Guid Version { get; init; }

    /// <summary>The account that receives the expiry reminders.</summary>
    public string? ResponsibleAccount { get; init; }
}

public sealed record AgreementRef(int Id, string Title);

public sealed record AgreementPartyView(int InstitutionId, string Name, string CountryCode, InstitutionKind Kind, IReadOnlyList<SignatoryView> Signatories);

/// <summary>Someone who signed for a party: a recorded person (with their id) or a name as written.</summary>
public sealed record SignatoryView(int? PersonId, string? Name, string? Position, DateOnly? SignedOn);

/// <summary>
/// The list's filters besides text: expiring within N days from today, status, kind, a party, the country of
/// any party, the responsible unit, a field (a code matches its narrower fields too: "07" finds "0715") and a framework.
/// </summary>
public sealed record AgreementFilter(
    int? ExpiringWithinDays = null, AgreementStatus? Status = null, AgreementKind? Kind = null, int? PartyId = null,
    string? CountryCode = null, int? UnitId = null, string? FieldCode = null, int? FrameworkId = null)
{
    public const int MaxExpiringWithinDays = 3650;

    public static AgreementFilter None { get; } = new();

    /// <summary>
    /// Reads "expiring within N days" as the address gives it. Empty means no such filter; anything but a
    /// whole number from 1 to 3650 gives the message to show beside the filter, and no filter.
    /// </summary>
    public static string? ParseExpiringWithin(string? text, out int? days)
    {
        days = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value is >= 1 and <= MaxExpiringWithinDays)
        {
            days = value;
            return null;
        }

        return $"Enter a whole number of days from 1 to {MaxExpiringWithinDays}.";
    }
}
