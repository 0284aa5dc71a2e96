namespace ApiStudio.Runtime.Validation;

/// <summary>Every diagnostic code the validator can emit. Codes are stable: tools and CI scripts match on them.</summary>
public static class DiagnosticCodes
{
    public const string JsonMalformed = "JSON_MALFORMED";
    public const string JsonUnknownField = "JSON_UNKNOWN_FIELD";
    public const string JsonInvalidValue = "JSON_INVALID_VALUE";
    public const string JsonTooLarge = "JSON_TOO_LARGE";
    public const string VersionUnsupported = "VERSION_UNSUPPORTED";

    public const string ProjectNameInvalid = "PROJECT_NAME_INVALID";
    public const string ProjectBasePathInvalid = "PROJECT_BASE_PATH_INVALID";
    public const string ProjectSettingOutOfRange = "PROJECT_SETTING_OUT_OF_RANGE";
    public const string EnvironmentInvalid = "ENVIRONMENT_INVALID";

    public const string NameInvalid = "NAME_INVALID";
    public const string NameReserved = "NAME_RESERVED";

    public const string RoleDuplicate = "ROLE_DUPLICATE";
    public const string RolePublicDeclared = "ROLE_PUBLIC_DECLARED";
    public const string RoleUnknown = "ROLE_UNKNOWN";
    public const string RoleNotInHierarchy = "ROLE_NOT_IN_HIERARCHY";
    public const string HierarchyUnknownRole = "HIERARCHY_UNKNOWN_ROLE";
    public const string HierarchyDuplicateRole = "HIERARCHY_DUPLICATE_ROLE";

    public const string TableNone = "TABLE_NONE";
    public const string TableDuplicate = "TABLE_DUPLICATE";
    public const string TableNameReserved = "TABLE_NAME_RESERVED";
    public const string TableNoPrimaryKey = "TABLE_NO_PRIMARY_KEY";
    public const string TableMultiplePrimaryKeys = "TABLE_MULTIPLE_PRIMARY_KEYS";

    public const string ColumnDuplicate = "COLUMN_DUPLICATE";
    public const string ColumnPrimaryKeyType = "COLUMN_PRIMARY_KEY_TYPE";
    public const string ColumnNameClashesQuery = "COLUMN_NAME_CLASHES_QUERY";
    public const string ColumnSystemType = "COLUMN_SYSTEM_TYPE";
    public const string ColumnReferenceUnknownTable = "COLUMN_REFERENCE_UNKNOWN_TABLE";
    public const string ColumnReferenceTypeMismatch = "COLUMN_REFERENCE_TYPE_MISMATCH";
    public const string ColumnDefaultTypeMismatch = "COLUMN_DEFAULT_TYPE_MISMATCH";
    public const string ColumnEnumInvalid = "COLUMN_ENUM_INVALID";
    public const string ColumnMaxLengthInvalid = "COLUMN_MAX_LENGTH_INVALID";
    public const string ColumnFormatInvalid = "COLUMN_FORMAT_INVALID";

    public const string FirewallNoOrgColumn = "FIREWALL_NO_ORG_COLUMN";
    public const string FirewallUnknownColumn = "FIREWALL_UNKNOWN_COLUMN";
    public const string FirewallColumnType = "FIREWALL_COLUMN_TYPE";
    public const string FirewallSameColumn = "FIREWALL_SAME_COLUMN";
    public const string FirewallExceptionWithColumns = "FIREWALL_EXCEPTION_WITH_COLUMNS";

    public const string AccessOperationUndefined = "ACCESS_OPERATION_UNDEFINED";
    public const string AccessNoRoles = "ACCESS_NO_ROLES";
    public const string AccessPublicMixed = "ACCESS_PUBLIC_MIXED";
    public const string AccessPublicOnScopedTable = "ACCESS_PUBLIC_ON_SCOPED_TABLE";
    public const string AccessOwnerWithoutColumn = "ACCESS_OWNER_WITHOUT_COLUMN";

