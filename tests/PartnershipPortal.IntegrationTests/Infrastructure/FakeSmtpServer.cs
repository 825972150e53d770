using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PartnershipPortal.IntegrationTests.Infrastructure;

/// <summary>Just enough of an SMTP server on a loopback port to accept one message and hand over what arrived.</summary>
public sealed class FakeSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public FakeSmtpServer()
    {
        _listener.Start();
        Received = AcceptOneAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The commands and the message text the server received, once the client has quit.</summary>
    public Task<string> Received { get; }

    private async Task<string> AcceptOneAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var received = new StringBuilder();
        await writer.WriteLineAsync("220 smtp.test.example ready");
        while (await reader.ReadLineAsync() is { } line)
        {
            received.AppendLine(line);
            var command = line.Split(' ')[0].ToUpperInvariant();
            if (command == "DATA")
            {
                await writer.WriteLineAsync("354 go ahead");
                while (await reader.ReadLineAsync() is { } data && data != ".")
                {
                    received.AppendLine(data);
                }

                await writer.WriteLineAsync("250 queued");
            }
            else if (command == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                break;
            }
            else
            {
                await writer.WriteLineAsync("250 ok");
            }
        }

        return received.ToString();
    }

    public void Dispose() => _listener.Dispose();
}
