using System.Globalization;
using PartnershipPortal.Core.Domain;

namespace PartnershipPortal.Core.Features.Demo;

internal sealed partial class DemoSpread
{
    /// <summary>Follow-ups on the most recent past visits of the spread.</summary>
    public const int RecentVisitFollowUpCount = 11;

    /// <summary>Follow-ups preparing the next visits of the spread that still take place.</summary>
    public const int UpcomingVisitFollowUpCount = 7;

    /// <summary>An active agreement expiring within this many days gets a renewal follow-up.</summary>
    public const int RenewalHorizonDays = 180;

    private static readonly string[] InboundFollowUps =
    [
        "Send thank-you letters to the delegation of {0}",
        "Circulate the visit report to the deans",
        "Send {0} the proposals discussed during the visit",
        "Collect applications for the exchange with {0}",
        "Publish a news item on the visit of {0}",
    ];

    private static readonly string[] OutboundFollowUps =
    [
        "Submit the mission report on the visit to {0}",
        "Send {0} the list of proposed exchange students",
        "Share the presentations received at {0} with the schools",
    ];

    private void AddAgreements(List<SpreadVisit> visits)
    {
        var byKey = new Dictionary<string, CooperationAgreement>(StringComparer.Ordinal);
        foreach (var seed in DemoCatalog.Agreements)
        {
            var agreement = new CooperationAgreement
            {
                Title = seed.Title,
                Kind = seed.Kind,
                Status = seed.Status,
                SignedOn = DayOrNull(seed.SignedDay),
                ResponsibleUnit = _units[seed.UnitKey],
                ResponsiblePerson = _staff[seed.ResponsibleKey],
                Notes = seed.Notes,
            };
            agreement.SetTerm(DayOrNull(seed.EffectiveDay), DayOrNull(seed.ExpiresDay));
            agreement.AddParty(Home);
            var partners = seed.Partners.Select(k => _institutions[k]).ToList();
            foreach (var partner in partners)
            {
                agreement.AddParty(partner);
            }

            agreement.EnsureComplete();
            foreach (var code in seed.Fields)
            {
                agreement.AddField(code);
            }

            foreach (var framework in seed.Frameworks)
            {
                agreement.AddFramework(_frameworks[framework]);
            }

            var visit = seed.LinksReferenceVisit ? Reference.Visit : LatestVisitWith(visits, partners, agreement.SignedOn ?? _today);
            if (visit is not null)
            {
                agreement.LinkVisit(visit);
            }

            if (seed.Renews is not null)
            {
                var renewed = byKey[seed.Renews];
                agreement.RenewsAgreement = renewed;
                var filed = agreement.SignedOn!.Value.AddDays(14);
                AddFollowUp(FollowUpAction.ForAgreement(renewed, $"File the signed originals of the renewal with {ShortName(partners[0])}"),
                    agreement.ResponsiblePerson, filed, filed < _today ? FollowUpStatus.Done : FollowUpStatus.Open);
            }

            AddAgreementFollowUp(agreement, ShortName(partners[0]));
            byKey[seed.Key] = agreement;
            Agreements.Add(agreement);
        }
    }

    private static Visit? LatestVisitWith(List<SpreadVisit> visits, List<Institution> partners, DateOnly until) =>
        visits
            .Where(v => v.Visit.Status == VisitStatus.Completed && v.Visit.EndDate <= until && partners.Contains(v.Partner))
            .MaxBy(v => v.Visit.EndDate)?.Visit;

