using PartnershipPortal.Core.Features.Checklists;
using PartnershipPortal.Core.Features.Notifications;

namespace PartnershipPortal.Web.Infrastructure;

/// <summary>Reception checklists, notifications and the background check that reminds owners of what is due.</summary>
public static class PlanningSetup
{
    public const string CheckInterval = "Notifications:CheckInterval";
    public const string PortalAddress = "Notifications:PortalAddress";

    public static readonly IReadOnlyList<string> Keys = [CheckInterval, PortalAddress];

    public static readonly TimeSpan DefaultCheckInterval = TimeSpan.FromMinutes(5);

    public static IServiceCollection AddPortalPlanning(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddScoped<ChecklistTemplateService>();
        services.AddScoped<ChecklistService>();
        services.AddSingleton(new NotificationMailSettings(ReadPortalAddress(configuration)));
        services.AddScoped<NotificationMailer>();
        services.AddScoped<DueCheck>();
        services.AddScoped<UnreadCountSignal>();
        services.AddSingleton(new DueCheckSchedule(ReadCheckInterval(configuration)));
        services.AddHostedService<DueCheckJob>();
        return services;
    }

    /// <summary>At least ten seconds: a shorter interval would keep the store busy for reminders counted in days.</summary>
    public static TimeSpan ReadCheckInterval(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var interval = configuration.GetValue(CheckInterval, DefaultCheckInterval);
        return interval < TimeSpan.FromSeconds(10) ? TimeSpan.FromSeconds(10) : interval;
    }

    /// <summary>The portal's public address for links in e-mails ("https://portal.university.example/"); none gives paths only.</summary>
    public static Uri? ReadPortalAddress(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[PortalAddress];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp)
            ? address
            : throw new InvalidOperationException($"{PortalAddress} is '{value}'; give the portal's address such as https://portal.university.example/.");
    }
}

/// <summary>How often <see cref="DueCheckJob"/> runs.</summary>
public sealed record DueCheckSchedule(TimeSpan Interval);

/// <summary>Runs <see cref="DueCheck"/> at start and then every <see cref="DueCheckSchedule.Interval"/>.</summary>
public sealed class DueCheckJob(IServiceScopeFactory scopes, DueCheckSchedule schedule, TimeProvider clock, ILogger<DueCheckJob> logger)
    : PeriodicJob(scopes, clock, logger)
{
    protected override string Name => "The due check";

    protected override TimeSpan Interval => schedule.Interval;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<DueCheck>().RunOnceAsync(cancellationToken);
        if (result.Notified + result.Mailed > 0)
        {
            logger.LogInformation("Due check: {Notified} notifications, {Mailed} e-mails", result.Notified, result.Mailed);
        }
    }
}

/// <summary>Tells the top bar's bell of the user's circuit to count again, after the user read notifications.</summary>
public sealed class UnreadCountSignal
{
    public event Action? Changed;

    public void Raise() => Changed?.Invoke();
}
