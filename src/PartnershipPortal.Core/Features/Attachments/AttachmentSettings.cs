namespace PartnershipPortal.Core.Features.Attachments;

/// <summary>How large one attached file may be; the web host reads it from its settings.</summary>
public sealed record AttachmentSettings(long MaxSizeBytes)
{
    public const int DefaultMaxSizeMegabytes = 20;

    public static AttachmentSettings Default { get; } = FromMegabytes(DefaultMaxSizeMegabytes);

    public static AttachmentSettings FromMegabytes(int megabytes) => new(megabytes * 1024L * 1024L);

    /// <summary>The refusal of a file above the limit, the same wherever the file arrives (form, API, service).</summary>
    public string TooLargeMessage => $"This file is larger than {AttachmentFormats.Size(MaxSizeBytes)}, the largest file the portal keeps. Make it smaller (compress the images, split the document) and try again.";
}

/// <summary>The record an attachment belongs to: a visit or an agreement.</summary>
public enum AttachmentSubjectKind
{
    Visit,
    Agreement,
}

/// <summary>A visit or an agreement, as the attachment service is given it.</summary>
public readonly record struct AttachmentSubject(AttachmentSubjectKind Kind, int Id)
{
    public static AttachmentSubject ForVisit(int visitId) => new(AttachmentSubjectKind.Visit, visitId);

    public static AttachmentSubject ForAgreement(int agreementId) => new(AttachmentSubjectKind.Agreement, agreementId);
}
