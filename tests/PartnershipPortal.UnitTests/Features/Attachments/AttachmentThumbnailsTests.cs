using PartnershipPortal.Core.Domain;
using PartnershipPortal.Core.Features.Attachments;
using PartnershipPortal.Tests.Infrastructure;
using SkiaSharp;

namespace PartnershipPortal.UnitTests.Features.Attachments;

public sealed class AttachmentThumbnailsTests
{
    private static (int Width, int Height, SKEncodedImageFormat Format) Read(byte[] image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image));
        return (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }

    [Theory]
    [InlineData(1600, 1200, 320, 240)]
    [InlineData(900, 1600, 180, 320)]
    [InlineData(641, 100, 320, 50)]
    [InlineData(200, 120, 200, 120)]
    public void Create_FromJpeg_FitsWithin320PixelsInTheSameFormat(int width, int height, int expectedWidth, int expectedHeight)
    {
        var result = AttachmentThumbnails.Create(SampleFiles.Jpeg(width, height), AttachmentType.Jpeg);

        Assert.Null(result.Problem);
        Assert.Equal((expectedWidth, expectedHeight, SKEncodedImageFormat.Jpeg), Read(result.Thumbnail!));
    }

    [Fact]
    public void Create_FromPng_StaysPng()
    {
        var result = AttachmentThumbnails.Create(SampleFiles.Png(1000, 500), AttachmentType.Png);

        Assert.Equal((320, 160, SKEncodedImageFormat.Png), Read(result.Thumbnail!));
    }

    [Fact]
    public void Create_FromPhoneJpegTurnedAQuarter_IsUpright()
    {
        var result = AttachmentThumbnails.Create(SampleFiles.JpegWithOrientation(800, 400, orientation: 6), AttachmentType.Jpeg);

        Assert.Equal((160, 320, SKEncodedImageFormat.Jpeg), Read(result.Thumbnail!));
    }

    [Fact]
    public void Create_FromTruncatedPng_RefusesItAsBroken()
    {
        var png = SampleFiles.Png(400, 300);

        var result = AttachmentThumbnails.Create(png[..(png.Length / 2)], AttachmentType.Png);

        Assert.Null(result.Thumbnail);
        Assert.Equal("This file looks like a PNG image but cannot be read as one: the image is broken. Save it again and upload the new copy.", result.Problem);
    }

    [Fact]
    public void Create_FromJpegSignatureAlone_RefusesItAsBroken()
    {
        var result = AttachmentThumbnails.Create([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46], AttachmentType.Jpeg);

        Assert.Equal("This file looks like a JPEG image but cannot be read as one: the image is broken. Save it again and upload the new copy.", result.Problem);
    }
}
