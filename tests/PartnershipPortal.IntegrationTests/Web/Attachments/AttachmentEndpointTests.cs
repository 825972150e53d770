using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Attachments;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Tests.Infrastructure;
using SkiaSharp;

namespace PartnershipPortal.IntegrationTests.Web.Attachments;

/// <summary>The portal on a real Kestrel socket (so its request limits apply) with a 1 MB attachment limit and one visit.</summary>
public sealed class AttachmentPortal : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"portal-attachments-{Guid.NewGuid():N}.db");
    private readonly List<HttpClient> _clients = [];

    public PortalApp App { get; private set; } = default!;

    public int VisitId { get; private set; }

    public async Task InitializeAsync()
    {
        App = new PortalApp(("ConnectionStrings:Portal", $"Data Source={_file};Pooling=False"), ("Demo:Seed", "false"), ("Attachments:MaxFileSizeMegabytes", "1"));
        App.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        var host = new Institution { Name = "Xianyang Polytechnic Institute", Kind = InstitutionKind.University, CountryCode = "CN" };
        var visit = new Visit { Title = "Kazakh delegation", Direction = VisitDirection.Inbound, HostInstitution = host, Status = VisitStatus.Completed };
        visit.Schedule(new DateOnly(2025, 5, 20), new DateOnly(2025, 5, 20));
        await using var db = await App.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        VisitId = visit.Id;
    }

    /// <summary>A client of the real socket that keeps cookies and does not follow redirects.</summary>
    public HttpClient NewClient()
    {
        var address = App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(address),
        };
        _clients.Add(client);
        return client;
    }

    public async Task<HttpClient> SignedInClientAsync(string role)
    {
        var (email, password) = await App.CreateUserAsync(role);
        var client = NewClient();
        await HttpSignIn.SignInAsync(client, email, password);
        return client;
    }

    public AttachmentService Attachments(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<AttachmentService>();

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await App.DisposeAsync();
        File.Delete(_file);
    }
}

