using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Visits;

/// <summary>
/// A visit as a form sends it: when and where, who hosted, what happened, what the guests were
/// interested in, and what came of it. The lists are the rows of the form, in their order.
/// </summary>
public sealed class VisitInput
{
    public string Title { get; set; } = string.Empty;

    public VisitDirection Direction { get; set; } = VisitDirection.Inbound;

    /// <summary>Empty until chosen; both dates are required.</summary>
    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>IANA time zone of the place ("Asia/Shanghai").</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public int HostInstitutionId { get; set; }

    public string? Place { get; set; }

    public VisitStatus Status { get; set; } = VisitStatus.Planned;

    public string? Summary { get; set; }

    /// <summary>The visiting (or travelling) delegation, when there is one.</summary>
    public DelegationInput? Delegation { get; set; }

    public List<VisitHostInput> Hosts { get; set; } = [];

    public List<AgendaItemInput> AgendaItems { get; set; } = [];

    public List<FieldOfInterestInput> FieldsOfInterest { get; set; } = [];

    public List<CooperationInterestInput> CooperationInterests { get; set; } = [];

    public List<int> FrameworkIds { get; set; } = [];

    public List<string> Outcomes { get; set; } = [];

    public List<QuotationInput> Quotations { get; set; } = [];
}

/// <summary>A host: a person, or someone known only by role ("dean of the Medical School"), who is then not recorded as a person.</summary>
public sealed class VisitHostInput
{
    public int? PersonId { get; set; }

    public string? RoleDescription { get; set; }

    public int? UnitId { get; set; }

    public bool LeadsTalks { get; set; }
}

public sealed class AgendaItemInput
{
    /// <summary>The limit of the notes column.</summary>
    public const int NotesMaxLength = 4000;

    public DateOnly Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public AgendaItemKind Kind { get; set; } = AgendaItemKind.Meeting;

    public string Title { get; set; } = string.Empty;

    public string? Notes { get; set; }

    /// <summary>The facility toured; required for a facility tour.</summary>
    public int? FacilityId { get; set; }
}

public sealed class FieldOfInterestInput
{
    /// <summary>The limit of the wording column.</summary>
    public const int WordingMaxLength = 200;

    /// <summary>A detailed ISCED-F 2013 code ("0715").</summary>
    public string IscedCode { get; set; } = string.Empty;

    /// <summary>The source's own words beside the code ("advanced manufacturing").</summary>
    public string? Wording { get; set; }
}

public sealed class CooperationInterestInput
{
    /// <summary>The limit of the wording column.</summary>
    public const int WordingMaxLength = 200;

    public CooperationKind Kind { get; set; } = CooperationKind.JointResearch;

    public string? Wording { get; set; }
}

public sealed class QuotationInput
{
    /// <summary>The limit of the speaker description column.</summary>
    public const int SpeakerDescriptionMaxLength = 200;

    public string Text { get; set; } = string.Empty;

    public int? SpeakerPersonId { get; set; }

    /// <summary>Who spoke, when not a recorded person ("a representative of ERG").</summary>
    public string? SpeakerDescription { get; set; }
}
