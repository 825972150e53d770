using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PartnershipPortal.Web.Infrastructure;

namespace PartnershipPortal.IntegrationTests.Web;

/// <summary>The background jobs' shared schedule: at start, then every interval; a failed run is logged and the next one runs.</summary>
public sealed class PeriodicJobTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 5, 20, 8, 0, 0, TimeSpan.Zero));
    private readonly RecordingLogger _logger = new();

    [Fact]
    public async Task AFailedRun_IsLogged_AndTheNextIntervalRunsAgain()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var job = new CountingJob(services.GetRequiredService<IServiceScopeFactory>(), _clock, _logger, TimeSpan.FromMinutes(5), failFirst: true);

        await job.StartAsync(CancellationToken.None);
        await UntilAsync(() => job.Runs == 1);
        _clock.Advance(TimeSpan.FromMinutes(4));
        await Task.Delay(200);
        Assert.Equal(1, job.Runs);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await UntilAsync(() => job.Runs == 2);
        await job.StopAsync(CancellationToken.None);

        Assert.Equal(["Error: The counting job failed; it runs again in 00:05:00"], _logger.Lines);
    }

    [Fact]
    public async Task AnIntervalOfZero_TurnsTheJobOff()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var job = new CountingJob(services.GetRequiredService<IServiceScopeFactory>(), _clock, _logger, TimeSpan.Zero, failFirst: false);

        await job.StartAsync(CancellationToken.None);
        await job.ExecuteTask!;
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, job.Runs);
        Assert.Equal(["Information: The counting job is off (its interval is 00:00:00)"], _logger.Lines);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }

    private sealed class CountingJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger, TimeSpan interval, bool failFirst)
        : PeriodicJob(scopes, clock, logger)
    {
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        protected override string Name => "The counting job";

        protected override TimeSpan Interval => interval;

        protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _runs) == 1 && failFirst ? throw new InvalidOperationException("The store is away.") : Task.CompletedTask;
    }

    private sealed class RecordingLogger : ILogger
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => _lines.ToList();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
