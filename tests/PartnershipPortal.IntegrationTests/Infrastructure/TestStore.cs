using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using PartnershipPortal.Core.Data;

namespace PartnershipPortal.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, migrated database on one of the two stores, shared by the tests of one class. The clock is
/// fake so tests move time instead of waiting.
/// </summary>
public abstract class TestStore : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private ServiceProvider? _services;

    public FakeTimeProvider Clock { get; } = new(Start);

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The name the store's connection reports as its database (SQLite: the file path).</summary>
    public abstract string DatabaseName { get; }

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The store is not initialised.");

    public IDbContextFactory<PortalDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    public PortalDbContext NewContext() => Contexts.CreateDbContext();

    private readonly SemaphoreSlim _seedLock = new(1, 1);
    private readonly Dictionary<string, object?> _seeded = new(StringComparer.Ordinal);

    /// <summary>Runs a seed once per store, whichever test of the class comes first.</summary>
    public Task SeedOnceAsync(string key, Func<PortalDbContext, Task> seed) =>
        SeedOnceAsync<object?>(key, async db =>
        {
            await seed(db);
            return null;
        });

    /// <summary>Runs a seed once per store and hands every caller what the first run produced.</summary>
    public async Task<T> SeedOnceAsync<T>(string key, Func<PortalDbContext, Task<T>> seed)
    {
        await _seedLock.WaitAsync();
        try
        {
            if (!_seeded.TryGetValue(key, out var result))
            {
                await using var db = NewContext();
                result = await seed(db);
                await db.SaveChangesAsync();
                _seeded[key] = result;
            }

            return (T)result!;
        }
        finally
        {
            _seedLock.Release();
        }
    }

    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    public async Task InitializeAsync()
    {
        var connectionString = await CreateDatabaseAsync();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddPortalDatabase(Provider, connectionString);
        ConfigureServices(services);
        _services = services.BuildServiceProvider();
        await PortalDatabase.MigrateAsync(_services);
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await DropDatabaseAsync();
        _seedLock.Dispose();
    }
}

public sealed class SqliteStore : TestStore
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"portal-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string DatabaseName => _file;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={_file};Pooling=False");

    protected override Task DropDatabaseAsync()
    {
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }
}

public sealed class PostgresStore : TestStore
{
    private readonly string _database = $"portal_test_{Guid.NewGuid():N}";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string DatabaseName => _database;

    /// <summary>The server given by scripts/test.sh; its absence fails the test rather than skipping it.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "PORTAL_TEST_POSTGRES is not set. Run the tests through scripts/test.sh, which starts a PostgreSQL server.");

    protected override async Task<string> CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\" ENCODING 'UTF8'", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
