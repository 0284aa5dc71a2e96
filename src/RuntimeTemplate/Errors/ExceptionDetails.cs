using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.Errors;

/// <summary>
/// What a 500 body may say about an exception: its type, its cause, and the top three frames reduced to
/// file name and line, so the server's folder layout never leaks. The full stack only when asked for.
/// </summary>
public static class ExceptionDetails
{
    public const int FrameCount = 3;

    public static JsonObject From(Exception exception, bool exposeStack)
    {
        var details = new JsonObject
        {
            ["name"] = exception.GetType().Name,
            ["frames"] = new JsonArray(Frames(exception).Select(f => (JsonNode?)f).ToArray()),
        };
        if (exception.InnerException is { } cause)
        {
            details["cause"] = cause.Message;
        }

        if (exposeStack)
        {
            details["stack"] = exception.ToString();
        }

        return details;
    }

    public static IReadOnlyList<string> Frames(Exception exception) =>
        new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .Where(f => f.GetMethod() is not null)
            .Take(FrameCount)
            .Select(Describe)
            .ToList();

    /// <summary>
    /// <c>Type.Method</c>; an async or iterator method runs in a compiler-made state machine
    /// (<c>&lt;RunAsync&gt;d__3.MoveNext</c>), which is named after the method it was written as.
    /// </summary>
    private static string MethodName(System.Reflection.MethodBase method)
    {
        var type = method.DeclaringType;
        if (type is { Name: ['<', ..] } && type.Name.IndexOf('>') is > 1 and var end && type.DeclaringType is { } owner)
        {
            return $"{owner.Name}.{type.Name[1..end]}";
        }

        return type is null ? method.Name : $"{type.Name}.{method.Name}";
    }

    private static string Describe(StackFrame frame)
    {
        var method = frame.GetMethod()!;
        var name = MethodName(method);
        var file = frame.GetFileName();
        return file is null ? $"at {name}" : $"at {name} ({Path.GetFileName(file)}:{frame.GetFileLineNumber()})";
    }
}
