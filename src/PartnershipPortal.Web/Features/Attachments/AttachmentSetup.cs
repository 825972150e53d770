using PartnershipPortal.Core.Features.Attachments;

namespace PartnershipPortal.Web.Features.Attachments;

/// <summary>Attachments: the size limit from the settings, the service, and the limits of the requests that carry files.</summary>
public static class AttachmentSetup
{
    /// <summary>The largest file kept, in megabytes (of 1,024 × 1,024 bytes).</summary>
    public const string MaxFileSizeMegabytes = "Attachments:MaxFileSizeMegabytes";

    /// <summary>Room in an upload request for the form's other fields and the multipart boundaries.</summary>
    public const long RequestOverheadBytes = 1024 * 1024;

    public static AttachmentSettings ReadSettings(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[MaxFileSizeMegabytes];
        if (string.IsNullOrWhiteSpace(value))
        {
            return AttachmentSettings.Default;
        }

        // A gigabyte is beyond what one database row should hold on either store.
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var megabytes) && megabytes is >= 1 and <= 1000
            ? AttachmentSettings.FromMegabytes(megabytes)
            : throw new InvalidOperationException($"{MaxFileSizeMegabytes} is '{value}'; use a whole number of megabytes from 1 to 1000.");
    }

    public static IServiceCollection AddPortalAttachments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ReadSettings(configuration));
        services.AddScoped<AttachmentService>();
        return services;
    }
}
