using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.EndToEndTests.Infrastructure;
using PartnershipPortal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PartnershipPortal.EndToEndTests.Visits;

/// <summary>A staff member attaches a photo and the minutes to a visit, sees the photo's thumbnail, and removes a file.</summary>
public sealed class VisitAttachmentsTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>, IClassFixture<Browser>, IAsyncLifetime
{
    private const string Title = "Visit of the Aktobe college delegation";

    private static readonly string[] ExpectedResults =
    [
        "group photo.png: attached.",
        "minutes.pdf: This file is a PNG image, not a PDF. Rename it to end in .png, or choose the file you meant.",
    ];

    private int _visitId;

    public async Task InitializeAsync()
    {
        await server.SeedOnceAsync(db =>
        {
            var host = new Institution { Name = "Xianyang Polytechnic Institute", Kind = InstitutionKind.University, CountryCode = "CN" };
            var visit = new Visit { Title = Title, Direction = VisitDirection.Inbound, HostInstitution = host, Status = VisitStatus.Completed, TimeZoneId = "Asia/Shanghai" };
            visit.Schedule(new DateOnly(2025, 5, 20), new DateOnly(2025, 5, 20));
            db.Visits.Add(visit);
        });
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        _visitId = await db.Visits.Where(v => v.Title == Title).Select(v => v.Id).SingleAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The file input once the upload control is live in the circuit (see its data-ready marker).</summary>
    private static ILocator FileInput(IPage page) => page.Locator("[data-testid=attachment-upload][data-ready=true] input[type=file]");

    [Fact]
    public async Task Office_UploadsAPhotoAndAMisnamedFile_SeesTheThumbnailAndTheRefusalBesideTheControl()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync($"/visits/{_visitId}");
        await Browser.WaitForInteractivityAsync(page);
        var section = page.GetByTestId("attachments");
        await Expect(section.GetByTestId("attachments-none")).ToHaveTextAsync("No files are attached yet.");

        await section.GetByLabel("Description (optional)").FillAsync("Group photo at the CNC machining center");
        await FileInput(page).SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "group photo.png", MimeType = "image/png", Buffer = SampleFiles.Png(1200, 800) },
            new FilePayload { Name = "minutes.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Png(40, 40) },
        });

        var results = section.GetByTestId("upload-result");
        await Expect(results).ToHaveTextAsync(ExpectedResults);
        var attachment = section.GetByTestId("attachment");
        await Expect(attachment).ToHaveCountAsync(1);
        await Expect(attachment.GetByTestId("attachment-download")).ToHaveTextAsync("group photo.png");
        await Expect(attachment.GetByTestId("attachment-facts")).ToContainTextAsync("PNG image, ");
        await Expect(attachment.GetByTestId("attachment-facts")).ToContainTextAsync("uploaded by E2E InternationalOffice on ");
        var thumbnail = attachment.GetByRole(AriaRole.Img, new() { Name = "Group photo at the CNC machining center" });
        await Expect(thumbnail).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await thumbnail.ElementHandleAsync());
        Assert.Equal(320, await thumbnail.EvaluateAsync<int>("img => img.naturalWidth"));
        Assert.Equal(213, await thumbnail.EvaluateAsync<int>("img => img.naturalHeight"));
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "visit-attachments");

        var download = await page.RunAndWaitForDownloadAsync(() => attachment.GetByTestId("attachment-download").ClickAsync());
        Assert.Equal("group photo.png", download.SuggestedFilename);
    }

    [Fact]
    public async Task Office_DeletesAnAttachment_AfterConfirming()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.InternationalOffice);
        await page.GotoAsync($"/visits/{_visitId}");
        await Browser.WaitForInteractivityAsync(page);
        var section = page.GetByTestId("attachments");
        await FileInput(page).SetInputFilesAsync(new FilePayload { Name = "Протокол встречи.docx", MimeType = "application/octet-stream", Buffer = SampleFiles.Docx() });
        var item = section.GetByTestId("attachment").Filter(new() { HasText = "Протокол встречи.docx" });
        await Expect(item).ToHaveCountAsync(1);

        await item.GetByRole(AriaRole.Button, new() { Name = "Delete Протокол встречи.docx" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Delete Протокол встречи.docx? The file is removed for everyone");
        await Browser.AssertAccessibleAsync(page);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();

        await Expect(section.GetByTestId("attachment-message")).ToHaveTextAsync("Протокол встречи.docx was deleted.");
        await Expect(item).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Viewer_SeesTheFilesButNoUploadOrDelete()
    {
        var page = await browser.SignedInPageAsync(server, PortalRoles.Viewer);

        await page.GotoAsync($"/visits/{_visitId}");
        await Browser.WaitForInteractivityAsync(page);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Attachments" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("attachment-upload")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("attachment-delete")).ToHaveCountAsync(0);
        await Browser.AssertAccessibleAsync(page);
    }
}
