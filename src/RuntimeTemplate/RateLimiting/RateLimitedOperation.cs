namespace ApiStudio.Runtime.RateLimiting;

/// <summary>
/// Endpoint metadata naming what a request counts against: <c>.WithMetadata(new RateLimitedOperation("read", "deals"))</c>.
/// <see cref="Kind"/> is one of <see cref="RateLimitKinds"/>; <see cref="Table"/> picks up that table's overrides.
/// Endpoints without it count by HTTP method against the project's limits.
/// </summary>
public sealed record RateLimitedOperation(string Kind, string? Table = null);
