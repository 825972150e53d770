using PartnershipPortal.Core.Domain;
using SkiaSharp;

namespace PartnershipPortal.Core.Features.Attachments;

/// <summary>
/// Small pictures of photos and scans for attachment lists: at most <see cref="MaxSide"/> pixels on the longer
/// side, turned upright as the camera recorded, in the format of the original. Decoding the whole image is
/// also the check that an image is not broken: one that does not decode completely is refused.
/// </summary>
public static class AttachmentThumbnails
{
    public const int MaxSide = 320;

    /// <summary>Larger images are refused: decoding one takes four bytes a pixel (50 million pixels: 200 MB).</summary>
    public const long MaxPixels = 50_000_000;

    public static ThumbnailResult Create(byte[] image, AttachmentType type)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!AttachmentFormats.IsImage(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Only images have thumbnails.");
        }

        var broken = ThumbnailResult.Refused(
            $"This file looks like {AttachmentFormats.Describe(type)} but cannot be read as one: the image is broken. Save it again and upload the new copy.");
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return broken;
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return ThumbnailResult.Refused(
                $"This image has {codec.Info.Width} × {codec.Info.Height} pixels; the portal keeps images of at most 50 million pixels. Save a smaller copy and upload that.");
        }

        using var decoded = Decode(codec);
        if (decoded is null)
        {
            return broken;
        }

        var (width, height) = Fit(decoded.Width, decoded.Height);
        using var resized = width == decoded.Width && height == decoded.Height
            ? decoded.Copy()
            : decoded.Resize(new SKImageInfo(width, height, decoded.ColorType, decoded.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null)
        {
            return broken;
        }

        using var upright = Orient(resized, codec.EncodedOrigin);
        using var picture = SKImage.FromBitmap(upright);
        using var encoded = type == AttachmentType.Jpeg
            ? picture.Encode(SKEncodedImageFormat.Jpeg, 82)
            : picture.Encode(SKEncodedImageFormat.Png, 100);
        return encoded is null ? broken : ThumbnailResult.Made(encoded.ToArray());
    }

    /// <summary>
    /// Decodes the whole image, or a JPEG at the smallest scale its decoder offers that is still at least
    /// twice the thumbnail; null when any part fails to decode (a truncated or corrupt file).
    /// </summary>
    private static SKBitmap? Decode(SKCodec codec)
    {
        var longer = Math.Max(codec.Info.Width, codec.Info.Height);
        var size = codec.GetScaledDimensions(Math.Min(1f, 2f * MaxSide / longer));
        if (Math.Max(size.Width, size.Height) < Math.Min(longer, 2 * MaxSide))
        {
            size = new SKSizeI(codec.Info.Width, codec.Info.Height);
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    /// <summary>The size that fits within <see cref="MaxSide"/> on both sides, keeping the proportions; small images keep theirs.</summary>
    private static (int Width, int Height) Fit(int width, int height)
    {
        var scale = Math.Min(1d, (double)MaxSide / Math.Max(width, height));
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    /// <summary>Turns the picture as the EXIF orientation says, so that a phone photo taken upright shows upright.</summary>
    private static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        float w = bitmap.Width;
        float h = bitmap.Height;

        // Maps a stored pixel (x, y) to where it shows: x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY.
        SKMatrix? matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => null,
        };
        if (matrix is null)
        {
            return bitmap.Copy();
        }

        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(new SKImageInfo(turned ? bitmap.Height : bitmap.Width, turned ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType));
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(matrix.Value);
        canvas.DrawBitmap(bitmap, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        canvas.Flush();
        return result;
    }
}

/// <summary>A thumbnail's bytes, or why the image was refused.</summary>
public sealed record ThumbnailResult(byte[]? Thumbnail, string? Problem)
{
    public static ThumbnailResult Made(byte[] thumbnail) => new(thumbnail, null);

    public static ThumbnailResult Refused(string problem) => new(null, problem);
}
