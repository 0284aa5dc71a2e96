using System.Text.Json.Nodes;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>One of the runtime's own routes (auth, organizations, members, API keys) as the document describes it.</summary>
internal sealed record AuthRoute(string Method, string Path, string OperationId, string Tag, string Summary, AccessSummary Access)
{
    public string? RequestSchema { get; init; }

    /// <summary>The route reads a body but accepts none (sign-out's refresh token is optional).</summary>
    public bool RequestOptional { get; init; }

    /// <summary>The body the error examples echo; sensitive keys come out redacted, as the runtime echoes them.</summary>
    public JsonObject? SampleBody { get; init; }

    public int SuccessStatus { get; init; } = 200;

    public string SuccessDescription { get; init; } = "OK.";

    public string? SuccessSchema { get; init; }

    public bool SuccessIsList { get; init; }

    public IReadOnlyList<ApiError> Errors { get; init; } = [];

    public string? Description { get; init; }

    /// <summary>The credentials the route accepts, when not the document's default of any of the three.</summary>
    public JsonArray? Security { get; init; }
}
