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

    /// <summary>The account answerable for the agreement: it receives the expiry reminders.</summary>
    public string? ResponsibleUserId { get; set; }

    public PortalUser? ResponsibleUser { get; set; }

    /// <summary>The agreement this one renews.</summary>
    public int? RenewsAgreementId { get; set; }

    public CooperationAgreement? RenewsAgreement { get; set; }

    public string? Notes { get; set; }

    public string SearchText { get; private set; } = string.Empty;

    public List<AgreementParty> Parties { get; } = [];

    public List<AgreementField> Fields { get; } = [];

    public List<AgreementFramework> Frameworks { get; } = [];

    public List<AgreementVisit> Visits { get; } = [];

    /// <summary>Every change of status, oldest first: who, when and why.</summary>
    public List<AgreementTransition> Transitions { get; } = [];

    /// <summary>The lifecycle: the only moves an agreement's status may make.</summary>
    public static readonly IReadOnlyDictionary<AgreementStatus, AgreementStatus[]> AllowedTransitions = new Dictionary<AgreementStatus, AgreementStatus[]>
    {
        [AgreementStatus.Draft] = [AgreementStatus.UnderNegotiation],
        [AgreementStatus.UnderNegotiation] = [AgreementStatus.Signed, AgreementStatus.Draft],
        [AgreementStatus.Signed] = [AgreementStatus.Active, AgreementStatus.Terminated],
        [AgreementStatus.Active] = [AgreementStatus.Expired, AgreementStatus.Terminated, AgreementStatus.Renewed],
        [AgreementStatus.Expired] = [],
        [AgreementStatus.Terminated] = [],
        [AgreementStatus.Renewed] = [],
    };

    public static bool CanMove(AgreementStatus from, AgreementStatus to) =>
        AllowedTransitions.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>Moves the agreement along its lifecycle and records the move; refuses a move the lifecycle does not allow.</summary>
    public AgreementTransition MoveTo(AgreementStatus to, DateTimeOffset at, string? userId, string byName, string? reason)
    {
        if (!CanMove(Status, to))
        {
            throw new DomainException($"An agreement cannot move from {Status} to {to}.");
        }

        var transition = new AgreementTransition
        {
            From = Status,
            To = to,
            At = at,
            ByUserId = userId,
            ByName = byName,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
        Transitions.Add(transition);
        Status = to;
        return transition;
    }

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

/// <summary>One move of an agreement's status: from, to, who, when and why.</summary>
public class AgreementTransition
{
    public const int ReasonMaxLength = 1000;

    public int Id { get; set; }

    public int AgreementId { get; set; }

    public AgreementStatus From { get; set; }

    public AgreementStatus To { get; set; }

    public DateTimeOffset At { get; set; }

    public string? ByUserId { get; set; }

    /// <summary>The name of the account, or of the process ("Expiry check"), kept as written at the time.</summary>
    public string ByName { get; set; } = string.Empty;

    public string? Reason { get; set; }
}

/// <summary>Someone who signed for a party: a recorded person, or a name as written on the document.</summary>
public class AgreementSignatory
{
    public const int NameMaxLength = 200;
    public const int PositionMaxLength = 200;

    public int Id { get; set; }

    public int AgreementPartyId { get; set; }

    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>The signatory's name when they are not a recorded person.</summary>
    public string? Name { get; set; }

    public string? Position { get; set; }

    public DateOnly? SignedOn { get; set; }

    public int Order { get; set; }
}

public class AgreementParty
{
    public int Id { get; set; }

    public int AgreementId { get; set; }

    public int InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    public int Order { get; set; }

    public List<AgreementSignatory> Signatories { get; } = [];
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
