using ApiStudio.Runtime.Input;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Authentication.Requests;

/// <summary>
/// Reads the small JSON bodies of the account endpoints (sign-in, organizations, keys) with the runtime's
/// body reader, so they fail exactly like table bodies: 400 VALIDATION_MALFORMED_JSON or 413, never a 500.
/// </summary>
public static class JsonBody
{
    /// <summary>Account bodies are a few fields; 16 KB is generous and keeps parsing and hashing cheap.</summary>
    public const int MaxBytes = 16 * 1024;

    public static Task<BodyFields> ReadAsync(HttpContext context) => ReadAsync(context, allowEmpty: false);

    /// <summary>Like <see cref="ReadAsync(HttpContext)"/>, but an empty body is an empty object: for endpoints whose fields are all optional.</summary>
    public static Task<BodyFields> ReadOptionalAsync(HttpContext context) => ReadAsync(context, allowEmpty: true);

    private static async Task<BodyFields> ReadAsync(HttpContext context, bool allowEmpty)
    {
        // The error echo reads the body again; buffering is normally on already (error middleware), this keeps it so without it.
        context.Request.EnableBuffering();
        var fields = await RequestBodyReader.ReadObjectAsync(context.Request, MaxBytes, allowEmpty, context.RequestAborted);
        return new BodyFields(fields);
    }
}
