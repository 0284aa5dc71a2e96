namespace ApiStudio.Runtime.RateLimiting;

/// <summary>The kinds of operation counted separately, each with its own limit in <c>project.rateLimits</c>.</summary>
public static class RateLimitKinds
{
    public const string Read = "read";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";

    /// <summary>Sign-up, sign-in and refresh: counted per client IP, kept low against password guessing.</summary>
    public const string SignIn = "signIn";

    /// <summary>The kind of a declared operation; <c>list</c> and <c>get</c> are reads, anything unknown counts as a read.</summary>
    public static string Normalize(string kind) => kind.ToLowerInvariant() switch
    {
        "create" => Create,
        "update" => Update,
        "delete" => Delete,
        "signin" => SignIn,
        _ => Read,
    };

    /// <summary>The kind of a request whose endpoint declares none, by its HTTP method.</summary>
    public static string FromMethod(string method) => method.ToUpperInvariant() switch
    {
        "POST" => Create,
        "PUT" or "PATCH" => Update,
        "DELETE" => Delete,
        _ => Read,
    };
}
