using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PartnershipPortal.Core.Features.Attachments;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Tests.Infrastructure;
using PartnershipPortal.UnitTests.Features.Common;

namespace PartnershipPortal.UnitTests.Features.Attachments;

public sealed class AttachmentUploadInputValidatorTests
{
    private readonly AttachmentUploadInputValidator _validator = new(new AttachmentSettings(MaxSizeBytes: 4096));

    private static AttachmentUploadInput Minutes() => new() { FileName = "minutes.pdf", Description = "Signed minutes of the talks", Content = SampleFiles.Pdf() };

    [Fact]
    public void Validate_WhenPdfIsNamedPdf_ReportsNothing() =>
        ValidatorAssert.ReportsNothing(_validator, Minutes());

    [Fact]
    public void Validate_WithTheDefaultLimit_Allows20Megabytes()
    {
        var input = Minutes();
        input.Content = [.. input.Content, .. new byte[(20 * 1024 * 1024) - input.Content.Length]];

        ValidatorAssert.ReportsNothing(new AttachmentUploadInputValidator(), input);
    }

    [Fact]
    public void Validate_WhenContentPassesTheLimit_ReportsContentOnly()
    {
        var input = Minutes();
        input.Content = [.. input.Content, .. new byte[4097 - input.Content.Length]];

        ValidatorAssert.ReportsOnly(_validator, input, "Content", "Attachment.Content.TooLarge",
            "This file is larger than 4 KB, the largest file the portal keeps. Make it smaller (compress the images, split the document) and try again.");
    }

    [Fact]
    public void Validate_WhenContentAtTheLimit_ReportsNothing()
    {
        var input = Minutes();
        input.Content = [.. input.Content, .. new byte[4096 - input.Content.Length]];

        ValidatorAssert.ReportsNothing(_validator, input);
    }

    [Fact]
    public void Validate_WhenNameContradictsContent_ReportsFileName() =>
        ValidatorAssert.ReportsOnly(_validator, Minutes().With("Content", SampleFiles.Png()), "FileName", "Attachment.FileName.Mismatch",
            "This file is a PNG image, not a PDF. Rename it to end in .png, or choose the file you meant.");

    [Fact]
    public void Validate_WhenContentIsSvg_ReportsContent() =>
        ValidatorAssert.ReportsOnly(_validator, Minutes().With("Content", SampleFiles.Svg()), "Content", "Attachment.Content.Svg",
            "This file is an SVG image. SVG files can carry scripts, so the portal does not keep them: save the picture as PNG or JPEG.");

    [Fact]
    public void Validate_WhenNameIsEmpty_ReportsFileName() =>
        ValidatorAssert.ReportsOnly(_validator, Minutes().With("FileName", ""), "FileName", "Attachment.FileName.Required", "The file has no name.");

    [Theory]
    [InlineData("FileName", AttachmentUploadInput.FileNameMaxLength, "Attachment.FileName.TooLong", "The file's name can be at most 255 characters long (this one has 256).")]
    [InlineData("Description", 500, "Attachment.Description.TooLong", "The description can be at most 500 characters long (this one has 501).")]
    public void Validate_WhenTextGoesPastItsLimit_ReportsThatField(string property, int max, string code, string message) =>
        ValidatorAssert.LimitsText(_validator, Minutes, property, max, code, message);

    [Fact]
    public void AddPortalValidators_WithTheHostsSettings_UsesTheirLimit()
    {
        using var provider = new ServiceCollection().AddSingleton(new AttachmentSettings(4096)).AddPortalValidators().BuildServiceProvider();
        var input = Minutes();
        input.Content = [.. input.Content, .. new byte[4097 - input.Content.Length]];

        var errors = provider.GetRequiredService<IValidator<AttachmentUploadInput>>().Validate(input).Errors;

        Assert.Equal(["Attachment.Content.TooLarge"], errors.Select(e => e.ErrorCode));
    }
}
