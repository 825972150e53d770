using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Reports;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Web;
using PartnershipPortal.Web.Features.Reports;

namespace PartnershipPortal.IntegrationTests.Features.Reports;

/// <summary>
/// Partners for the partner activity tests, seen on 1 June 2025 (the stores' clock): two Kazakh institutions that
/// came in one delegation, a Chinese one visited now, a dormant company, an archived institution with an active
/// agreement and one without any activity; cancelled, future and under-way visits; reviews with a tie on the day.
/// </summary>
internal static class PartnerActivityTestData
{
    public const string Ektu = "Восточно-Казахстанский технический университет";
    public const string Aktobe = "Aktobe Automobile and Highway College";
    public const string Normal = "咸阳师范学院";
    public const string Dormant = "Dormant Trading LLP";
    public const string ArchivedWithAgreement = "Archived Partner GmbH";
    public const string ArchivedIdle = "Archived Idle Institute";

    /// <summary>The first quarter of 2025.</summary>
    public static readonly PartnerActivityDefinition Quarter = new() { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 3, 31) };

    public static Task SeedAsync(TestStore store) => store.SeedOnceAsync("partner-activity", async db =>
    {
        var home = new Institution { Name = "Xianyang Polytechnic Institute", Kind = InstitutionKind.College, CountryCode = "CN", IsHome = true };
        var unit = home.AddUnit("Automotive School", UnitKind.School);
        var ektu = new Institution { Name = Ektu, Kind = InstitutionKind.University, CountryCode = "KZ" };
        var aktobe = new Institution { Name = Aktobe, Kind = InstitutionKind.College, CountryCode = "KZ" };
        var normal = new Institution { Name = Normal, Kind = InstitutionKind.University, CountryCode = "CN" };
        var dormant = new Institution { Name = Dormant, Kind = InstitutionKind.Company, CountryCode = "KZ" };
        var archived = new Institution { Name = ArchivedWithAgreement, Kind = InstitutionKind.Company, CountryCode = "DE", IsArchived = true };
        var idle = new Institution { Name = ArchivedIdle, Kind = InstitutionKind.University, CountryCode = "RU", IsArchived = true };
        db.Institutions.AddRange(home, ektu, aktobe, normal, dormant, archived, idle);

        void Visit(string title, VisitDirection direction, VisitStatus status, DateOnly start, DateOnly end, Institution? host, params Institution[] delegation)
        {
            var visit = new Visit { Title = title, Direction = direction, Status = status, HostInstitution = host ?? home };
            visit.Schedule(start, end);
            if (delegation.Length > 0)
            {
                visit.Delegation = new Delegation { Title = title + " delegation" };
                foreach (var institution in delegation)
                {
                    visit.Delegation.Represent(institution);
                }
            }

            db.Visits.Add(visit);
        }

        Visit("Kazakh delegation", VisitDirection.Inbound, VisitStatus.Completed, new(2025, 2, 10), new(2025, 2, 12), null, ektu, aktobe);
        Visit("Autumn delegation", VisitDirection.Inbound, VisitStatus.Completed, new(2024, 11, 5), new(2024, 11, 6), null, ektu, normal);
        Visit("Visit to ВКТУ", VisitDirection.Outbound, VisitStatus.Completed, new(2025, 3, 30), new(2025, 4, 2), ektu);
        Visit("Cancelled trip to ВКТУ", VisitDirection.Outbound, VisitStatus.Cancelled, new(2025, 5, 20), new(2025, 5, 21), ektu);
        Visit("Cancelled March trip", VisitDirection.Outbound, VisitStatus.Cancelled, new(2025, 3, 15), new(2025, 3, 16), ektu);
        Visit("Visit to 咸阳", VisitDirection.Outbound, VisitStatus.Confirmed, new(2025, 5, 30), new(2025, 6, 3), normal);
        Visit("Summer delegation", VisitDirection.Inbound, VisitStatus.Planned, new(2025, 7, 1), new(2025, 7, 3), null, aktobe);

        void Agreement(string title, AgreementStatus status, params Institution[] partners)
        {
            var agreement = new CooperationAgreement { Title = title, Kind = AgreementKind.MemorandumOfUnderstanding, Status = status };
            agreement.AddParty(home);
            foreach (var partner in partners)
            {
                agreement.AddParty(partner);
            }

            db.Agreements.Add(agreement);
        }

        Agreement("Kazakh colleges MoU", AgreementStatus.Active, ektu, aktobe);
        Agreement("ВКТУ exchange", AgreementStatus.Active, ektu);
        Agreement("Dormant supply", AgreementStatus.Expired, dormant);
        Agreement("Normal university MoU", AgreementStatus.Active, normal);
        Agreement("German internships", AgreementStatus.Active, archived);
        Agreement("Draft with the idle institute", AgreementStatus.Draft, idle);
        await db.SaveChangesAsync();

        PartnerReview Review(Institution institution, DateOnly on, ReviewRecommendation recommendation, int a, int b, int c, int d)
        {
            var review = new PartnerReview { Institution = institution, Unit = unit, AuthorUserId = "dean", AuthorName = "Dean", ReviewedOn = on, Recommendation = recommendation };
            review.Rate(a, b, c, d);
            return review;
        }

        // Saved one by one so that the later of two same-day reviews has the higher id.
        foreach (var review in new[]
        {
            Review(ektu, new(2025, 4, 10), ReviewRecommendation.Maintain, 4, 4, 5, 4),
            Review(ektu, new(2024, 9, 1), ReviewRecommendation.Expand, 5, 5, 5, 5),
            Review(aktobe, new(2025, 1, 15), ReviewRecommendation.PhaseOut, 2, 3, 2, 3),
            Review(aktobe, new(2025, 1, 15), ReviewRecommendation.Review, 3, 3, 3, 2),
        })
        {
            db.PartnerReviews.Add(review);
            await db.SaveChangesAsync();
        }
    });

    public static PartnerActivityService Service(TestStore store) => new(store.Contexts, store.Clock, new PartnerActivityValidator());

    public static PartnerActivityLayout Layout() => new(ReportTestData.Localizer<ReportResource>(), ReportTestData.Localizer<SharedResource>());
}
