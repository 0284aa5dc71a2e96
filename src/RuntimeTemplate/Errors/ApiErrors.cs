using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.Errors;

/// <summary>The one error factory of the runtime: every error body starts here, with the seed contract's wording.</summary>
public static class ApiErrors
{
    public static ApiError AuthMissing() => new(401, ErrorLayer.Authentication, ErrorCodes.AuthMissing,
        "Authentication required", null, "Include Authorization header with Bearer token");

    public static ApiError AuthInvalidToken(string reason) => new(401, ErrorLayer.Authentication, ErrorCodes.AuthInvalidToken,
        "Invalid authentication token", new JsonObject { ["reason"] = reason }, "Sign in again to get a new token");

    public static ApiError AuthExpired() => new(401, ErrorLayer.Authentication, ErrorCodes.AuthExpired,
        "Authentication token has expired", null, "Use your refresh token to get a new access token, or sign in again");

    public static ApiError AuthInvalidCredentials() => new(401, ErrorLayer.Authentication, ErrorCodes.AuthInvalidCredentials,
        "Invalid email or password", null, "Check the email and password");

    public static ApiError AuthEmailTaken() => new(409, ErrorLayer.Authentication, ErrorCodes.AuthEmailTaken,
        "Email is already registered", null, "Sign in instead, or use another email");

