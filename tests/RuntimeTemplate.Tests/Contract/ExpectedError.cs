using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>
/// What one failure must say, independent of dialect: the flat contract's fields, and the envelope dialect's
/// <c>domain/name</c> code for it. Written out literally in each test, never taken from the runtime.
/// </summary>
public sealed record ExpectedError(int Status, string Layer, string Code, string Message, string EnvelopeCode)
{
    public JsonObject? Details { get; init; }

    public string? Hint { get; init; }
}
