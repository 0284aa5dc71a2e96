namespace ApiStudio.Studio.Export;

/// <summary>
/// Numbers runs of a background job that edits can start again before the last one ends (exporting the design as
/// it is now): only the newest run may show its result, so a slow earlier run that finishes last never replaces it.
/// </summary>
public sealed class LatestRun
{
    private int latest;

    /// <summary>Starts a run; every run started before it is superseded.</summary>
    public int Begin() => Interlocked.Increment(ref latest);

    public bool IsLatest(int run) => Volatile.Read(ref latest) == run;
}
