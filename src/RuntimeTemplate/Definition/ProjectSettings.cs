namespace ApiStudio.Runtime.Definition;

/// <summary>Settings that apply to the whole API.</summary>
public sealed record ProjectSettings
{
    [AlwaysWritten]
    public string Name { get; init; } = "api";

    public string? Description { get; init; }

    /// <summary>Path every table endpoint lives under.</summary>
    public string BasePath { get; init; } = "/api/v1";

    public ErrorDialect ErrorDialect { get; init; } = ErrorDialect.Flat;

    public DatabaseProvider Database { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>How long a sign-in (refresh token or session cookie) stays valid.</summary>
    public int SessionLifetimeDays { get; init; } = 7;

    /// <summary>How long a bearer access token stays valid.</summary>
    public int AccessTokenLifetimeMinutes { get; init; } = 15;

    public RateLimitSettings RateLimits { get; init; } = new();

    public int MaxBatchSize { get; init; } = 100;

    /// <summary>When on, 500 bodies carry the full stack trace in <c>details.stack</c>; meant for dev and staging.</summary>
    public bool ExposeErrorStack { get; init; }

    /// <summary>Environments an API key can belong to.</summary>
    public IReadOnlyList<string> Environments { get; init; } = ["dev", "staging", "prod"];
}
