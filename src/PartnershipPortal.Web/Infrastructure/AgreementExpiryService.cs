using PartnershipPortal.Core.Features.Agreements.Lifecycle;

namespace PartnershipPortal.Web.Infrastructure;

/// <summary>Runs the agreement expiry check at start and then every <see cref="IntervalKey"/> (an hour unless configured).</summary>
public sealed class AgreementExpiryService(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<AgreementExpiryService> logger)
    : PeriodicJob(scopes, clock, logger)
{
    public const string IntervalKey = "Agreements:ExpiryCheckInterval";

    protected override string Name => "The agreement expiry check";

    protected override TimeSpan Interval { get; } = configuration.GetValue(IntervalKey, TimeSpan.FromHours(1));

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<AgreementExpiryCheck>().RunOnceAsync(cancellationToken);
}
