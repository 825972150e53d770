using MudBlazor;
using Microsoft.AspNetCore.Components;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Institutions;
using PartnershipPortal.Core.Features.Reviews;

namespace PartnershipPortal.Web.Features.Reviews;

/// <summary>A dean writes a review of a partner for one of their units; the partner's profile then shows it.</summary>
public sealed partial class ReviewEdit
{
    private readonly ReviewInput _input = new() { StrategicFit = 3, AcademicQuality = 3, Activity = 3, Reliability = 3 };
    private MudForm? _form;
    private InstitutionLink? _partner;
    private IReadOnlyList<UnitSummary> _units = [];

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "institution")]
    public int? InstitutionParameter { get; set; }

    [SupplyParameterFromQuery(Name = "unit")]
    public int? UnitParameter { get; set; }

    private DateTime? ReviewedOn
    {
        get => _input.ReviewedOn?.ToDateTime(TimeOnly.MinValue);
        set => _input.ReviewedOn = value is { } date ? DateOnly.FromDateTime(date) : null;
    }

    private IEnumerable<(string Label, Func<int> Get, EventCallback<int> Set, string Field)> Ratings =>
    [
        (L["Reviews_StrategicFit"], () => _input.StrategicFit, EventCallback.Factory.Create<int>(this, v => _input.StrategicFit = v), nameof(ReviewInput.StrategicFit)),
        (L["Reviews_AcademicQuality"], () => _input.AcademicQuality, EventCallback.Factory.Create<int>(this, v => _input.AcademicQuality = v), nameof(ReviewInput.AcademicQuality)),
        (L["Reviews_Activity"], () => _input.Activity, EventCallback.Factory.Create<int>(this, v => _input.Activity = v), nameof(ReviewInput.Activity)),
        (L["Reviews_Reliability"], () => _input.Reliability, EventCallback.Factory.Create<int>(this, v => _input.Reliability = v), nameof(ReviewInput.Reliability)),
    ];

    protected override async Task OnInitializedAsync()
    {
        _units = await Reviews.ReviewUnitChoicesAsync(await UserAsync());
        _input.UnitId = UnitParameter is int unit && _units.Any(u => u.Id == unit) ? unit : _units.Count > 0 ? _units[0].Id : 0;
        _input.ReviewedOn = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        if (InstitutionParameter is int id && await Institutions.GetAsync(id) is { } partner)
        {
            _partner = new InstitutionLink(partner.Id, partner.Name);
            _input.InstitutionId = partner.Id;
        }
    }

    private async Task SaveAsync()
    {
        ClearAnswers();
        await _form!.ValidateAsync();
        var checkedInput = await Validator.ValidateAsync(_input);
        if (!checkedInput.IsValid)
        {
            Errors.Set(SaveOutcome.Invalid(checkedInput.Errors).Errors!);
            Message = L["Form_FixFields"];
            return;
        }

        Saving = true;
        var outcome = await Reviews.WriteAsync(await UserAsync(), _input);
        Saving = false;
        Show(outcome, $"/institutions/{_input.InstitutionId}");
    }
}
