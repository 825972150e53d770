namespace PartnershipPortal.Core.Domain;

/// <summary>A memorandum or agreement binding two or more institutions (companies allowed).</summary>
public class CooperationAgreement : Entity, ISearchable
{
    public const int TitleMaxLength = 300;

    public string Title { get; set; } = string.Empty;

    public AgreementKind Kind { get; set; }

    public AgreementStatus Status { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly? EffectiveOn { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public int? ResponsibleUnitId { get; set; }

    public OrganisationalUnit? ResponsibleUnit { get; set; }

    public int? ResponsiblePersonId { get; set; }

    public Person? ResponsiblePerson { get; set; }

    /// <summary>The agreement this one renews.</summary>
    public int? RenewsAgreementId { get; set; }

    public CooperationAgreement? RenewsAgreement { get; set; }

    public string? Notes { get; set; }

    public string SearchText { get; private set; } = string.Empty;

    public List<AgreementParty> Parties { get; } = [];

    public List<AgreementField> Fields { get; } = [];

    public List<AgreementFramework> Frameworks { get; } = [];

    public List<AgreementVisit> Visits { get; } = [];

    public void SetTerm(DateOnly? effectiveOn, DateOnly? expiresOn)
    {
        if (effectiveOn is not null && expiresOn is not null && expiresOn <= effectiveOn)
        {
            throw new DomainException("An agreement must expire after it takes effect.");
        }

        EffectiveOn = effectiveOn;
        ExpiresOn = expiresOn;
    }

    public AgreementParty AddParty(Institution institution)
    {
        if (Parties.Any(p => ReferenceEquals(p.Institution, institution) || (institution.Id != 0 && p.InstitutionId == institution.Id)))
        {
            throw new DomainException($"{institution.Name} is already a party to this agreement.");
        }

        var party = new AgreementParty { Institution = institution, InstitutionId = institution.Id, Order = Parties.Count };
        Parties.Add(party);
        return party;
    }

    /// <summary>Checked before an agreement is saved: a cooperation agreement binds at least two parties.</summary>
    public void EnsureComplete()
    {
        var distinct = Parties
            .Select(p => p.Institution is { } i && i.Id == 0 ? (object)i : p.InstitutionId)
            .Distinct()
            .Count();
        if (distinct < 2)
        {
            throw new DomainException("An agreement needs at least two distinct parties.");
        }
    }

    public void AddField(string iscedCode)
    {
        if (Fields.All(f => f.IscedCode != iscedCode))
        {
            Fields.Add(new AgreementField { IscedCode = iscedCode });
        }
    }

    public void AddFramework(FrameworkProgramme framework) =>
        Frameworks.Add(new AgreementFramework { Framework = framework, FrameworkId = framework.Id });

    public void LinkVisit(Visit visit) => Visits.Add(new AgreementVisit { Visit = visit, VisitId = visit.Id });

    public void RefreshSearchText() => SearchText = SearchFolding.Combine(Title);
}

public class AgreementParty
{
    public int Id { get; set; }

    public int AgreementId { get; set; }

    public int InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    public int Order { get; set; }
}

public class AgreementField
{
    public int AgreementId { get; set; }

    public string IscedCode { get; set; } = string.Empty;
}

public class AgreementFramework
{
    public int AgreementId { get; set; }

    public int FrameworkId { get; set; }

    public FrameworkProgramme? Framework { get; set; }
}

public class AgreementVisit
{
    public int AgreementId { get; set; }

    public int VisitId { get; set; }

    public Visit? Visit { get; set; }
}
