using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>One error an operation can answer, with the request that would provoke it (for the example's echo).</summary>
internal sealed record ErrorCase(ApiError Error, RequestEcho Request);
