using System.Globalization;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>Everything an error example's body depends on: the error, and the request its body echoes.</summary>
internal readonly record struct ErrorExampleKey(int Status, string Layer, string Code, string Message, string? Hint, string? Details,
    string Method, string Url, string? Body, string RequestId)
{
    public static ErrorExampleKey Of(ErrorCase errorCase)
    {
        var (error, request) = errorCase;
        return new(error.Status, error.Layer, error.Code, error.Message, error.Hint, error.Details?.ToJsonString(),
            request.Method, request.Url, request.Body, request.RequestId);
    }

    /// <summary>The key as one string, for <see cref="SharedComponents"/>.</summary>
    public string Text => string.Join('\n', Status.ToString(CultureInfo.InvariantCulture), Layer, Code, Message, Hint ?? "\0", Details ?? "\0",
        Method, Url, Body ?? "\0", RequestId);
}