    public static ApiError AuthRateLimited(int retryAfterSeconds) => new ApiError(429, ErrorLayer.Authentication, ErrorCodes.AuthRateLimited,
        "Too many authentication attempts", new JsonObject { ["retryAfter"] = retryAfterSeconds },
        $"Wait {retryAfterSeconds} seconds before trying again")
    {
        Headers = new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    public static ApiError RateLimited(int retryAfterSeconds, int limit, string kind) => new ApiError(429, ErrorLayer.RateLimit, ErrorCodes.RateLimited,
        "Too many requests", new JsonObject { ["limit"] = limit, ["kind"] = kind, ["retryAfter"] = retryAfterSeconds },
        $"Wait {retryAfterSeconds} seconds before trying again")
    {
        Headers = new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    public static ApiError FirewallNotFound() => new(403, ErrorLayer.Firewall, ErrorCodes.FirewallNotFound,
        "Record not found or not accessible", null, "Check the record ID and your organization membership");

    public static ApiError FirewallOrgIsolation() => new(403, ErrorLayer.Firewall, ErrorCodes.FirewallOrgIsolation,
        "Record belongs to a different organization", null, "Switch the active organization (X-Organization-Id) to the record's organization");

    public static ApiError FirewallUserIsolation() => new(403, ErrorLayer.Firewall, ErrorCodes.FirewallUserIsolation,
        "Record belongs to another user", null, "Only the record's owner can reach it");

    public static ApiError FirewallSoftDeleted() => new(403, ErrorLayer.Firewall, ErrorCodes.FirewallSoftDeleted,
        "Record has been deleted", null, "Deleted records are no longer accessible");

    /// <summary>The opaque answer of <c>errorMode: hide</c>: the same body whether the record is missing or out of scope.</summary>
    public static ApiError HiddenNotFound() => new(404, ErrorLayer.Firewall, ErrorCodes.NotFound,
        "Not found", null, "Check the record ID");

    public static ApiError RouteNotFound(string what) => new(404, ErrorLayer.Routing, ErrorCodes.NotFound,
        "Not found", new JsonObject { ["resource"] = what }, "Check the URL against the API's OpenAPI document at /openapi.json");

    public static ApiError AccessRoleRequired(IEnumerable<string> required, IEnumerable<string> current) => new(403, ErrorLayer.Access,
        ErrorCodes.AccessRoleRequired, "Insufficient permissions",
        new JsonObject { ["required"] = ToArray(required), ["current"] = ToArray(current) },
        "Contact an administrator to grant necessary permissions");

    public static ApiError AccessConditionFailed(string condition) => new(403, ErrorLayer.Access, ErrorCodes.AccessConditionFailed,
        "Record does not meet the access condition", new JsonObject { ["required"] = condition, ["current"] = "not met" },
        "This operation is allowed only on records that meet the condition");

    public static ApiError AccessOwnershipRequired(string ownerColumn) => new(403, ErrorLayer.Access, ErrorCodes.AccessOwnershipRequired,
        "You must own this record", new JsonObject { ["required"] = "owner", ["current"] = "not owner", ["column"] = ownerColumn },
        "Only the record's owner can do this");

    public static ApiError AccessNoOrg() => new(403, ErrorLayer.Access, ErrorCodes.AccessNoOrg,
        "No active organization", new JsonObject { ["required"] = "activeOrganization", ["current"] = null },
        "Send X-Organization-Id with an organization you belong to, or sign in with an active organization");

    public static ApiError AccessScopeInsufficient(string required, IEnumerable<string> current) => new(403, ErrorLayer.Access,
        ErrorCodes.AccessScopeInsufficient, "API key scope does not include this operation",
        new JsonObject { ["required"] = required, ["current"] = ToArray(current) }, "Use an API key with the required scope");

    public static ApiError AccessActionNotAllowedForState(string action, string field, string? current, IEnumerable<string> allowedFrom) => new(409,
        ErrorLayer.Access, ErrorCodes.AccessActionNotAllowedForState, $"Action '{action}' is not allowed in this state",
        new JsonObject { ["field"] = field, ["current"] = current, ["required"] = ToArray(allowedFrom) },
        $"The record's {field} must be one of the states this action starts from");

    public static ApiError GuardFields(string code, IEnumerable<string> fields)
    {
        var (message, hint) = code switch
        {
            ErrorCodes.GuardFieldNotCreateable => ("Field cannot be set during creation", "These fields are set automatically or must be omitted"),
            ErrorCodes.GuardFieldNotUpdatable => ("Field cannot be updated", "Remove these fields from the update"),
            ErrorCodes.GuardFieldProtected => ("Field can only be changed by an action", "Use the action that changes these fields"),
            ErrorCodes.GuardFieldImmutable => ("Field cannot be modified after creation", "Immutable fields are set once, on create"),
            ErrorCodes.GuardSystemManaged => ("System-managed field cannot be set", "Fields such as id, createdAt and the organization are set by the server"),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a guard code."),
        };
        return new ApiError(400, ErrorLayer.Guards, code, message, new JsonObject { ["fields"] = ToArray(fields) }, hint);
    }

    /// <summary>Type, required-field and format failures; <paramref name="errors"/> maps each field to what is wrong.</summary>
    public static ApiError ValidationFailed(IReadOnlyDictionary<string, string> errors) => new(400, ErrorLayer.Validation, ErrorCodes.ValidationFailed,
        "Invalid request body", new JsonObject
        {
            ["fields"] = ToArray(errors.Keys),
            ["errors"] = new JsonObject(errors.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)JsonValue.Create(e.Value)))),
        },
        "Fix the fields listed in details.errors");

    public static ApiError MalformedJson(string problem) => new(400, ErrorLayer.Validation, ErrorCodes.ValidationMalformedJson,
        "Malformed JSON body", new JsonObject { ["reason"] = problem }, "Send a valid JSON object with Content-Type: application/json");

    public static ApiError BodyTooLarge(long limitBytes) => new(413, ErrorLayer.Validation, ErrorCodes.ValidationBodyTooLarge,
        "Request body is too large", new JsonObject { ["limit"] = limitBytes }, $"Send at most {limitBytes} bytes");

    public static ApiError InvalidQuery(string parameter, string problem) => new(400, ErrorLayer.Validation, ErrorCodes.ValidationInvalidQuery,
        "Invalid query parameter", new JsonObject { ["parameter"] = parameter, ["reason"] = problem }, "Check the list query syntax: ?field.op=value, sort, limit, offset");

    public static ApiError BatchSizeExceeded(int size, int max) => new(400, ErrorLayer.Validation, ErrorCodes.BatchSizeExceeded,
        "Too many records in a single request", new JsonObject { ["size"] = size, ["max"] = max }, $"Send at most {max} records per batch");

    public static ApiError BatchMissingIds(IEnumerable<int> indexes) => new(400, ErrorLayer.Validation, ErrorCodes.BatchMissingIds,
        "Batch update/delete missing required IDs", new JsonObject { ["indexes"] = new JsonArray(indexes.Select(i => (JsonNode?)i).ToArray()) },
        "Every record of a batch update needs its id; a batch delete takes { \"ids\": [...] }");

    public static ApiError BatchAtomicFailed(int failedAt, ApiError reason) => new(400, ErrorLayer.Validation, ErrorCodes.BatchAtomicFailed,
        "Batch operation failed in atomic mode",
        new JsonObject { ["failedAt"] = failedAt, ["reason"] = new JsonObject { ["error"] = reason.Message, ["code"] = reason.Code } },
        "Transaction rolled back. Fix the error and retry the entire batch.");

    public static ApiError DbNotNullViolation(string? column) => new(400, ErrorLayer.Database, ErrorCodes.DbNotNullViolation,
        "Required value missing", ColumnDetails(column), column is null ? "A required column was null" : $"\"{column}\" is required");

    public static ApiError DbUniqueViolation(string? column) => new(409, ErrorLayer.Database, ErrorCodes.DbUniqueViolation,
        "Duplicate value", ColumnDetails(column), column is null ? "A record with this value already exists" : $"A record with this \"{column}\" already exists");

    public static ApiError DbWriteFailed(bool insert) => new(500, ErrorLayer.Database, insert ? ErrorCodes.DbInsertFailed : ErrorCodes.DbUpdateFailed,
        insert ? "Insert failed" : "Update failed", null, "The database refused the write. Look up the requestId in server logs.");

    public static ApiError ActionExecutionFailed(Exception exception, bool exposeStack) => new(500, ErrorLayer.Action, ErrorCodes.ActionExecutionFailed,
        exception.Message, ExceptionDetails.From(exception, exposeStack),
        "The action handler threw an unhandled error. Check server logs for the underlying cause.");

    public static ApiError Internal(Exception exception, bool exposeStack) => new(500,
        exception is System.Data.Common.DbException ? ErrorLayer.Database : ErrorLayer.Internal, ErrorCodes.InternalError,
        exception.Message, ExceptionDetails.From(exception, exposeStack),
        "Uncaught error during request handling. Look up the requestId in server logs for the full stack trace, or set EXPOSE_ERROR_STACK=1 to include it inline.");

    private static JsonObject? ColumnDetails(string? column) => column is null ? null : new JsonObject { ["column"] = column };

    private static JsonArray ToArray(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
