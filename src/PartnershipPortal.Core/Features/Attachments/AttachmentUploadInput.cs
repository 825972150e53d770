namespace PartnershipPortal.Core.Features.Attachments;

/// <summary>One file to attach, as the upload form or the API sends it.</summary>
public sealed class AttachmentUploadInput
{
    /// <summary>Names longer than this are refused rather than cut; the stored name is shortened further if need be.</summary>
    public const int FileNameMaxLength = 255;

    /// <summary>The name the file had on the uploader's computer.</summary>
    public string FileName { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>The bytes received: at most one more than the limit, which is enough to know the file is too large.</summary>
    public byte[] Content { get; set; } = [];
}
