using System.Net;
using System.Net.Sockets;

namespace ApiStudio.Export.E2E;

/// <summary>
/// HTTP clients that each connect from their own loopback address (127.0.0.2, 127.0.0.3, ...), as separate
/// machines would. Sign-up and sign-in are rate limited per IP address, so each persona gets its own.
/// </summary>
public static class LoopbackClients
{
    private static int next = 1;

    public static HttpClient Create(Uri baseAddress)
    {
        var address = NextAddress();
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellation) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(address, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellation);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    private static IPAddress NextAddress()
    {
        var n = Interlocked.Increment(ref next);
        return new IPAddress([127, 0, (byte)(n / 250), (byte)(2 + n % 250)]);
    }
}
