using System.Linq.Expressions;
using System.Security.Claims;
using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnershipPortal.Core.Data;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Accounts;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Attachments;

/// <summary>
/// Files kept with a visit or an agreement, in the database so that one backup holds everything. An upload
/// is checked by its content, stored with its thumbnail in one transaction, and refused whole when anything
/// is wrong. Lists never read the bytes; downloads read only the one file.
/// </summary>
public sealed class AttachmentService(
    IDbContextFactory<PortalDbContext> contexts, IValidator<AttachmentUploadInput> validator, AttachmentSettings settings)
{
    public AttachmentSettings Settings => settings;

    /// <summary>
    /// Reads the file (never more than one byte past the limit), checks it, and stores it under a safe name.
    /// Saved with the new attachment's id; Invalid with the message beside FileName, Description or Content;
    /// Forbidden for users who may not edit; NotFound when the visit or agreement does not exist.
    /// </summary>
    public async Task<SaveOutcome> UploadAsync(
        ClaimsPrincipal user, AttachmentSubject subject, string fileName, Stream content, string? description, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!PortalAccess.CanEdit(user))
        {
            return SaveOutcome.Forbidden;
        }

        var input = new AttachmentUploadInput
        {
            FileName = fileName,
            Description = description,
            Content = await ReadAtMostAsync(content, settings.MaxSizeBytes + 1, cancellationToken),
        };
        if (await Saving.RefusalAsync(user, validator, input, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var type = ContentInspector.Inspect(input.Content, fileName).Type!.Value;
        if (subject.Kind == AttachmentSubjectKind.Agreement && type is not (AttachmentType.Pdf or AttachmentType.Docx))
        {
            return SaveOutcome.Invalid(nameof(AttachmentUploadInput.Content),
                "An agreement's documents are its text and its versions: upload a PDF or a Word document (.docx).");
        }

        byte[]? thumbnail = null;
        if (AttachmentFormats.IsImage(type))
        {
            var made = AttachmentThumbnails.Create(input.Content, type);
            if (made.Problem is not null)
            {
                return SaveOutcome.Invalid(nameof(AttachmentUploadInput.Content), made.Problem);
            }

            thumbnail = made.Thumbnail;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var exists = subject.Kind == AttachmentSubjectKind.Visit
            ? await db.Visits.AnyAsync(v => v.Id == subject.Id, cancellationToken)
            : await db.Agreements.AnyAsync(a => a.Id == subject.Id, cancellationToken);
        if (!exists)
        {
            return SaveOutcome.NotFound;
        }

        var attachment = new Attachment
        {
            VisitId = subject.Kind == AttachmentSubjectKind.Visit ? subject.Id : null,
            AgreementId = subject.Kind == AttachmentSubjectKind.Agreement ? subject.Id : null,
            FileName = SafeFileName.For(fileName, type),
            Type = type,
            Description = Saving.Clean(description),
            SizeBytes = input.Content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(input.Content)),
            HasThumbnail = thumbnail is not null,
            UploadedByUserId = db.Actor.UserId,
            UploadedByName = db.Actor.Name,
            Content = new AttachmentContent { Data = input.Content, Thumbnail = thumbnail },
        };
        if (subject.Kind == AttachmentSubjectKind.Visit)
        {
            db.Attachments.Add(attachment);
            return await Saving.CommitAsync(db, attachment, cancellationToken);
        }

        // The newest version of an agreement's text is the current one until someone marks another.
        return await MakeCurrentAsync(db, subject.Id, attachment, add: true, cancellationToken);
    }

    /// <summary>Marks one of an agreement's documents as the version in force; the others stay as earlier versions.</summary>
    public Task<SaveOutcome> MarkCurrentAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, id, (db, attachment) => attachment switch
        {
            { AgreementId: null } => Task.FromResult(SaveOutcome.Invalid(nameof(Attachment.IsCurrent), "Only an agreement's documents have a current version.")),
            { IsCurrent: true } => Task.FromResult(SaveOutcome.Saved(attachment.Id, attachment.Version)),
            _ => MakeCurrentAsync(db, attachment.AgreementId.Value, attachment, add: false, cancellationToken),
        }, cancellationToken);

    /// <summary>
    /// Saves <paramref name="attachment"/> (a new one when <paramref name="add"/>) as the agreement's current document.
    /// Two steps in one transaction: the unique index allows one current document, even for a moment, so the one
    /// before is unmarked and written first.
    /// </summary>
    private static async Task<SaveOutcome> MakeCurrentAsync(PortalDbContext db, int agreementId, Attachment attachment, bool add, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await db.Attachments.Where(a => a.AgreementId == agreementId && a.IsCurrent).ToListAsync(cancellationToken);
        foreach (var document in current)
        {
            document.IsCurrent = false;
        }

        if (current.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        attachment.IsCurrent = true;
        if (add)
        {
            db.Attachments.Add(attachment);
        }

        var saved = await Saving.CommitAsync(db, attachment, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>The attachments of a visit or an agreement, newest first, without their bytes.</summary>
    public async Task<IReadOnlyList<AttachmentView>> ListAsync(AttachmentSubject subject, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await View(db.Attachments.AsNoTracking().Where(Of(subject)).OrderByDescending(a => a.Id)).ToListAsync(cancellationToken);
    }

    /// <summary>One attachment as lists show it; null when there is none with that id.</summary>
    public async Task<AttachmentView?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await View(db.Attachments.AsNoTracking().Where(a => a.Id == id)).SingleOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<AttachmentView> View(IQueryable<Attachment> attachments) =>
        attachments.Select(a => new AttachmentView(a.Id, a.FileName, a.Type, a.Description, a.SizeBytes, a.HasThumbnail, a.UploadedByName, a.CreatedAt, a.IsCurrent));

    /// <summary>Removes an attachment and its bytes; the change history keeps who removed which file.</summary>
    public Task<SaveOutcome> DeleteAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, id, (db, attachment) =>
        {
            // The content row goes with it: the foreign key cascades in both stores, so the bytes are never loaded.
            db.Attachments.Remove(attachment);
            return Saving.CommitAsync(db, attachment, cancellationToken);
        }, cancellationToken);

    /// <summary>A change to one stored attachment by a user who may edit, on a context acting as that user.</summary>
    private async Task<SaveOutcome> ChangeAsync(
        ClaimsPrincipal user, int id, Func<PortalDbContext, Attachment, Task<SaveOutcome>> change, CancellationToken cancellationToken)
    {
        if (!PortalAccess.CanEdit(user))
        {
            return SaveOutcome.Forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = PortalAccess.ActorOf(user);
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return attachment is null ? SaveOutcome.NotFound : await change(db, attachment);
    }

    /// <summary>The file to download: its safe name, media type and bytes; null when there is no such attachment.</summary>
    public Task<AttachmentFile?> OpenAsync(int id, CancellationToken cancellationToken = default) =>
        ReadFileAsync(id, thumbnail: false, cancellationToken);

    /// <summary>The thumbnail of an image attachment; null when there is no such attachment or it has none.</summary>
    public Task<AttachmentFile?> OpenThumbnailAsync(int id, CancellationToken cancellationToken = default) =>
        ReadFileAsync(id, thumbnail: true, cancellationToken);

    private async Task<AttachmentFile?> ReadFileAsync(int id, bool thumbnail, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == id && (!thumbnail || a.HasThumbnail))
            .Select(a => new { a.FileName, a.Type, a.Sha256, Data = thumbnail ? a.Content!.Thumbnail : a.Content!.Data })
            .SingleOrDefaultAsync(cancellationToken);
        return found?.Data is null ? null : new AttachmentFile(found.FileName, AttachmentFormats.ContentType(found.Type), found.Sha256, found.Data);
    }

    private static Expression<Func<Attachment, bool>> Of(AttachmentSubject subject) => subject.Kind == AttachmentSubjectKind.Visit
        ? a => a.VisitId == subject.Id
        : a => a.AgreementId == subject.Id;

    /// <summary>Reads up to <paramref name="limit"/> bytes: a file past the limit is known to be too large without reading it all.</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length < limit)
        {
            var read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>An attachment as lists show it. UploadedAt is UTC.</summary>
public sealed record AttachmentView(
    int Id, string FileName, AttachmentType Type, string? Description, long SizeBytes, bool HasThumbnail, string UploadedBy, DateTimeOffset UploadedAt,
    bool IsCurrent = false);

/// <summary>A file as it is downloaded: the name to save it under, its media type, its SHA-256 (hex) and its bytes.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, string Sha256, byte[] Data);
