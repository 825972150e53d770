namespace PartnershipPortal.Web.Infrastructure;

/// <summary>
/// Background work that runs at start and then every <see cref="Interval"/>, timed by the <see cref="TimeProvider"/>
/// so that tests can move the clock. Each run has its own service scope; a failed run is logged and the next one
/// tries again. An interval of zero or less turns the job off. Every instance of the portal runs its jobs, so the
/// work itself must make sure each piece is done once.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The job as log lines name it: "The due check".</summary>
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One run, with the services of its own scope.</summary>
    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval <= TimeSpan.Zero)
        {
            logger.LogInformation("{Job} is off (its interval is {Interval})", Name, Interval);
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                await RunInScopeAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunInScopeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await RunOnceAsync(scope.ServiceProvider, stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "{Job} failed; it runs again in {Interval}", Name, Interval);
        }
    }
}
