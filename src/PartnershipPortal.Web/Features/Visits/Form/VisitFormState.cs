using FluentValidation;
using PartnershipPortal.Core.Features.Frameworks;
using PartnershipPortal.Core.Features.Visits;

namespace PartnershipPortal.Web.Features.Visits.Form;

/// <summary>
/// What the steps of the visit form share: the input being typed (never replaced by a save's answer), the
/// names shown beside its ids, and the messages beside its fields. Messages come from the same validator the
/// service uses, run over the whole input, and from the service's own answer; a step shows its messages
/// once the user has left it or tried to save, and a step with messages is marked.
/// </summary>
public sealed class VisitFormState(VisitInput input, IValidator<VisitInput> validator)
{
    public const int StepCount = 7;

    private readonly HashSet<int> _shownSteps = [];
    private IReadOnlyDictionary<string, string[]> _client = new Dictionary<string, string[]>();
    private IReadOnlyDictionary<string, string[]> _server = new Dictionary<string, string[]>();

    public VisitInput Input { get; } = input;

    public Dictionary<int, InstitutionOption> Institutions { get; } = [];

    public Dictionary<int, PersonOption> People { get; } = [];

    public Dictionary<int, string> Units { get; } = [];

    /// <summary>Units of the host institution, for hosts known by role.</summary>
    public IReadOnlyList<(int Id, string Name)> HostUnits { get; set; } = [];

    /// <summary>Facilities of the host and of the institutions represented, for tours.</summary>
    public IReadOnlyList<FacilityOption> Facilities { get; set; } = [];

    public IReadOnlyList<FrameworkOption> Frameworks { get; set; } = [];

    public DelegationInput? Delegation => Input.Delegation;

    /// <summary>The step a field belongs to, from its path ("Delegation.Members[2].PersonId" is step 1).</summary>
    public static int StepOf(string path)
    {
        var root = path.Split('.', '[')[0];
        return root switch
        {
            nameof(VisitInput.Delegation) => 1,
            nameof(VisitInput.Hosts) => 2,
            nameof(VisitInput.AgendaItems) => 3,
            nameof(VisitInput.FieldsOfInterest) or nameof(VisitInput.CooperationInterests) or nameof(VisitInput.FrameworkIds) => 4,
            nameof(VisitInput.Summary) or nameof(VisitInput.Outcomes) or nameof(VisitInput.Quotations) => 5,
            "" => StepCount - 1,
            _ => 0,
        };
    }

    public bool Has(string path) => Messages(path).Any();

    public string? Text(string path) => Has(path) ? string.Join(" ", Messages(path)) : null;

    /// <summary>Messages not tied to a field (a rule of the whole visit).</summary>
    public string? General => Text(string.Empty);

    public bool StepHasErrors(int step) =>
        _shownSteps.Contains(step) && _client.Keys.Concat(_server.Keys).Any(path => StepOf(path) == step);

    /// <summary>The first step with a message, for taking the user there after a refused save.</summary>
    public int? FirstStepWithErrors() =>
        Enumerable.Range(0, StepCount).Cast<int?>().FirstOrDefault(step => StepHasErrors(step!.Value));

    /// <summary>Shows the messages of <paramref name="step"/> from now on and checks the input again.</summary>
    public void ShowStep(int step)
    {
        _shownSteps.Add(step);
        Check();
    }

    public void ShowAll()
    {
        for (var step = 0; step < StepCount; step++)
        {
            _shownSteps.Add(step);
        }

        Check();
    }

    /// <summary>Runs the validator over the whole input again; the service's last answer stays until the next save.</summary>
    public bool Check()
    {
        var result = validator.Validate(Input);
        _client = result.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return result.IsValid;
    }

    /// <summary>After a change: refreshes the messages if any are shown, so a corrected field loses its message.</summary>
    public void Changed()
    {
        if (_shownSteps.Count > 0)
        {
            Check();
        }
    }

    public void SetServerErrors(IReadOnlyDictionary<string, string[]>? errors)
    {
        _server = errors ?? new Dictionary<string, string[]>();
        ShowAll();
    }

    public void ClearServerErrors() => _server = new Dictionary<string, string[]>();

    public string InstitutionName(int id) => Institutions.TryGetValue(id, out var institution) ? institution.Name : $"#{id}";

    public string PersonName(int? id) => id is int personId && People.TryGetValue(personId, out var person) ? person.FullName : string.Empty;

    public string UnitName(int? id) => id is int unitId && Units.TryGetValue(unitId, out var unit) ? unit : string.Empty;

    public FrameworkOption? Framework(int id) => Frameworks.FirstOrDefault(f => f.Id == id);

    /// <summary>Institutions whose facilities can be toured: the host and those represented (also through a member).</summary>
    public IReadOnlyCollection<int> InvolvedInstitutions() =>
        (Delegation?.InstitutionIds ?? [])
            .Concat((Delegation?.Members ?? []).Select(m => People.GetValueOrDefault(m.PersonId)?.InstitutionId).OfType<int>())
            .Append(Input.HostInstitutionId)
            .Where(id => id > 0)
            .ToHashSet();

    private IEnumerable<string> Messages(string path) =>
        (_shownSteps.Contains(StepOf(path)) ? _client.GetValueOrDefault(path) ?? [] : [])
            .Concat(_server.GetValueOrDefault(path) ?? [])
            .Distinct();
}
