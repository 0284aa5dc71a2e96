using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>
/// The part of a 500's details that depends on the build (line numbers, runtime frames): checked here by
/// shape, then copied into the expected body so the rest is still compared exactly.
/// </summary>
public static partial class ExceptionFrames
{
    public const int MaxFrames = 3;

    /// <summary>Checks <c>details.frames</c> and returns a copy of it for the expected body.</summary>
    public static JsonArray Assert(JsonObject? details)
    {
        Xunit.Assert.NotNull(details);
        var frames = details!["frames"] as JsonArray;
        Xunit.Assert.True(frames is not null, $"details.frames is missing: {details.ToJsonString()}");
        Xunit.Assert.InRange(frames!.Count, 1, MaxFrames);
        foreach (var frame in frames.Select(f => f!.GetValue<string>()))
        {
            Xunit.Assert.Matches(Frame(), frame);
            Xunit.Assert.DoesNotContain('/', frame);
            Xunit.Assert.DoesNotContain('\\', frame);
        }

        return (JsonArray)frames.DeepClone();
    }

    /// <summary>Checks that <c>details.stack</c> is the full, unsanitized trace of the exception, and returns it.</summary>
    public static string AssertStack(JsonObject? details, string exceptionType, string message)
    {
        var stack = details?["stack"]?.GetValue<string>();
        Xunit.Assert.False(stack is null, $"details.stack is missing: {details?.ToJsonString()}");
        Xunit.Assert.Contains(exceptionType, stack!, StringComparison.Ordinal);
        Xunit.Assert.Contains(message, stack!, StringComparison.Ordinal);
        Xunit.Assert.Contains("   at ", stack!, StringComparison.Ordinal);
        return stack!;
    }

    /// <summary>"at Type.Method (File.cs:line)" or "at Type.Method": a file name only, never a folder.</summary>
    [GeneratedRegex(@"^at [^\s()]+\.[^\s()]+( \([^\s()/\\]+\.cs:\d+\))?$")]
    private static partial Regex Frame();
}
