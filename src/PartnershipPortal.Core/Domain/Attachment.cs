namespace PartnershipPortal.Core.Domain;

/// <summary>
/// A file kept with a visit (photos, minutes, letters) or an agreement. The bytes live in
/// <see cref="AttachmentContent"/>, a table of their own, so that listing attachments never reads them.
/// </summary>
public class Attachment : Entity
{
    public const int FileNameMaxLength = 200;
    public const int DescriptionMaxLength = 500;

    public int? VisitId { get; set; }

    public Visit? Visit { get; set; }

    public int? AgreementId { get; set; }

    public CooperationAgreement? Agreement { get; set; }

    /// <summary>The name to download under, made safe when uploaded.</summary>
    public string FileName { get; set; } = string.Empty;

    /// <summary>The type found in the content (not the one the browser claimed).</summary>
    public AttachmentType Type { get; set; }

    public string? Description { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the content, hexadecimal.</summary>
    public string Sha256 { get; set; } = string.Empty;

    public bool HasThumbnail { get; set; }

    /// <summary>For an agreement's documents: the version that is in force (one per agreement).</summary>
    public bool IsCurrent { get; set; }

    public string? UploadedByUserId { get; set; }

    public string UploadedByName { get; set; } = string.Empty;

    public AttachmentContent? Content { get; set; }
}

/// <summary>The bytes of an attachment, and of its thumbnail when it is an image.</summary>
public class AttachmentContent
{
    public int AttachmentId { get; set; }

    public byte[] Data { get; set; } = [];

    public byte[]? Thumbnail { get; set; }
}
