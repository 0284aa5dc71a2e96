using ApiStudio.Runtime.Errors;

namespace ApiStudio.Studio.ErrorPreview;

/// <summary>A curl command that reproduces an error against an exported API running locally.</summary>
public static class CurlCommand
{
    public const string LocalApi = "http://localhost:5000";

    public static string For(ApiError error, RequestEcho request)
    {
        var parts = new List<string> { "curl -i", $"-X {request.Method}", Quote(LocalApi + request.Url) };
        var credential = error.Code switch
        {
            ErrorCodes.AuthMissing => null,
            ErrorCodes.AuthInvalidToken => "Authorization: Bearer not-a-valid-token",
            ErrorCodes.AuthExpired => "Authorization: Bearer <an expired access token>",
            _ => "Authorization: Bearer <access token>",
        };
        if (credential is not null)
        {
            parts.Add("-H " + Quote(credential));
        }

        if (request.Body is { } body)
        {
            parts.Add("-H " + Quote("Content-Type: application/json"));
            parts.Add("-d " + Quote(body));
        }

        return string.Join(" ", parts);
    }

    /// <summary>Single quotes for a POSIX shell: a quote inside becomes '\''.</summary>
    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