    public const string ConditionUnknownField = "CONDITION_UNKNOWN_FIELD";
    public const string ConditionTypeMismatch = "CONDITION_TYPE_MISMATCH";
    public const string ConditionUnknownReference = "CONDITION_UNKNOWN_REFERENCE";
    public const string ConditionOperatorValue = "CONDITION_OPERATOR_VALUE";
    public const string ConditionEmptyGroup = "CONDITION_EMPTY_GROUP";
    public const string ConditionTooDeep = "CONDITION_TOO_DEEP";
    public const string ConditionDuplicateComparison = "CONDITION_DUPLICATE_COMPARISON";

    public const string GuardUnknownField = "GUARD_UNKNOWN_FIELD";
    public const string GuardSystemFieldListed = "GUARD_SYSTEM_FIELD_LISTED";
    public const string GuardProtectedAlsoWritable = "GUARD_PROTECTED_ALSO_WRITABLE";
    public const string GuardImmutableAlsoUpdatable = "GUARD_IMMUTABLE_ALSO_UPDATABLE";
    public const string GuardProtectedUnknownAction = "GUARD_PROTECTED_UNKNOWN_ACTION";
    public const string GuardRequiredNotCreateable = "GUARD_REQUIRED_NOT_CREATEABLE";
    public const string GuardDuplicateField = "GUARD_DUPLICATE_FIELD";
    public const string GuardListsWhenDisabled = "GUARD_LISTS_WHEN_DISABLED";

    public const string MaskingUnknownColumn = "MASKING_UNKNOWN_COLUMN";
    public const string MaskingColumnType = "MASKING_COLUMN_TYPE";
    public const string MaskingPatternInvalid = "MASKING_PATTERN_INVALID";
    public const string MaskingOwnerWithoutColumn = "MASKING_OWNER_WITHOUT_COLUMN";
    public const string MaskingPrimaryKey = "MASKING_PRIMARY_KEY";
    public const string SensitiveColumnUnmasked = "SENSITIVE_COLUMN_UNMASKED";

    public const string ViewDuplicate = "VIEW_DUPLICATE";
    public const string ViewUnknownField = "VIEW_UNKNOWN_FIELD";
    public const string ViewNoFields = "VIEW_NO_FIELDS";
    public const string ViewNoRoles = "VIEW_NO_ROLES";

    public const string ActionDuplicate = "ACTION_DUPLICATE";
    public const string ActionNameReserved = "ACTION_NAME_RESERVED";
    public const string ActionInputDuplicate = "ACTION_INPUT_DUPLICATE";
    public const string ActionUnknownColumn = "ACTION_UNKNOWN_COLUMN";
    public const string ActionSetsSystemField = "ACTION_SETS_SYSTEM_FIELD";
    public const string ActionSetsProtectedField = "ACTION_SETS_PROTECTED_FIELD";
    public const string ActionUnknownInput = "ACTION_UNKNOWN_INPUT";
    public const string ActionUnknownReference = "ACTION_UNKNOWN_REFERENCE";
    public const string ActionValueTypeMismatch = "ACTION_VALUE_TYPE_MISMATCH";
    public const string ActionTransitionUnknownField = "ACTION_TRANSITION_UNKNOWN_FIELD";
    public const string ActionTransitionNotSet = "ACTION_TRANSITION_NOT_SET";
    public const string ActionTransitionUnknownState = "ACTION_TRANSITION_UNKNOWN_STATE";
    public const string ActionStandaloneRecordRule = "ACTION_STANDALONE_RECORD_RULE";
    public const string ActionNoEffect = "ACTION_NO_EFFECT";

    public const string RenameUnknownTarget = "RENAME_UNKNOWN_TARGET";
    public const string RenameSourceStillExists = "RENAME_SOURCE_STILL_EXISTS";
    public const string RenameDuplicate = "RENAME_DUPLICATE";
    public const string RenameTableRequired = "RENAME_TABLE_REQUIRED";

    /// <summary>All codes, for documentation and for the test that every one can be triggered.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(DiagnosticCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();
}
