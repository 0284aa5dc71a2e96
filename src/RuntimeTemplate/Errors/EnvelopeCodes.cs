namespace ApiStudio.Runtime.Errors;

/// <summary>
/// The <c>domain/name</c> codes of the envelope dialect and their statuses. Each runtime code maps to a
/// code whose status, by the envelope's own rules (its listed codes, else its name patterns), is the
/// runtime's status, so switching dialect never changes a status.
/// </summary>
public static class EnvelopeCodes
{
    private static readonly Dictionary<string, string> ByRuntimeCode = new()
    {
        [ErrorCodes.AuthMissing] = "auth/missing-authorization-header",
        [ErrorCodes.AuthInvalidToken] = "auth/invalid-access-token",
        [ErrorCodes.AuthExpired] = "auth/access-token-expired",
        [ErrorCodes.AuthRateLimited] = "auth/too-many-login-attempts",
        [ErrorCodes.AuthInvalidCredentials] = "auth/invalid-credentials",
        [ErrorCodes.AuthEmailTaken] = "auth/email-already-exists",
        [ErrorCodes.RateLimited] = "data/rate-limit-exceeded",
        [ErrorCodes.FirewallNotFound] = "data/access-denied",
        [ErrorCodes.FirewallOrgIsolation] = "data/access-denied",
        [ErrorCodes.FirewallUserIsolation] = "data/access-denied",
        [ErrorCodes.FirewallSoftDeleted] = "data/access-denied",
        [ErrorCodes.AccessRoleRequired] = "data/permission-denied",
        [ErrorCodes.AccessConditionFailed] = "data/permission-denied",
        [ErrorCodes.AccessOwnershipRequired] = "data/permission-denied",
        [ErrorCodes.AccessNoOrg] = "auth/forbidden",
        [ErrorCodes.AccessScopeInsufficient] = "data/scope-insufficient",
        [ErrorCodes.AccessActionNotAllowedForState] = "data/invalid-state",
        [ErrorCodes.GuardFieldNotCreateable] = "data/validation-error",
        [ErrorCodes.GuardFieldNotUpdatable] = "data/validation-error",
        [ErrorCodes.GuardFieldProtected] = "data/validation-error",
        [ErrorCodes.GuardFieldImmutable] = "data/validation-error",
        [ErrorCodes.GuardSystemManaged] = "data/validation-error",
        [ErrorCodes.ValidationFailed] = "data/validation-error",
        [ErrorCodes.ValidationMalformedJson] = "common/invalid-parameters",
        [ErrorCodes.ValidationBodyTooLarge] = "common/payload-too-large",
        [ErrorCodes.ValidationInvalidQuery] = "common/invalid-parameters",
        [ErrorCodes.BatchSizeExceeded] = "common/invalid-parameters",
        [ErrorCodes.BatchAtomicFailed] = "data/validation-error",
        [ErrorCodes.BatchMissingIds] = "common/invalid-parameters",
        [ErrorCodes.DbNotNullViolation] = "data/validation-error",
        [ErrorCodes.DbUniqueViolation] = "data/duplicate-value",
        [ErrorCodes.DbInsertFailed] = "common/internal-error",
        [ErrorCodes.DbUpdateFailed] = "common/internal-error",
        [ErrorCodes.ActionExecutionFailed] = "common/internal-error",
        [ErrorCodes.InternalError] = "common/internal-error",
    };

    /// <summary>Codes whose status the envelope's documentation lists explicitly, or that no name pattern covers.</summary>
    private static readonly Dictionary<string, int> ListedStatuses = new()
    {
        ["auth/missing-authorization-header"] = 401,
        ["data/scope-insufficient"] = 403,
        ["auth/invalid-access-token"] = 401,
        ["auth/invalid-credentials"] = 401,
        ["auth/email-already-exists"] = 409,
        ["data/duplicate-value"] = 409,
        ["data/invalid-state"] = 409,
        ["common/payload-too-large"] = 413,
        ["common/internal-error"] = 500,
    };

    public static string For(ApiError error) =>
        error.Status == 404 ? (error.Layer == ErrorLayer.Routing ? "data/table-not-found" : "data/not-found")
        : ByRuntimeCode.TryGetValue(error.Code, out var code) ? code
        : "common/invalid-parameters";

    /// <summary>The status of an envelope code: its listed status, else by its name's pattern, else 400.</summary>
    public static int StatusOf(string envelopeCode)
    {
        if (ListedStatuses.TryGetValue(envelopeCode, out var listed))
        {
            return listed;
        }

        var name = envelopeCode[(envelopeCode.IndexOf('/') + 1)..];
        return name switch
        {
            _ when name.Contains("unauthorized") || name.Contains("invalid-token") || name.Contains("token-expired") => 401,
            _ when name.Contains("forbidden") || name.Contains("permission-denied") || name.Contains("access-denied") => 403,
            _ when name.Contains("not-found") => 404,
            _ when name.Contains("too-many") || name.Contains("rate-limit") => 429,
            _ => 400,
        };
    }
}
