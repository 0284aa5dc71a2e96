namespace ApiStudio.Runtime.Errors;

/// <summary>Every code an error body can carry, per layer (seed contract plus the runtime's own).</summary>
public static class ErrorCodes
{
    public const string AuthMissing = "AUTH_MISSING";
    public const string AuthInvalidToken = "AUTH_INVALID_TOKEN";
    public const string AuthExpired = "AUTH_EXPIRED";
    public const string AuthRateLimited = "AUTH_RATE_LIMITED";
    public const string AuthInvalidCredentials = "AUTH_INVALID_CREDENTIALS";
    public const string AuthEmailTaken = "AUTH_EMAIL_TAKEN";

    public const string RateLimited = "RATE_LIMITED";

    public const string FirewallNotFound = "FIREWALL_NOT_FOUND";
    public const string FirewallOrgIsolation = "FIREWALL_ORG_ISOLATION";
    public const string FirewallUserIsolation = "FIREWALL_USER_ISOLATION";
    public const string FirewallSoftDeleted = "FIREWALL_SOFT_DELETED";

    public const string AccessRoleRequired = "ACCESS_ROLE_REQUIRED";
    public const string AccessConditionFailed = "ACCESS_CONDITION_FAILED";
    public const string AccessOwnershipRequired = "ACCESS_OWNERSHIP_REQUIRED";
    public const string AccessNoOrg = "ACCESS_NO_ORG";
    public const string AccessScopeInsufficient = "ACCESS_SCOPE_INSUFFICIENT";
    public const string AccessActionNotAllowedForState = "ACCESS_ACTION_NOT_ALLOWED_FOR_STATE";

    public const string GuardFieldNotCreateable = "GUARD_FIELD_NOT_CREATEABLE";
    public const string GuardFieldNotUpdatable = "GUARD_FIELD_NOT_UPDATABLE";
    public const string GuardFieldProtected = "GUARD_FIELD_PROTECTED";
    public const string GuardFieldImmutable = "GUARD_FIELD_IMMUTABLE";
    public const string GuardSystemManaged = "GUARD_SYSTEM_MANAGED";

    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string ValidationMalformedJson = "VALIDATION_MALFORMED_JSON";
    public const string ValidationBodyTooLarge = "VALIDATION_BODY_TOO_LARGE";
    public const string ValidationInvalidQuery = "VALIDATION_INVALID_QUERY";

    public const string BatchSizeExceeded = "BATCH_SIZE_EXCEEDED";
    public const string BatchAtomicFailed = "BATCH_ATOMIC_FAILED";
    public const string BatchMissingIds = "BATCH_MISSING_IDS";

    public const string DbNotNullViolation = "DB_NOT_NULL_VIOLATION";
    public const string DbUniqueViolation = "DB_UNIQUE_VIOLATION";
    public const string DbInsertFailed = "DB_INSERT_FAILED";
    public const string DbUpdateFailed = "DB_UPDATE_FAILED";

    public const string NotFound = "NOT_FOUND";
    public const string ActionExecutionFailed = "ACTION_EXECUTION_FAILED";
    public const string InternalError = "INTERNAL_ERROR";
}
