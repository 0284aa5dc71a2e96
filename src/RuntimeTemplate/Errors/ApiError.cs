using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.Errors;

/// <summary>
/// One failure, independent of the dialect it is written in: status, layer, code, message, details and
/// hint. Bodies are produced from it by <see cref="ErrorBodyWriter"/>; create it through <see cref="ApiErrors"/>.
/// </summary>
public sealed record ApiError(int Status, string Layer, string Code, string Message, JsonObject? Details = null, string? Hint = null)
{
    /// <summary>Headers the response must carry, such as Retry-After on a 429.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