/// <summary>Downloads, thumbnails and uploads over HTTP: headers, limits, problem details and who may do what.</summary>
public sealed partial class AttachmentEndpointTests(AttachmentPortal portal) : IClassFixture<AttachmentPortal>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenPattern();

    private string Uploads => $"/visits/{portal.VisitId}/attachments";

    /// <summary>Posts a file as the visit page's forms would: with the antiforgery token of the signed-in user's page.</summary>
    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, string? description = null, bool withToken = true)
    {
        using var form = new MultipartFormDataContent();
        if (withToken)
        {
            var html = await client.GetStringAsync($"/visits/{portal.VisitId}");
            form.Add(new StringContent(WebUtility.HtmlDecode(TokenPattern().Match(html).Groups["token"].Value)), "__RequestVerificationToken");
        }

        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(Uploads, form);
    }

    private async Task<IReadOnlyList<string>> StoredNamesAsync()
    {
        using var scope = portal.App.Services.CreateScope();
        return (await portal.Attachments(scope).ListAsync(AttachmentSubject.ForVisit(portal.VisitId))).Select(a => a.FileName).ToList();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Upload_ThenDownload_SendsTheBytesUnderTheSafeNameWithSafeHeaders()
    {
        var office = await portal.SignedInClientAsync(PortalRoles.InternationalOffice);
        var png = SampleFiles.Png(1000, 800);

        using var created = await UploadAsync(office, @"C:\photos\校园地图.png", png, "Campus map");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal($"/attachments/{id}", created.Headers.Location!.ToString());
        Assert.Equal(("校园地图.png", "Campus map", png.Length, true), (body.GetProperty("fileName").GetString(), body.GetProperty("description").GetString(),
            body.GetProperty("sizeBytes").GetInt32(), body.GetProperty("hasThumbnail").GetBoolean()));

        var viewer = await portal.SignedInClientAsync(PortalRoles.Viewer);
        using var download = await viewer.GetAsync($"/attachments/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.ToString());
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(
            "attachment; filename=\"____.png\"; filename*=UTF-8''%E6%A0%A1%E5%9B%AD%E5%9C%B0%E5%9B%BE.png",
            string.Join(", ", download.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal("校园地图.png", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal((true, true), (download.Headers.CacheControl!.Private, download.Headers.CacheControl.NoStore));
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());

        using var thumbnail = await viewer.GetAsync($"/attachments/{id}/thumbnail");
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/png", thumbnail.Content.Headers.ContentType!.ToString());
        using var codec = SKCodec.Create(new MemoryStream(await thumbnail.Content.ReadAsByteArrayAsync()));
        Assert.Equal((320, 256), (codec.Info.Width, codec.Info.Height));
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/attachments/{id}/thumbnail");
        again.Headers.IfNoneMatch.Add(thumbnail.Headers.ETag!);
        using var unchanged = await viewer.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    [Fact]
    public async Task Upload_JustOverTheLimit_IsRefusedWith413AndNothingIsStored()
    {
        var office = await portal.SignedInClientAsync(PortalRoles.InternationalOffice);
        var before = await StoredNamesAsync();

        using var response = await UploadAsync(office, "report.pdf", [.. SampleFiles.Pdf(), .. new byte[1024 * 1024]]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Equal("The file is too large", problem.GetProperty("title").GetString());
        Assert.Equal(
            "This file is larger than 1 MB, the largest file the portal keeps. Make it smaller (compress the images, split the document) and try again.",
            problem.GetProperty("detail").GetString());
        Assert.Equal(before, await StoredNamesAsync());
    }

    [Fact]
    public async Task Upload_FarOverTheRequestLimit_IsRefusedWith413()
    {
        var office = await portal.SignedInClientAsync(PortalRoles.InternationalOffice);
        var before = await StoredNamesAsync();

        using var response = await UploadAsync(office, "scan.pdf", [.. SampleFiles.Pdf(), .. new byte[3 * 1024 * 1024]]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The file is too large", (await ProblemAsync(response)).GetProperty("title").GetString());
        Assert.Equal(before, await StoredNamesAsync());
    }

    [Theory]
    [InlineData("Png", "minutes.pdf", "This file is a PNG image, not a PDF. Rename it to end in .png, or choose the file you meant.")]
    [InlineData("Svg", "logo.svg", "This file is an SVG image. SVG files can carry scripts, so the portal does not keep them: save the picture as PNG or JPEG.")]
    [InlineData("Html", "minutes.pdf", "This file is an HTML page. Web pages can carry scripts, so the portal does not keep them: save or print the page as PDF.")]
    [InlineData("PlainZip", "letter.docx", "This file is a ZIP archive, not a Word (DOCX) or Excel (XLSX) document. The portal does not keep archives: attach the files in it one by one.")]
    public async Task Upload_WrongKindOrName_IsAValidationProblemBesideTheFile(string kind, string fileName, string message)
    {
        var office = await portal.SignedInClientAsync(PortalRoles.InternationalOffice);
        var content = kind switch { "Png" => SampleFiles.Png(), "Svg" => SampleFiles.Svg(), "Html" => SampleFiles.Html(), _ => SampleFiles.PlainZip() };

        using var response = await UploadAsync(office, fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("The file was not attached", problem.GetProperty("title").GetString());
        Assert.Equal(message, problem.GetProperty("detail").GetString());
        Assert.Equal([message], problem.GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain(Path.GetFileNameWithoutExtension(fileName), string.Join(" ", await StoredNamesAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_DescriptionTooLong_IsReportedBesideTheDescription()
    {
        var office = await portal.SignedInClientAsync(PortalRoles.InternationalOffice);

        using var response = await UploadAsync(office, "agenda.pdf", SampleFiles.Pdf(), new string('d', 501));

        var problem = await ProblemAsync(response);
        Assert.Equal(
            ["The description can be at most 500 characters long (this one has 501)."],
            problem.GetProperty("errors").GetProperty("description").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_IsRefused()
    {
        var office = await portal.SignedInClientAsync(PortalRoles.InternationalOffice);

        using var response = await UploadAsync(office, "agenda.pdf", SampleFiles.Pdf(), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The form has expired", (await ProblemAsync(response)).GetProperty("title").GetString());
        Assert.DoesNotContain("agenda.pdf", await StoredNamesAsync());
    }

    [Fact]
    public async Task Upload_NotAForm_IsUnsupportedMediaType()
    {
        var office = await portal.SignedInClientAsync(PortalRoles.InternationalOffice);
        var html = await office.GetStringAsync($"/visits/{portal.VisitId}");
        using var request = new HttpRequestMessage(HttpMethod.Post, Uploads) { Content = new ByteArrayContent(SampleFiles.Pdf()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        request.Headers.Add("RequestVerificationToken", WebUtility.HtmlDecode(TokenPattern().Match(html).Groups["token"].Value));

        using var response = await office.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(
            "Send the file as multipart/form-data, in a field named 'file', with an optional 'description'.",
            (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Upload_ToAVisitThatDoesNotExist_IsNotFound()
    {
        var office = await portal.SignedInClientAsync(PortalRoles.InternationalOffice);
        var html = await office.GetStringAsync($"/visits/{portal.VisitId}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(TokenPattern().Match(html).Groups["token"].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(SampleFiles.Pdf()), "file", "agenda.pdf" },
        };

        using var response = await office.PostAsync("/visits/999999/attachments", form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Visit 999999 does not exist.", (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Upload_ByViewer_IsSentToAccessDeniedAndStoresNothing()
    {
        var viewer = await portal.SignedInClientAsync(PortalRoles.Viewer);

        using var response = await UploadAsync(viewer, "viewer.pdf", SampleFiles.Pdf());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
        Assert.DoesNotContain("viewer.pdf", await StoredNamesAsync());
    }

    [Fact]
    public async Task Upload_Anonymous_IsSentToSignIn()
    {
        using var response = await UploadAsync(portal.NewClient(), "anonymous.pdf", SampleFiles.Pdf(), withToken: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Download_Anonymous_IsSentToSignIn()
    {
        using var response = await portal.NewClient().GetAsync("/attachments/1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Download_OfNoSuchAttachment_IsANotFoundProblem()
    {
        var viewer = await portal.SignedInClientAsync(PortalRoles.Viewer);

        using var response = await viewer.GetAsync("/attachments/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Attachment 999999 does not exist.", (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Thumbnail_OfAPdf_IsNotFound()
    {
        var office = await portal.SignedInClientAsync(PortalRoles.InternationalOffice);
        using var created = await UploadAsync(office, "minutes.pdf", SampleFiles.Pdf());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        using var download = await office.GetAsync($"/attachments/{id}");
        using var thumbnail = await office.GetAsync($"/attachments/{id}/thumbnail");

        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment; filename=\"minutes.pdf\"; filename*=UTF-8''minutes.pdf", string.Join(", ", download.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal(HttpStatusCode.NotFound, thumbnail.StatusCode);
        Assert.Equal("application/problem+json", thumbnail.Content.Headers.ContentType?.MediaType);
    }
}
