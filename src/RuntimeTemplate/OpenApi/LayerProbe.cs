using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Input;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Asks the runtime's own layer checks what they answer to a sample request, so an example error is the
/// one the API sends (codes, details and wording included) rather than a second, drifting copy of the rules.
/// </summary>
internal static class LayerProbe
{
    public const string UserId = "7b3e1c9a-4f2d-4a8e-b6c1-2d9f0e8a5c34";

    private static readonly Lazy<ApiError> Malformed = new(() =>
        Answer(() => RequestBodyReader.ParseObject(Encoding.UTF8.GetBytes(NotAnObject), allowEmpty: true))
        ?? throw new InvalidOperationException("The request reader accepted a body that is not an object."));

    /// <summary>The error the check throws, or null when it lets the request through.</summary>
    public static ApiError? Answer(Action check)
    {
        try
        {
            check();
            return null;
        }
        catch (ApiException exception)
        {
            return exception.Error;
        }
    }

    /// <summary>A body as the request reader hands it to the layers.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Fields(JsonObject body) => Fields(body.ToJsonString());

    /// <inheritdoc cref="Fields(JsonObject)"/>
    public static IReadOnlyDictionary<string, JsonElement> Fields(string json) => RequestBodyReader.ParseObject(Encoding.UTF8.GetBytes(json));

    /// <summary>The body of the malformed-JSON examples: JSON, but not the object every route wants.</summary>
    public const string NotAnObject = "[]";

    /// <summary>What the request reader answers to <see cref="NotAnObject"/>: the same for every operation, so asked once.</summary>
    public static ApiError MalformedBody() => Malformed.Value;


    public static CallerIdentity Member(IReadOnlyList<string> roles) => new()
    {
        Kind = CallerKind.User,
        UserId = UserId,
        ActiveOrgId = ExampleValues.OtherId,
        Roles = roles,
    };

    public static CallerIdentity PublishableKey(IReadOnlyList<string> scopes) => new()
    {
        Kind = CallerKind.PublishableKey,
        UserId = UserId,
        ActiveOrgId = ExampleValues.OtherId,
        ApiKeyId = "key_7d1e",
        Scopes = scopes,
    };
}