    /// <summary>What the office has to do next for an agreement, by its status; most active ones need nothing.</summary>
    private void AddAgreementFollowUp(CooperationAgreement agreement, string partner)
    {
        var owner = agreement.ResponsiblePerson!;
        switch (agreement.Status)
        {
            case AgreementStatus.Active when agreement.ExpiresOn <= Day(RenewalHorizonDays):
                var due = agreement.ExpiresOn.Value.AddDays(-60);
                var action = AddFollowUp(FollowUpAction.ForAgreement(agreement, $"Start renewal talks with {partner}"),
                    owner, due, due < _today ? FollowUpStatus.Open : FollowUpStatus.InProgress);
                action.Notes = $"The agreement expires on {agreement.ExpiresOn.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.";
                break;
            case AgreementStatus.Draft:
                AddFollowUp(FollowUpAction.ForAgreement(agreement, $"Send the draft to {partner} for comments"), owner, Day(14), FollowUpStatus.Open);
                break;
            case AgreementStatus.UnderNegotiation:
                AddFollowUp(FollowUpAction.ForAgreement(agreement, $"Agree the final text with {partner}"), owner, Day(30), FollowUpStatus.InProgress);
                break;
            case AgreementStatus.Signed:
                AddFollowUp(FollowUpAction.ForAgreement(agreement, "Register the agreement with the Shaanxi Provincial Department of Education"),
                    owner, agreement.SignedOn!.Value.AddDays(30), FollowUpStatus.Open);
                break;
            case AgreementStatus.Expired:
                var decide = agreement.ExpiresOn!.Value.AddDays(30);
                var stale = decide < Day(-60);
                var decision = AddFollowUp(FollowUpAction.ForAgreement(agreement, $"Decide whether to renew the agreement with {partner}"),
                    owner, decide, stale ? FollowUpStatus.Cancelled : FollowUpStatus.Open);
                decision.Notes = stale ? "Not renewed: the partner did not answer the office's letters." : null;
                break;
            case AgreementStatus.Terminated:
                var told = agreement.EffectiveOn!.Value.AddDays(730);
                AddFollowUp(FollowUpAction.ForAgreement(agreement, $"Tell the schools and students that the agreement with {partner} has ended"),
                    owner, told < Day(-30) ? told : Day(-30), FollowUpStatus.Done);
                break;
            default:
                break;
        }
    }

    private void AddVisitFollowUps(List<SpreadVisit> visits)
    {
        var reference = AddFollowUp(
            FollowUpAction.ForVisit(Reference.Visit, "Send the Qinling Workshop prospectus to East Kazakhstan Technical University"),
            _staff["huangtao"], ReferenceVisit.Date.AddDays(14), ReferenceVisit.Date.AddDays(14) < _today ? FollowUpStatus.Done : FollowUpStatus.Open);
        reference.Notes = "Promised to Mashekenova Assiya during the talks.";

        var recent = visits.Where(v => v.Visit.StartDate < _today).OrderByDescending(v => v.Visit.StartDate).Take(RecentVisitFollowUpCount);
        var upcoming = visits
            .Where(v => v.Visit.StartDate >= _today && v.Visit.Status != VisitStatus.Cancelled)
            .OrderBy(v => v.Visit.StartDate)
            .Take(UpcomingVisitFollowUpCount);
        var index = 0;
        foreach (var (visit, partner) in recent.Concat(upcoming))
        {
            var owner = _staff[DemoCatalog.OfficeStaff[index % DemoCatalog.OfficeStaff.Length]];
            var name = ShortName(partner);
            if (visit.Status == VisitStatus.Cancelled)
            {
                var due = visit.StartDate.AddDays(14);
                AddFollowUp(FollowUpAction.ForVisit(visit, $"Propose new dates to {name}"), owner, due, due < Day(-30) ? FollowUpStatus.Cancelled : FollowUpStatus.Open);
            }
            else if (visit.Status == VisitStatus.Completed)
            {
                var titles = visit.Direction == VisitDirection.Inbound ? InboundFollowUps : OutboundFollowUps;
                var title = string.Format(CultureInfo.InvariantCulture, titles[index % titles.Length], name);
                var due = visit.EndDate.AddDays(7 + _random.Next(15));
                var status = due < Day(-21) ? FollowUpStatus.Done : due < _today && index % 2 == 0 ? FollowUpStatus.Open : FollowUpStatus.InProgress;
                AddFollowUp(FollowUpAction.ForVisit(visit, title), owner, due, status);
            }
            else
            {
                var title = visit.Direction == VisitDirection.Inbound
                    ? $"Send invitation letters for the visas of the {name} delegation"
                    : $"Apply for passports and visas for the delegation to {name}";
                var due = visit.StartDate.AddDays(-30);
                AddFollowUp(FollowUpAction.ForVisit(visit, title), owner, due, due < _today ? FollowUpStatus.InProgress : FollowUpStatus.Open);
            }

            index++;
        }
    }

    /// <summary>Done actions were completed on their due day, which has passed.</summary>
    private FollowUpAction AddFollowUp(FollowUpAction action, Person owner, DateOnly due, FollowUpStatus status)
    {
        action.Owner = owner;
        action.DueOn = due;
        if (status != FollowUpStatus.Open)
        {
            action.ChangeStatus(status, MorningOf(due < _today ? due : _today.AddDays(-1)));
        }

        FollowUps.Add(action);
        return action;
    }

    private DateOnly? DayOrNull(int? offset) => offset is { } days ? Day(days) : null;
}
