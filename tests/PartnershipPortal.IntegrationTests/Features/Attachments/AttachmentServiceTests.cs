using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Attachments;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.IntegrationTests.Infrastructure;
using PartnershipPortal.Tests.Infrastructure;
using SkiaSharp;

namespace PartnershipPortal.IntegrationTests.Features.Attachments;

/// <summary>Uploading, listing, downloading and removing attachments of visits and agreements, on each store.</summary>
public abstract class AttachmentServiceTests(TestStore store)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Office = TestUsers.InRoles("Dana Abenova", PortalRoles.InternationalOffice);

    private static readonly System.Security.Claims.ClaimsPrincipal Viewer = TestUsers.InRoles("Vera Viewer", PortalRoles.Viewer);

    private AttachmentService Service(AttachmentSettings? settings = null)
    {
        settings ??= AttachmentSettings.Default;
        return new AttachmentService(store.Contexts, new AttachmentUploadInputValidator(settings), settings);
    }

    private Task<int> HostAsync() => store.SeedOnceAsync("attachment-host", async db =>
    {
        var host = new Institution { Name = "Xianyang Polytechnic Institute", Kind = InstitutionKind.University, CountryCode = "CN" };
        db.Institutions.Add(host);
        await db.SaveChangesAsync();
        return host.Id;
    });

    /// <summary>A visit of its own for each test, so that lists hold only what the test attached.</summary>
    private async Task<AttachmentSubject> NewVisitAsync()
    {
        var hostId = await HostAsync();
        var visit = new Visit { Title = $"Delegation {Guid.NewGuid():N}", Direction = VisitDirection.Inbound, HostInstitutionId = hostId, Status = VisitStatus.Completed };
        visit.Schedule(new DateOnly(2025, 5, 20), new DateOnly(2025, 5, 20));
        await using var db = store.NewContext();
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        return AttachmentSubject.ForVisit(visit.Id);
    }

    private async Task<AttachmentSubject> NewAgreementAsync()
    {
        var agreement = new CooperationAgreement { Title = $"Memorandum {Guid.NewGuid():N}", Kind = AgreementKind.MemorandumOfUnderstanding, Status = AgreementStatus.Active };
        await using var db = store.NewContext();
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync();
        return AttachmentSubject.ForAgreement(agreement.Id);
    }

    private static Task<SaveOutcome> UploadAsync(AttachmentService service, AttachmentSubject subject, string name, byte[] content, string? description = null) =>
        service.UploadAsync(Office, subject, name, new MemoryStream(content), description);

    private async Task<(int Attachments, int Contents)> CountAsync()
    {
        await using var db = store.NewContext();
        return (await db.Attachments.CountAsync(), await db.AttachmentContents.CountAsync());
    }

    [Fact]
    public async Task Upload_Png_IsListedAndDownloadsAsUploadedWithAThumbnail()
    {
        var visit = await NewVisitAsync();
        var png = SampleFiles.Png(1200, 900);
        var service = Service();

        var outcome = await UploadAsync(service, visit, "../../Campus map.PNG", png, "  Campus map with the CNC machining center  ");

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        var listed = Assert.Single(await service.ListAsync(visit));
        Assert.Equal(
            new AttachmentView(outcome.Id, "Campus map.png", AttachmentType.Png, "Campus map with the CNC machining center", png.Length, true, "Dana Abenova", TestStore.Start, IsCurrent: false),
            listed);
        var file = await service.OpenAsync(outcome.Id);
        Assert.Equal(("Campus map.png", "image/png", Convert.ToHexStringLower(SHA256.HashData(png))), (file!.FileName, file.ContentType, file.Sha256));
        Assert.Equal(png, file.Data);
        var thumbnail = await service.OpenThumbnailAsync(outcome.Id);
        using var codec = SKCodec.Create(new MemoryStream(thumbnail!.Data));
        Assert.Equal((320, 240, SKEncodedImageFormat.Png), (codec.Info.Width, codec.Info.Height, codec.EncodedFormat));
        Assert.Equal("image/png", thumbnail.ContentType);
    }

    [Fact]
    public async Task Upload_EveryKeptKind_IsStoredWithItsType()
    {
        var visit = await NewVisitAsync();
        var service = Service();

        foreach (var (name, content) in new[] { ("minutes.pdf", SampleFiles.Pdf()), ("photo.jpg", SampleFiles.Jpeg()), ("letter.docx", SampleFiles.Docx()), ("list.xlsx", SampleFiles.Xlsx()) })
        {
            Assert.Equal(SaveStatus.Saved, (await UploadAsync(service, visit, name, content)).Status);
        }

        var listed = await service.ListAsync(visit);
        Assert.Equal(
            ["list.xlsx Xlsx False", "letter.docx Docx False", "photo.jpg Jpeg True", "minutes.pdf Pdf False"],
            listed.Select(a => $"{a.FileName} {a.Type} {a.HasThumbnail}"));
        Assert.Null(await service.OpenThumbnailAsync(listed[0].Id));
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            (await service.OpenAsync(listed[0].Id))!.ContentType);
    }

    [Fact]
    public async Task Upload_TooLarge_IsRefusedWithoutReadingItAllAndNothingIsStored()
    {
        var visit = await NewVisitAsync();
        var before = await CountAsync();
        var pdf = SampleFiles.Pdf();
        using var content = new CountingStream([.. pdf, .. new byte[10 * 1024 * 1024]]);

        var outcome = await Service(new AttachmentSettings(4096)).UploadAsync(Office, visit, "minutes.pdf", content, null);

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Equal(
            ["This file is larger than 4 KB, the largest file the portal keeps. Make it smaller (compress the images, split the document) and try again."],
            outcome.Errors!["Content"]);
        Assert.Equal(4097, content.BytesRead);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Upload_PngNamedPdf_IsRefusedBesideTheNameAndNothingIsStored()
    {
        var visit = await NewVisitAsync();
        var before = await CountAsync();

        var outcome = await UploadAsync(Service(), visit, "minutes.pdf", SampleFiles.Png());

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Equal(["This file is a PNG image, not a PDF. Rename it to end in .png, or choose the file you meant."], outcome.Errors!["FileName"]);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("Svg", "drawing.svg", "Attachment.Content.Svg")]
    [InlineData("Html", "minutes.pdf", "Attachment.Content.Html")]
    [InlineData("PlainZip", "photos.zip", "Attachment.Content.NotOffice")]
    public async Task Upload_RefusedKind_StoresNothing(string kind, string name, string code)
    {
        var visit = await NewVisitAsync();
        var content = kind switch { "Svg" => SampleFiles.Svg(), "Html" => SampleFiles.Html(), _ => SampleFiles.PlainZip() };
        var expected = ContentInspector.Inspect(content, name);
        Assert.Equal(code, expected.Code);

        var outcome = await UploadAsync(Service(), visit, name, content);

        Assert.Equal([expected.Message!], outcome.Errors!["Content"]);
        Assert.Empty(await Service().ListAsync(visit));
    }

    [Fact]
    public async Task Upload_BrokenImage_IsRefusedAsBroken()
    {
        var visit = await NewVisitAsync();
        var jpeg = SampleFiles.Jpeg(400, 300);

        var outcome = await UploadAsync(Service(), visit, "photo.jpg", jpeg[..(jpeg.Length / 2)]);

        Assert.Equal(
            ["This file looks like a JPEG image but cannot be read as one: the image is broken. Save it again and upload the new copy."],
            outcome.Errors!["Content"]);
        Assert.Empty(await Service().ListAsync(visit));
    }

    [Fact]
    public async Task Upload_ByViewer_IsForbidden()
    {
        var visit = await NewVisitAsync();

        var outcome = await Service().UploadAsync(Viewer, visit, "minutes.pdf", new MemoryStream(SampleFiles.Pdf()), null);

        Assert.Equal(SaveOutcome.Forbidden, outcome);
        Assert.Empty(await Service().ListAsync(visit));
    }

    [Fact]
    public async Task Upload_ToAVisitThatDoesNotExist_IsNotFound() =>
        Assert.Equal(SaveOutcome.NotFound, await UploadAsync(Service(), AttachmentSubject.ForVisit(int.MaxValue), "minutes.pdf", SampleFiles.Pdf()));

    [Fact]
    public async Task AnAgreementsDocuments_AreVersions_TheNewestCurrentUntilAnotherIsMarked()
    {
        var agreement = await NewAgreementAsync();
        var service = Service();

        var first = await UploadAsync(service, agreement, "memorandum draft.docx", SampleFiles.Docx());
        var signed = await UploadAsync(service, agreement, "memorandum signed.pdf", SampleFiles.Pdf());
        var photo = await UploadAsync(service, agreement, "signing.png", SampleFiles.Png());

        Assert.Equal((SaveStatus.Saved, SaveStatus.Saved), (first.Status, signed.Status));
        Assert.Equal(["An agreement's documents are its text and its versions: upload a PDF or a Word document (.docx)."],
            photo.Errors![nameof(AttachmentUploadInput.Content)]);
        Assert.Equal([("memorandum signed.pdf", true), ("memorandum draft.docx", false)], (await service.ListAsync(agreement)).Select(a => (a.FileName, a.IsCurrent)));

        var marked = await service.MarkCurrentAsync(Office, first.Id);
        var onVisit = await service.MarkCurrentAsync(Office, (await UploadAsync(service, await NewVisitAsync(), "minutes.pdf", SampleFiles.Pdf())).Id);
        var byViewer = await service.MarkCurrentAsync(TestUsers.InRoles("Vera Viewer", PortalRoles.Viewer), signed.Id);

        Assert.Equal(SaveStatus.Saved, marked.Status);
        Assert.Equal(["Only an agreement's documents have a current version."], onVisit.Errors![nameof(Attachment.IsCurrent)]);
        Assert.Equal(SaveStatus.Forbidden, byViewer.Status);
        Assert.Equal([("memorandum signed.pdf", false), ("memorandum draft.docx", true)], (await service.ListAsync(agreement)).Select(a => (a.FileName, a.IsCurrent)));
    }

    [Fact]
    public async Task Upload_ToAnAgreement_IsListedWithTheAgreementOnly()
    {
        var visit = await NewVisitAsync();
        var agreement = await NewAgreementAsync();

        var outcome = await UploadAsync(Service(), agreement, "signed memorandum.pdf", SampleFiles.Pdf(), "Signed copy");

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        Assert.Equal(["signed memorandum.pdf"], (await Service().ListAsync(agreement)).Select(a => a.FileName));
        Assert.Empty(await Service().ListAsync(visit));
        await using var db = store.NewContext();
        var stored = await db.Attachments.AsNoTracking().SingleAsync(a => a.Id == outcome.Id);
        Assert.Equal((null, agreement.Id), (stored.VisitId, stored.AgreementId));
    }

    [Fact]
    public async Task Upload_IsRecordedInTheHistory_WithoutItsBytes()
    {
        var visit = await NewVisitAsync();

        var outcome = await UploadAsync(Service(), visit, "会议纪要.pdf", SampleFiles.Pdf(), "Minutes");

        await using var db = store.NewContext();
        var records = await db.ChangeRecords.AsNoTracking().Where(r => r.EntityId == outcome.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && (r.EntityType == "Attachment" || r.EntityType == "AttachmentContent")).ToListAsync();
        var record = Assert.Single(records);
        Assert.Equal(("Attachment", ChangeKind.Created, "Dana Abenova"), (record.EntityType, record.Kind, record.Actor));
        Assert.Contains(record.Fields, f => f.Field == "FileName" && f.New == "会议纪要.pdf");
    }

    [Fact]
    public async Task Delete_RemovesTheAttachmentAndItsBytes()
    {
        var visit = await NewVisitAsync();
        var service = Service();
        var kept = await UploadAsync(service, visit, "agenda.pdf", SampleFiles.Pdf());
        var removed = await UploadAsync(service, visit, "photo.png", SampleFiles.Png());

        Assert.Equal(SaveOutcome.Forbidden, await service.DeleteAsync(Viewer, removed.Id));
        var outcome = await service.DeleteAsync(Office, removed.Id);

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        Assert.Equal(["agenda.pdf"], (await service.ListAsync(visit)).Select(a => a.FileName));
        Assert.Null(await service.OpenAsync(removed.Id));
        Assert.Null(await service.OpenThumbnailAsync(removed.Id));
        await using var db = store.NewContext();
        Assert.False(await db.AttachmentContents.AnyAsync(c => c.AttachmentId == removed.Id));
        Assert.True(await db.AttachmentContents.AnyAsync(c => c.AttachmentId == kept.Id));
        Assert.Equal(SaveOutcome.NotFound, await service.DeleteAsync(Office, removed.Id));
    }

    [Fact]
    public async Task DeletingTheVisit_RemovesItsAttachments()
    {
        var visit = await NewVisitAsync();
        var outcome = await UploadAsync(Service(), visit, "agenda.pdf", SampleFiles.Pdf());

        await using (var db = store.NewContext())
        {
            await db.Visits.Where(v => v.Id == visit.Id).ExecuteDeleteAsync();
        }

        Assert.Null(await Service().OpenAsync(outcome.Id));
    }

    /// <summary>A stream that cannot seek, as a request body, and counts what was read from it (every read of a MemoryStream subclass ends here).</summary>
    private sealed class CountingStream(byte[] content) : MemoryStream(content)
    {
        public long BytesRead { get; private set; }

        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }
}

public sealed class SqliteAttachmentServiceTests(SqliteStore store) : AttachmentServiceTests(store), IClassFixture<SqliteStore>;

public sealed class PostgresAttachmentServiceTests(PostgresStore store) : AttachmentServiceTests(store), IClassFixture<PostgresStore>;
