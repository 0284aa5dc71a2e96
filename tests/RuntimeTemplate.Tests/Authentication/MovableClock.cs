namespace ApiStudio.Runtime.Tests.Authentication;

/// <summary>A clock tests move forward, so expiry is tested without sleeping.</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public MovableClock() : this(new DateTimeOffset(2030, 1, 15, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
