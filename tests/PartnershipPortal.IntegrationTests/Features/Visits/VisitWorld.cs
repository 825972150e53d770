using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.IntegrationTests.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Features.Visits;

/// <summary>
/// Everything the reference visit refers to (XYPI with its units and facilities, Wu Xujin, the five
/// organisations of the delegation and their four named members, the three frameworks), stored without
/// the visit itself, so that tests record the visit through the editor as the form would.
/// </summary>
public sealed record VisitWorld(
    int Xypi, int AutomotiveSchool, int MedicalSchool, int InternationalOffice, int CncCenter, int NewEnergyVehicleLab, int HumanScienceMuseum,
    int WuXujin, IReadOnlyList<int> Partners, IReadOnlyList<int> Members, IReadOnlyList<int> Frameworks, int Stranger, int StrangersLab)
{
    public static Task<VisitWorld> SeedOnceAsync(TestStore store) => store.SeedOnceAsync("visit-world", async db =>
    {
        var reference = ReferenceVisit.Create();
        db.Institutions.AddRange(reference.Institutions);
        db.People.Add(reference.WuXujin);
        db.People.AddRange(reference.NamedMembers);
        db.Frameworks.AddRange(reference.BeltAndRoad, reference.QinlingWorkshop, reference.VocationalStandards);
        var stranger = new Institution { Name = "Karaganda Technical University", Kind = InstitutionKind.University, CountryCode = "KZ" };
        var lab = stranger.AddUnit("Faculty of Mining", UnitKind.Faculty).AddFacility("Mine rescue training ground");
        db.Institutions.Add(stranger);
        await db.SaveChangesAsync();
        return new VisitWorld(
            reference.Xypi.Id, reference.AutomotiveSchool.Id, reference.MedicalSchool.Id, reference.InternationalOffice.Id,
            reference.CncCenter.Id, reference.NewEnergyVehicleLab.Id, reference.HumanScienceMuseum.Id, reference.WuXujin.Id,
            [reference.Erg.Id, reference.Ektu.Id, reference.OrientalCollege.Id, reference.AktobeCollege.Id, reference.ShangpinShuren.Id],
            reference.NamedMembers.Select(m => m.Id).ToList(),
            [reference.BeltAndRoad.Id, reference.QinlingWorkshop.Id, reference.VocationalStandards.Id],
            stranger.Id, lab.Id);
    });

    /// <summary>
    /// The reference visit as the stepper sends it: the words come from <see cref="ReferenceVisit"/>, the
    /// ids from the records stored. The talks get times, which the source does not give, to cover them.
    /// </summary>
    public VisitInput ReferenceInput()
    {
        var words = ReferenceVisit.Create().Visit;
        int?[] hostUnits = [null, AutomotiveSchool, MedicalSchool, InternationalOffice];
        int?[] toured = [null, CncCenter, NewEnergyVehicleLab, HumanScienceMuseum];
        return new VisitInput
        {
            Title = words.Title,
            Direction = words.Direction,
            StartDate = words.StartDate,
            EndDate = words.EndDate,
            TimeZoneId = words.TimeZoneId,
            HostInstitutionId = Xypi,
            Place = words.Place,
            Status = words.Status,
            Summary = "A 15-member delegation from Kazakhstan visited the institute to strengthen educational and industrial ties.",
            Delegation = new DelegationInput
            {
                Title = words.Delegation!.Title,
                DeclaredSize = words.Delegation.DeclaredSize,
                InstitutionIds = [.. Partners],
                Members = Members.Select(id => new DelegationMemberInput { PersonId = id }).ToList(),
                HeadPersonId = Members[0],
            },
            Hosts = words.Hosts.Select((h, i) => new VisitHostInput
            {
                PersonId = h.Person is null ? null : WuXujin, RoleDescription = h.RoleDescription, UnitId = hostUnits[i], LeadsTalks = h.LeadsTalks,
            }).ToList(),
            AgendaItems = words.AgendaItems.Select((a, i) => new AgendaItemInput
            {
                Date = a.Date, Kind = a.Kind, Title = a.Title, FacilityId = toured[i],
                StartTime = i == 0 ? new TimeOnly(9, 30) : null, EndTime = i == 0 ? new TimeOnly(11, 0) : null,
            }).ToList(),
            FieldsOfInterest = words.FieldsOfInterest.Select(f => new FieldOfInterestInput { IscedCode = f.IscedCode, Wording = f.Wording }).ToList(),
            CooperationInterests = words.CooperationInterests.Select(c => new CooperationInterestInput { Kind = c.Kind, Wording = c.Wording }).ToList(),
            FrameworkIds = [.. Frameworks],
            Outcomes = words.Outcomes.Select(o => o.Text).ToList(),
            Quotations = words.Quotations.Select(q => new QuotationInput { Text = q.Text, SpeakerPersonId = WuXujin }).ToList(),
        };
    }
}
