using PartnershipPortal.Core.Features.Agreements.Lifecycle;

namespace PartnershipPortal.Web.Infrastructure;

/// <summary>
/// Runs the agreement expiry check at start and then every <see cref="IntervalKey"/> (an hour unless
/// configured). Every instance of the portal runs it; the check itself makes sure each piece of work is
/// done once. A failed run is logged and the next one tries again.
/// </summary>
public sealed class AgreementExpiryService(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<AgreementExpiryService> logger)
    : BackgroundService
{
    public const string IntervalKey = "Agreements:ExpiryCheckInterval";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue(IntervalKey, TimeSpan.FromHours(1));
        if (interval <= TimeSpan.Zero)
        {
            logger.LogInformation("The agreement expiry check is off ({Key} is {Interval})", IntervalKey, interval);
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AgreementExpiryCheck>().RunOnceAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "The agreement expiry check failed; it runs again in {Interval}", interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
