using System.Net;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.RateLimiting;

/// <summary>Which counter a request draws from, and its limit, from the endpoint's metadata and the definition.</summary>
public static class RateLimitPolicy
{
    public static RateLimitBucket BucketFor(HttpContext context, ApiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(definition);
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedOperation>();
        var kind = declared is null ? RateLimitKinds.FromMethod(context.Request.Method) : RateLimitKinds.Normalize(declared.Kind);
        var settings = definition.Project.RateLimits;
        var window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds));
        if (kind == RateLimitKinds.SignIn)
        {
            // Per IP whoever the caller is: password guessing is bounded by where it comes from.
            return new RateLimitBucket(ClientAddress(context), kind, null, settings.SignIn, window);
        }

        var overrides = declared?.Table is { } tableName ? definition.FindTable(tableName)?.RateLimits : null;
        var tableLimit = overrides is null ? null : TableLimit(overrides, kind);
        var limit = tableLimit ?? ProjectLimit(settings, kind);
        return new RateLimitBucket(Identity(context), kind, tableLimit is null ? null : declared!.Table, limit, window);
    }

    /// <summary>The caller's counter key: the API key, else the user, else the client's address.</summary>
    public static string Identity(HttpContext context)
    {
        var caller = context.GetCaller();
        return caller switch
        {
            { ApiKeyId: { } keyId } => "key:" + keyId,
            { Kind: CallerKind.User, UserId: { } userId } => "user:" + userId,
            _ => ClientAddress(context),
        };
    }

    /// <summary>
    /// The connection's address. Behind a proxy, the host must apply forwarded headers before this layer,
    /// or every client shares the proxy's counter.
    /// </summary>
    public static string ClientAddress(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "ip:unknown";
        }

        return "ip:" + (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }

    private static int? TableLimit(TableRateLimits overrides, string kind) => kind switch
    {
        RateLimitKinds.Create => overrides.Create,
        RateLimitKinds.Update => overrides.Update,
        RateLimitKinds.Delete => overrides.Delete,
        _ => overrides.Read,
    };

    private static int ProjectLimit(RateLimitSettings settings, string kind) => kind switch
    {
        RateLimitKinds.Create => settings.Create,
        RateLimitKinds.Update => settings.Update,
        RateLimitKinds.Delete => settings.Delete,
        _ => settings.Read,
    };
}
