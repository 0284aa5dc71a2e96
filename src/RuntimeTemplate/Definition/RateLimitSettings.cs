namespace ApiStudio.Runtime.Definition;

/// <summary>Requests allowed per identity within one window, by kind of operation.</summary>
public sealed record RateLimitSettings
{
    public int WindowSeconds { get; init; } = 60;

    public int Read { get; init; } = 1000;

    public int Create { get; init; } = 200;

    public int Update { get; init; } = 200;

    public int Delete { get; init; } = 200;

    /// <summary>Sign-in attempts per IP address and window; kept low against password guessing.</summary>
    public int SignIn { get; init; } = 10;
}
