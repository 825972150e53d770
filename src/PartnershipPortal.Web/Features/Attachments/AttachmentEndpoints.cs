using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnershipPortal.Core.Features.Attachments;
using PartnershipPortal.Core.Features.Common;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.Web.Features.Attachments;

/// <summary>
/// Downloads of attachments and their thumbnails, and uploads to a visit over HTTP (the visit page uploads
/// through its own circuit, with the same service). Bad input is answered with problem details (RFC 9457).
/// </summary>
public static class AttachmentEndpoints
{
    /// <summary>The form field that carries the file, and the one with its description.</summary>
    public const string FileField = "file";

    public const string DescriptionField = "description";

    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var settings = endpoints.ServiceProvider.GetRequiredService<AttachmentSettings>();
        var requestLimit = settings.MaxSizeBytes + AttachmentSetup.RequestOverheadBytes;

        endpoints.MapGet("/attachments/{id:int}", DownloadAsync)
            .RequireAuthorization(PortalPolicies.CanRead)
            .WithName("DownloadAttachment");
        endpoints.MapGet("/attachments/{id:int}/thumbnail", ThumbnailAsync)
            .RequireAuthorization(PortalPolicies.CanRead)
            .WithName("AttachmentThumbnail");
        endpoints.MapPost("/visits/{id:int}/attachments", UploadToVisitAsync)
            .RequireAuthorization(PortalPolicies.CanEdit)
            .WithName("UploadVisitAttachment")
            .WithMetadata(new RequireAntiforgeryTokenAttribute(), new RequestSizeLimitAttribute(requestLimit))
            .WithFormOptions(multipartBodyLengthLimit: requestLimit);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(int id, AttachmentService attachments, HttpContext http, CancellationToken cancellationToken)
    {
        var file = await attachments.OpenAsync(id, cancellationToken);
        return file is null
            ? NoSuchAttachment(id)
            : Send(http.Response, file, ContentDisposition.Attachment(file.FileName), "private, no-store", file.Sha256);
    }

    private static async Task<IResult> ThumbnailAsync(int id, AttachmentService attachments, HttpContext http, CancellationToken cancellationToken)
    {
        var thumbnail = await attachments.OpenThumbnailAsync(id, cancellationToken);

        // An attachment never changes (another upload makes another attachment), so its thumbnail may be kept a day.
        return thumbnail is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No thumbnail", detail: $"Attachment {id} does not exist or is not an image.")
            : Send(http.Response, thumbnail, ContentDisposition.Inline(thumbnail.FileName), "private, max-age=86400", "thumbnail-" + thumbnail.Sha256);
    }

    /// <summary>The bytes with their true media type, never sniffed; a request naming the same tag is answered 304.</summary>
    private static FileContentHttpResult Send(HttpResponse response, AttachmentFile file, string disposition, string caching, string tag)
    {
        response.Headers.ContentDisposition = disposition;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = caching;
        return TypedResults.Bytes(file.Data, file.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{tag}\""));
    }

    private static async Task<IResult> UploadToVisitAsync(
        int id, HttpContext http, AttachmentService attachments, CancellationToken cancellationToken)
    {
        if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } antiforgery)
        {
            // The antiforgery check reads the form first; a body past the limits fails there.
            if (IsTooLarge(antiforgery.Error))
            {
                return TooLarge(attachments.Settings);
            }

            return Refused(StatusCodes.Status400BadRequest, "The form has expired",
                "The upload carried no valid antiforgery token. Reload the page and upload the file again.");
        }

        if (!http.Request.HasFormContentType)
        {
            return Refused(StatusCodes.Status415UnsupportedMediaType, "Not a form upload",
                $"Send the file as multipart/form-data, in a field named '{FileField}', with an optional '{DescriptionField}'.");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (IsTooLarge(exception))
        {
            return TooLarge(attachments.Settings);
        }

        if (form.Files.Count != 1 || form.Files[0].Name != FileField)
        {
            return Refused(StatusCodes.Status400BadRequest, "One file per upload",
                $"Send exactly one file, in the field named '{FileField}'; this request had {form.Files.Count}.");
        }

        var file = form.Files[0];
        if (file.Length > attachments.Settings.MaxSizeBytes)
        {
            return TooLarge(attachments.Settings);
        }

        await using var content = file.OpenReadStream();
        var outcome = await attachments.UploadAsync(
            http.User, AttachmentSubject.ForVisit(id), file.FileName, content, form[DescriptionField].FirstOrDefault(), cancellationToken);
        return outcome.Status switch
        {
            SaveStatus.Saved => TypedResults.Created($"/attachments/{outcome.Id}", await attachments.GetAsync(outcome.Id, cancellationToken)),
            SaveStatus.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such visit", detail: $"Visit {id} does not exist."),
            SaveStatus.Forbidden => TypedResults.Forbid(),
            _ => Invalid(outcome.Errors ?? new Dictionary<string, string[]>()),
        };
    }

    /// <summary>The service's messages under the form fields they are about: the file (its name or content) or the description.</summary>
    private static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors)
    {
        var byField = errors
            .GroupBy(e => e.Key == nameof(AttachmentUploadInput.Description) ? DescriptionField : FileField)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray());
        return TypedResults.ValidationProblem(byField, detail: string.Join(" ", byField.Values.SelectMany(m => m)), title: "The file was not attached");
    }

    /// <summary>Kestrel's request limit (413) or the form's multipart limit, found anywhere in the chain of causes.</summary>
    private static bool IsTooLarge(Exception? exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
            {
                return true;
            }
        }

        return false;
    }

    private static ProblemHttpResult NoSuchAttachment(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such attachment", detail: $"Attachment {id} does not exist.");

    private static ProblemHttpResult TooLarge(AttachmentSettings settings) =>
        Refused(StatusCodes.Status413PayloadTooLarge, "The file is too large", settings.TooLargeMessage);

    private static ProblemHttpResult Refused(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
