using FluentValidation;
using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Common;

namespace PartnershipPortal.Core.Features.Attachments;

/// <summary>
/// A file may be attached when it has a name, a description of reasonable length, content within the size
/// limit, and that content is one of the kept types and agrees with the name's extension.
/// </summary>
public sealed class AttachmentUploadInputValidator : AbstractValidator<AttachmentUploadInput>
{
    /// <summary>With the default limit; the host registers its configured <see cref="AttachmentSettings"/>, which the container prefers.</summary>
    public AttachmentUploadInputValidator()
        : this(AttachmentSettings.Default)
    {
    }

    public AttachmentUploadInputValidator(AttachmentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RuleFor(a => a.FileName)
            .Required("Attachment.FileName.Required", "The file has no name.")
            .MaxChars(AttachmentUploadInput.FileNameMaxLength, "Attachment.FileName.TooLong", "The file's name");
        RuleFor(a => a.Description)
            .MaxChars(Attachment.DescriptionMaxLength, "Attachment.Description.TooLong", "The description");
        RuleFor(a => a.Content)
            .Must(content => content.LongLength <= settings.MaxSizeBytes)
            .WithErrorCode("Attachment.Content.TooLarge")
            .WithMessage(settings.TooLargeMessage)
            .DependentRules(() => RuleFor(a => a).Custom((input, context) =>
            {
                var verdict = ContentInspector.Inspect(input.Content, input.FileName);
                if (!verdict.IsAccepted)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(verdict.Field, verdict.Message) { ErrorCode = verdict.Code });
                }
            }));
    }
}
