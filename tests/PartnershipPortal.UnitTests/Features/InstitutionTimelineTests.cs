using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Institutions;

namespace PartnershipPortal.UnitTests.Features;

public sealed class InstitutionTimelineTests
{
    [Fact]
    public void Build_PutsVisitsExpiriesAndDueFollowUpsInOneListNewestFirst_LeavingOutCancelledVisits()
    {
        var profile = new InstitutionProfile(
            1, "Xianyang Polytechnic Institute", null, "XYPI", InstitutionKind.VocationalSchool, "CN", null, null, null, null, true,
            RelationshipStatus.ActivePartner, false, null, [], [],
            [
                new VisitLink(4, "Kazakh delegation", VisitDirection.Inbound, new DateOnly(2025, 5, 20), new DateOnly(2025, 5, 20), VisitStatus.Completed, true),
                new VisitLink(5, "Cancelled trip", VisitDirection.Outbound, new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 3), VisitStatus.Cancelled, false),
            ],
            [new AgreementLink(7, "Memorandum with ERG", AgreementKind.MemorandumOfUnderstanding, AgreementStatus.Active, new DateOnly(2030, 8, 31))],
            [new FollowUpView(9, "Send the draft memorandum", "Wu Xujin", new DateOnly(2025, 6, 15), FollowUpStatus.Open)]);

        var timeline = InstitutionTimeline.Build(profile);

        Assert.Equal(
            [
                new TimelineEvent(new DateOnly(2030, 8, 31), TimelineKind.AgreementExpiry, "Memorandum with ERG", "/agreements/7"),
                new TimelineEvent(new DateOnly(2025, 6, 15), TimelineKind.FollowUpDue, "Send the draft memorandum", string.Empty),
                new TimelineEvent(new DateOnly(2025, 5, 20), TimelineKind.Visit, "Kazakh delegation", "/visits/4"),
            ],
            timeline);
    }
}
