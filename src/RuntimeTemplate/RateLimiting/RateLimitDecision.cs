namespace ApiStudio.Runtime.RateLimiting;

/// <summary>Whether a request may proceed, what is left of its window, and when to retry if not.</summary>
public sealed record RateLimitDecision(bool Allowed, int Remaining, int RetryAfterSeconds);
