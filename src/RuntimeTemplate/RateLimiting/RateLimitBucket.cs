namespace ApiStudio.Runtime.RateLimiting;

/// <summary>
/// One counter: who (<c>user:…</c>, <c>key:…</c> or <c>ip:…</c>), which kind, and the table only when that
/// table overrides the project's limit for the kind (otherwise all tables share the caller's counter).
/// </summary>
public sealed record RateLimitBucket(string Identity, string Kind, string? Table, int Limit, TimeSpan Window)
{
    public string Describe() => $"{Kind} limit {Limit} per {Window.TotalSeconds:0} s" + (Table is null ? "" : $" on table '{Table}'");
}
