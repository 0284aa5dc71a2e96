namespace ApiStudio.Runtime.Errors;

/// <summary>The <c>request</c> block of an error body: enough to triage a failure without the server's logs.</summary>
public sealed record RequestEcho(string Method, string Url, string? Body, string RequestId);
