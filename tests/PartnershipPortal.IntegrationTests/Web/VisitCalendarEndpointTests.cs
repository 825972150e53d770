using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Core.Features.Demo;
using PartnershipPortal.Core.Features.Visits;

namespace PartnershipPortal.IntegrationTests.Web;

/// <summary>The calendar files over HTTP: the right file to every reader, problem details for what cannot be answered.</summary>
public sealed class VisitCalendarEndpointTests(MatrixPortal portal) : IClassFixture<MatrixPortal>
{
    private HttpClient Viewer => portal.Clients[PortalRoles.Viewer];

    private async Task<int> ReferenceVisitIdAsync()
    {
        await using var scope = portal.App.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<VisitService>().ListAsync(new ListRequest(Text: ReferenceVisit.VisitTitle));
        return Assert.Single(page.Items).Id;
    }

    [Fact]
    public async Task OneVisit_DownloadsAsAnICalendarFile()
    {
        var id = await ReferenceVisitIdAsync();

        using var response = await Viewer.GetAsync($"/visits/{id}/calendar.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal($"visit-{id}.ics", response.Content.Headers.ContentDisposition!.FileName);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var visit = Assert.Single(calendar.Events);
        Assert.Equal($"visit-{id}@partnershipportal", visit.Uid);
        Assert.Equal(ReferenceVisit.VisitTitle, visit.Summary);
        Assert.Equal(new DateOnly(2025, 5, 20), visit.DtStart!.Date);
        Assert.Equal(new DateOnly(2025, 5, 21), visit.DtEnd!.Date);
        Assert.Equal(new Uri($"http://localhost/visits/{id}"), visit.Url);
    }

    [Fact]
    public async Task UnknownVisit_AnswersNotFoundAsProblemDetails()
    {
        using var response = await Viewer.GetAsync("/visits/999999/calendar.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("No such visit", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("No visit has the number 999999.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task FilteredSet_HoldsExactlyTheVisitsTheListShows()
    {
        await using var scope = portal.App.Services.CreateAsyncScope();
        var expected = await scope.ServiceProvider.GetRequiredService<VisitService>()
            .ListAsync(new ListRequest(PageSize: ListRequest.MaxPageSize), new VisitFilter(CountryCode: "KZ", Direction: VisitDirection.Inbound));

        using var response = await Viewer.GetAsync("/visits/calendar.ics?country=kz&direction=inbound");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("visits.ics", response.Content.Headers.ContentDisposition!.FileName);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var visitUids = calendar.Events.Select(e => e.Uid!).Where(uid => uid.StartsWith("visit-", StringComparison.Ordinal) && !uid.Contains("-agenda-", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.True(expected.TotalCount > 1, "The demo data should hold several inbound visits with Kazakh institutions.");
        Assert.Equal(expected.Items.Select(v => VisitCalendarFile.VisitUid(v.Id)).Order(StringComparer.Ordinal), visitUids);
    }

    [Theory]
    [InlineData("from=2025-06-01&to=2025-05-01", "to", "The last day cannot be before the first day.")]
    [InlineData("from=1%20May", "from", "Enter the first day as a date such as 2025-05-01.")]
    [InlineData("country=XX", "country", "“XX” is not a country code: use an ISO 3166-1 alpha-2 code such as KZ.")]
    [InlineData("status=Lost", "status", "Choose the status from the list (Planned, Confirmed, Completed, Cancelled).")]
    [InlineData("direction=2", "direction", "Choose the direction from the list (Inbound, Outbound).")]
    [InlineData("institution=abc", "institution", "Choose the institution from the list.")]
    [InlineData("unit=-4", "unit", "Choose the unit from the list.")]
    [InlineData("field=0799", "field", "“0799” is not an ISCED-F 2013 field: use a code such as 07, 071 or 0715.")]
    public async Task BadFilter_AnswersAProblemBesideThatFilter(string query, string parameter, string message)
    {
        using var response = await Viewer.GetAsync($"/visits/calendar.ics?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("The filter cannot be applied as written.", problem.RootElement.GetProperty("title").GetString());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal([message], errors.GetProperty(parameter).EnumerateArray().Select(e => e.GetString()));
    }
}
