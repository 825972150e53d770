using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnershipPortal.Core.Documents;
using PartnershipPortal.Core.Features.Visits;
using PartnershipPortal.Core.Features.Visits.Brief;
using PartnershipPortal.Web.Components.Shared;

namespace PartnershipPortal.Web.Features.Visits.Brief;

/// <summary>The visit brief as a PDF: the same facts and sentences as the print view, on A4 pages.</summary>
public static class VisitBriefPdf
{
    public static byte[] Render(VisitBrief brief, IStringLocalizer<SharedResource> l, string preparedBy)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(l);
        var visit = brief.Visit;
        using var pdf = new PdfComposer($"{l["Brief_Title"]}: {visit.Title}", preparedBy);
        pdf.Title($"{l["Brief_Title"]}: {visit.Title}");
        var where = $"{l[$"VisitDirection_{visit.Direction}"]} · {DateText.Range(visit.StartDate, visit.EndDate)} · {l["Visit_HostedBy"]} {visit.Host.Name}, {CountryText.Name(visit.HostCountryCode)}";
        pdf.Paragraph(visit.Place is null ? where : $"{where} · {visit.Place}");
        pdf.Note(l["Brief_PreparedBy", MomentText.Format(brief.PreparedAt), preparedBy]);

        if (visit.Delegation is { } delegation)
        {
            pdf.Heading(l["Visit_Delegation"]);
            pdf.Paragraph(delegation.Title, bold: true);
            pdf.Paragraph(l["Delegation_Size", delegation.DeclaredSize?.ToString(CultureInfo.CurrentCulture) ?? l["Common_Unknown"], delegation.Members.Count]);
            pdf.Paragraph($"{l["Delegation_Institutions"]}: " + string.Join("; ", delegation.Institutions.Select(i => $"{i.Name} ({CountryText.Name(i.CountryCode)})")));
            pdf.Table(
                [new(l["Person_Name"], 1.3), new(l["Person_Position"], 1.6), new(l["Person_Institution"], 1.6), new(l["Delegation_Role"], 0.9)],
                delegation.Members.Select(m => (IReadOnlyList<string?>)[MemberName(m, delegation.HeadPersonId, l), m.Position, m.Institution, m.RoleInDelegation]));
        }

        pdf.Heading(l["Visit_Hosts"]);
        if (visit.Hosts.Count == 0)
        {
            pdf.Paragraph(l["Common_NoneRecorded"]);
        }

        foreach (var host in visit.Hosts)
        {
            pdf.Paragraph("• " + HostLine(host, l));
        }

        pdf.Heading(l["Visit_Agenda"]);
        if (visit.Agenda.Count == 0)
        {
            pdf.Paragraph(l["Common_NoneRecorded"]);
        }
        else
        {
            pdf.Table(
                [new(l["Agenda_When"], 1.1), new(l["Agenda_Kind"], 0.8), new(l["Agenda_Item"], 2.2), new(l["Agenda_Facility"], 1.4)],
                visit.Agenda.Select(a => (IReadOnlyList<string?>)[
                    DateText.Format(a.Date) + VisitAgendaSection.Times(a), l[$"AgendaItemKind_{a.Kind}"],
                    a.Notes is null ? a.Title : $"{a.Title}\n{a.Notes}",
                    a.Facility is null ? null : $"{a.Facility} ({a.FacilityUnit})"]));
        }

        pdf.Heading(l["Brief_Partners"]);
        foreach (var partner in brief.Partners)
        {
            pdf.Paragraph(BriefText.PartnerName(partner), size: 11, bold: true);
            pdf.Paragraph($"{l[$"InstitutionKind_{partner.Kind}"]}, {CountryText.Name(partner.CountryCode)} · {l[$"RelationshipStatus_{partner.RelationshipStatus}"]}");
            pdf.Paragraph($"{l["Brief_EarlierVisits"]}: " + (partner.EarlierVisits.Count == 0
                ? l["Brief_NoEarlierVisits"]
                : string.Join("; ", partner.EarlierVisits.Select(v => $"{v.Title} ({DateText.Range(v.StartDate, v.EndDate)}, {l[$"VisitDirection_{v.Direction}"]})"))));
            pdf.Paragraph($"{l["Brief_Agreements"]}: " + (partner.Agreements.Count == 0
                ? l["Brief_NoAgreements"]
                : string.Join("; ", partner.Agreements.Select(a => $"{a.Title} — {l[$"AgreementStatus_{a.Status}"]}{BriefText.Expiry(a, l)}"))));
            pdf.Paragraph($"{l["Brief_LatestReview"]}: {BriefText.Review(partner.LatestReview, l)}");
            pdf.Space(4);
        }

        if (brief.Partners.Count == 0)
        {
            pdf.Paragraph(l["Common_NoneRecorded"]);
        }

        return pdf.Finish($"PartnershipPortal · {l["Brief_Title"]}: {visit.Title}");
    }

    private static string MemberName(DelegationMemberView member, int? headId, IStringLocalizer l)
    {
        var name = member.OriginalScriptName is null ? member.FullName : $"{member.FullName} ({member.OriginalScriptName})";
        return member.PersonId == headId ? $"{name} — {l["Delegation_Head"]}" : name;
    }

    private static string HostLine(VisitHostView host, IStringLocalizer l)
    {
        var who = host.PersonId is null
            ? $"{host.RoleDescription} ({l["Host_NameNotRecorded"]})"
            : host.Position is null ? host.FullName! : $"{host.FullName}, {host.Position}";
        var line = host.Unit is null ? who : $"{who} — {host.Unit}";
        return host.LeadsTalks ? $"{line} ({l["Host_LeadsTalks"]})" : line;
    }
}
