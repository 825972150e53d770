namespace PartnershipPortal.Core.Domain;

/// <summary>
/// A delegation received (inbound) or sent (outbound): when and where, who hosted, what happened, what
/// the guests were interested in, and what came of it.
/// </summary>
public class Visit : Entity, ISearchable
{
    public const int TitleMaxLength = 300;
    public const int PlaceMaxLength = 300;
    public const int TextMaxLength = 8000;

    public string Title { get; set; } = string.Empty;

    public VisitDirection Direction { get; set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    /// <summary>IANA time zone of the place, for timed agenda items and calendar files.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public int HostInstitutionId { get; set; }

    public Institution? HostInstitution { get; set; }

    public string? Place { get; set; }

    public VisitStatus Status { get; set; }

    public int? DelegationId { get; set; }

    public Delegation? Delegation { get; set; }

    public string? Summary { get; set; }

    public string SearchText { get; private set; } = string.Empty;

    public List<VisitHost> Hosts { get; } = [];

    public List<AgendaItem> AgendaItems { get; } = [];

    public List<VisitFieldOfInterest> FieldsOfInterest { get; } = [];

    public List<VisitCooperationInterest> CooperationInterests { get; } = [];

    public List<VisitFramework> Frameworks { get; } = [];

    public List<VisitOutcome> Outcomes { get; } = [];

    public List<Quotation> Quotations { get; } = [];

    public void Schedule(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new DomainException("A visit cannot end before it starts.");
        }

        if (AgendaItems.Any(a => a.Date < start || a.Date > end))
        {
            throw new DomainException("Every agenda item must fall within the visit's dates.");
        }

        StartDate = start;
        EndDate = end;
    }

    public VisitHost AddHost(Person person, OrganisationalUnit? unit = null, bool leads = false) =>
        AddHostCore(new VisitHost { Person = person, Unit = unit ?? person.Unit, LeadsTalks = leads });

    /// <summary>A host known only by role ("dean of the Medical School"): recorded, but not as a person.</summary>
    public VisitHost AddHostByRole(string roleDescription, OrganisationalUnit? unit = null)
    {
        if (string.IsNullOrWhiteSpace(roleDescription))
        {
            throw new DomainException("A host without a name needs a role description.");
        }

        return AddHostCore(new VisitHost { RoleDescription = roleDescription.Trim(), Unit = unit });
    }

    private VisitHost AddHostCore(VisitHost host)
    {
        host.Order = Hosts.Count;
        Hosts.Add(host);
        return host;
    }

    public AgendaItem AddAgendaItem(DateOnly date, AgendaItemKind kind, string title, Facility? facility = null,
        TimeOnly? startTime = null, TimeOnly? endTime = null, string? notes = null)
    {
        if (date < StartDate || date > EndDate)
        {
            throw new DomainException("An agenda item must fall within the visit's dates.");
        }

        if (startTime is not null && endTime is not null && endTime < startTime)
        {
            throw new DomainException("An agenda item cannot end before it starts.");
        }

        if (kind == AgendaItemKind.FacilityTour && facility is null)
        {
            throw new DomainException("A facility tour names the facility toured.");
        }

        var item = new AgendaItem
        {
            Date = date,
            Kind = kind,
            Title = title,
            Facility = facility,
            StartTime = startTime,
            EndTime = endTime,
            Notes = notes,
            Order = AgendaItems.Count,
        };
        AgendaItems.Add(item);
        return item;
    }

    public void AddFieldOfInterest(string iscedCode, string? wording = null)
    {
        if (FieldsOfInterest.Any(f => f.IscedCode == iscedCode))
        {
            throw new DomainException($"Field {iscedCode} is already listed.");
        }

        FieldsOfInterest.Add(new VisitFieldOfInterest { IscedCode = iscedCode, Wording = wording, Order = FieldsOfInterest.Count });
    }

    public void AddCooperationInterest(CooperationKind kind, string? wording = null)
    {
        if (CooperationInterests.Any(c => c.Kind == kind && kind != CooperationKind.Other))
        {
            throw new DomainException($"{kind} is already listed.");
        }

        CooperationInterests.Add(new VisitCooperationInterest { Kind = kind, Wording = wording, Order = CooperationInterests.Count });
    }

    public void AddFramework(FrameworkProgramme framework)
    {
        if (Frameworks.Any(f => ReferenceEquals(f.Framework, framework) || (framework.Id != 0 && f.FrameworkId == framework.Id)))
        {
            return;
        }

        Frameworks.Add(new VisitFramework { Framework = framework, FrameworkId = framework.Id });
    }

    public VisitOutcome AddOutcome(string text)
    {
        var outcome = new VisitOutcome { Text = text, Order = Outcomes.Count };
        Outcomes.Add(outcome);
        return outcome;
    }

    public Quotation AddQuotation(string text, Person? speaker, string? speakerDescription = null)
    {
        if (speaker is null && string.IsNullOrWhiteSpace(speakerDescription))
        {
            throw new DomainException("A quotation names its speaker, by person or by description.");
        }

        var quotation = new Quotation { Text = text, Speaker = speaker, SpeakerDescription = speakerDescription, Order = Quotations.Count };
        Quotations.Add(quotation);
        return quotation;
    }

    public void RefreshSearchText() =>
        SearchText = SearchFolding.Combine(Title, Place, Delegation?.Title, HostInstitution?.Name, HostInstitution?.Acronym);
}

public class VisitHost
{
    public const int RoleMaxLength = 200;

    public int Id { get; set; }

    public int VisitId { get; set; }

    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    public string? RoleDescription { get; set; }

    public int? UnitId { get; set; }

    public OrganisationalUnit? Unit { get; set; }

    public bool LeadsTalks { get; set; }

    public int Order { get; set; }
}

public class AgendaItem
{
    public const int TitleMaxLength = 300;

    public int Id { get; set; }

    public int VisitId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public AgendaItemKind Kind { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Notes { get; set; }

    public int? FacilityId { get; set; }

    public Facility? Facility { get; set; }

    public int Order { get; set; }
}

public class VisitFieldOfInterest
{
    public int Id { get; set; }

    public int VisitId { get; set; }

    public string IscedCode { get; set; } = string.Empty;

    /// <summary>The source's own words beside the code ("advanced manufacturing").</summary>
    public string? Wording { get; set; }

    public int Order { get; set; }
}

public class VisitCooperationInterest
{
    public int Id { get; set; }

    public int VisitId { get; set; }

    public CooperationKind Kind { get; set; }

    public string? Wording { get; set; }

    public int Order { get; set; }
}

public class VisitFramework
{
    public int VisitId { get; set; }

    public int FrameworkId { get; set; }

    public FrameworkProgramme? Framework { get; set; }
}

public class VisitOutcome
{
    public int Id { get; set; }

    public int VisitId { get; set; }

    public string Text { get; set; } = string.Empty;

    public int Order { get; set; }
}

public class Quotation
{
    public int Id { get; set; }

    public int VisitId { get; set; }

    public string Text { get; set; } = string.Empty;

    public int? SpeakerPersonId { get; set; }

    public Person? Speaker { get; set; }

    public string? SpeakerDescription { get; set; }

    public int Order { get; set; }
}
