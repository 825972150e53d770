using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartnershipPortal.Tests.Infrastructure;

/// <summary>
/// Records the SQL that EF Core sends to one database while it is alive, through EF's diagnostic events,
/// so tests can prove that paging happens in the database.
/// </summary>
public sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _subscription;
    private readonly ConcurrentQueue<IDisposable> _listeners = new();

    public SqlCapture(string databaseName)
    {
        _database = databaseName;
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public ConcurrentQueue<string> Commands { get; } = new();

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _listeners.Enqueue(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name
            && value.Value is CommandEventData data
            && (data.Command.Connection?.Database == _database || data.Command.Connection?.DataSource?.EndsWith(_database, StringComparison.Ordinal) == true))
        {
            Commands.Enqueue(data.Command.CommandText);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        while (_listeners.TryDequeue(out var listener))
        {
            listener.Dispose();
        }
    }
}
