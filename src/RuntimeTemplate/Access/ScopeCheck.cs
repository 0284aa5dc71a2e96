using ApiStudio.Runtime.ApiKeys;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Identity;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Access;

/// <summary>API-key scopes, checked before any row rule: a key may only do what its scopes name.</summary>
public static class ScopeCheck
{
    public static void Require(CallerIdentity caller, string table, string operation, DecisionTrace trace)
    {
        if (!caller.IsApiKey)
        {
            return;
        }

        var required = $"{table}:{operation}";
        if (ApiKeyScopes.Allows(caller.Scopes, table, operation))
        {
            trace.Passed(ErrorLayer.Access, "scopes", $"the API key's scopes [{string.Join(", ", caller.Scopes)}] include {required}");
            return;
        }

        trace.Failed(ErrorLayer.Access, "scopes", $"the API key's scopes [{string.Join(", ", caller.Scopes)}] do not include {required}",
            $"Use a key with the scope {required}, {table}:*, *:{operation} or *:*.");
        throw new ApiException(ApiErrors.AccessScopeInsufficient(required, caller.Scopes));
    }
}
