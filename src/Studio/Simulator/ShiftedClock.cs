namespace ApiStudio.Studio.Simulator;

/// <summary>The system clock moved by a fixed offset: signs tokens that are already expired.</summary>
public sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
