using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Demo;
using UglyToad.PdfPig;

namespace PartnershipPortal.IntegrationTests.Web;

/// <summary>The visit brief as a page and as a PDF, on the demo data.</summary>
public sealed class VisitBriefWebTests(MatrixPortal portal) : IClassFixture<MatrixPortal>
{
    private async Task<int> ReferenceVisitIdAsync()
    {
        await using var scope = portal.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Visits.Where(v => v.Title == ReferenceVisit.VisitTitle).Select(v => v.Id).SingleAsync();
    }

    [Fact]
    public async Task ThePdf_HoldsTheDelegationTheHostsTheAgendaAndThePartners()
    {
        var id = await ReferenceVisitIdAsync();

        using var response = await portal.Clients[PortalRoles.Viewer].GetAsync($"/visits/{id}/brief.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"visit-{id}-brief.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        foreach (var expected in new[]
        {
            "Visit brief: Kazakh delegation at Xianyang Polytechnic Institute", "Declared size 15; 4 named",
            "Ruslan Ismukhambetov", "Project Head", "Mashekenova Assiya", "Wu Xujin, Vice President", "CNC machining center",
            "Partners and their history with us", "Восточно-Казахстанский технический университет имени Д. Серикбаева",
            "Shaanxi ShangpinShuren Education Technology Co., Ltd.",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ThePrintView_ShowsEachPartnersHistory()
    {
        var id = await ReferenceVisitIdAsync();

        var html = WebUtility.HtmlDecode(await portal.Clients[PortalRoles.Viewer].GetStringAsync($"/visits/{id}/brief"));

        Assert.Contains("Partners and their history with us", html, StringComparison.Ordinal);
        Assert.Contains("East Kazakhstan Technical University (EKTU) — Восточно-Казахстанский технический университет имени Д. Серикбаева", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/visits/{id}/brief.pdf\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownVisit_AnswersWithProblemDetails()
    {
        using var response = await portal.Clients[PortalRoles.Viewer].GetAsync("/visits/987654/brief.pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnAnonymousVisitor_IsSentToSignIn()
    {
        var id = await ReferenceVisitIdAsync();

        using var response = await portal.Clients["anonymous"].GetAsync($"/visits/{id}/brief.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
