using System.IO.Pipelines;

namespace PartnershipPortal.Core.Reporting;

/// <summary>
/// Runs a writer that can only write synchronously (a zip, an XML writer) on a thread of its own, into a pipe
/// whose other end is copied asynchronously to the destination: a response body, where Kestrel forbids
/// synchronous writes. The pipe holds at most about a megabyte: when the destination is slow the writer waits.
/// A failure on either side ends both, and reaches the caller as an exception.
/// </summary>
public static class PipedOutput
{
    private const long PauseAt = 1024 * 1024;
    private const long ResumeAt = 512 * 1024;

    public static async Task<T> CopyAsync<T>(Func<Stream, CancellationToken, T> write, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(destination);
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: PauseAt, resumeWriterThreshold: ResumeAt, useSynchronizationContext: false));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    T result;
                    using (var stream = pipe.Writer.AsStream(leaveOpen: true))
                    {
                        result = write(stream, stop.Token);
                        stream.Flush();
                    }

                    pipe.Writer.Complete();
                    return result;
                }
                catch (Exception error)
                {
                    pipe.Writer.Complete(error);
                    throw;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            await pipe.Reader.CopyToAsync(destination, cancellationToken);
        }
        catch
        {
            // The destination failed or the writer did: make sure the writer stops, then report the first cause.
            await stop.CancelAsync();
            await pipe.Reader.CompleteAsync();
            try
            {
                await producer;
            }
            catch (Exception) when (!producer.IsCompletedSuccessfully)
            {
                // The writer's own failure is the one rethrown below when it came first.
            }

            throw;
        }

        await pipe.Reader.CompleteAsync();
        return await producer;
    }
}
