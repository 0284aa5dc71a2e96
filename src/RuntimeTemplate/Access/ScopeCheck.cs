using ApiStudio.Runtime.ApiKeys;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Access;

/// <summary>
/// API-key scopes, checked before any row rule: a key may only do what its scopes name, and a publishable key,
/// which is shipped to browsers, only reads (list, get, views) whatever its scopes say.
/// </summary>
public static class ScopeCheck
{
    public const string PublishableReadOnly = "a publishable key may only read (list, get, views); writes and actions need a secret key";

    /// <exception cref="ApiException">403 ACCESS_SCOPE_INSUFFICIENT.</exception>
    public static void Require(CallerIdentity caller, string table, string operation, DecisionTrace trace)
    {
        if (Refusal(caller, table, operation, trace) is { } refusal)
        {
            throw new ApiException(refusal);
        }
    }

    /// <summary>The 403 that <see cref="Require"/> throws, or null when the caller's scopes allow the operation.</summary>
    public static ApiError? Refusal(CallerIdentity caller, string table, string operation, DecisionTrace trace)
    {
        if (!caller.IsApiKey)
        {
            return null;
        }

        var required = $"{table}:{operation}";
        if (!ApiKeyScopes.Allows(caller.Scopes, table, operation))
        {
            trace.Failed(ErrorLayer.Access, "scopes", $"the API key's scopes [{string.Join(", ", caller.Scopes)}] do not include {required}",
                $"Use a key with the scope {required}, {table}:*, *:{operation} or *:*.");
            return ApiErrors.AccessScopeInsufficient(required, caller.Scopes);
        }

        if (caller.Kind == CallerKind.PublishableKey && !ApiKeyScopes.IsRead(operation))
        {
            trace.Failed(ErrorLayer.Access, "scopes", $"{required} is not a read, and {PublishableReadOnly}",
                "Call writes from a server with a secret key (sk_), or with a signed-in user's token.");
            var error = ApiErrors.AccessScopeInsufficient(required, caller.Scopes);
            var details = error.Details!.DeepClone().AsObject();
            details["reason"] = PublishableReadOnly;
            return error with { Details = details, Hint = "Use a secret key (sk_) from a server, or a signed-in user's token" };
        }

        trace.Passed(ErrorLayer.Access, "scopes", $"the API key's scopes [{string.Join(", ", caller.Scopes)}] include {required}");
        return null;
    }
}
