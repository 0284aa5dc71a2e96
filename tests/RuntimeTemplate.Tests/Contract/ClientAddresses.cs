using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>
/// Gives each test request a client address, before the runtime's pipeline: the one in <see cref="Header"/>,
/// else a new one per request. Sign-in limits are counted per address, so the fixture's many sign-ins never
/// share a counter, while a test that wants to hit the limit sends its own address every time.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Ip";

    private int next;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> nextConfigure) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var sent = context.Request.Headers[Header].ToString();
            context.Connection.RemoteIpAddress = sent.Length > 0 ? IPAddress.Parse(sent) : Fresh();
            return nextMiddleware(context);
        });
        nextConfigure(app);
    };

    private IPAddress Fresh()
    {
        var n = Interlocked.Increment(ref next);
        return new IPAddress([10, (byte)(n >> 16), (byte)(n >> 8), (byte)n]);
    }
}
