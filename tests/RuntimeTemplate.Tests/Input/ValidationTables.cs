using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Input;

/// <summary>A candidates table with one column per validation rule, and an action with typed inputs.</summary>
public static class ValidationTables
{
    public static TableDefinition Candidates(bool guardsEnabled = true) => new()
    {
        Name = "candidates",
        Columns =
        [
            new ColumnDefinition { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true },
            new ColumnDefinition { Name = "organizationId", Type = ColumnType.Uuid, Nullable = false },
            new ColumnDefinition { Name = "fullName", Nullable = false, MaxLength = 10 },
            new ColumnDefinition { Name = "email", Nullable = false, Format = ColumnFormat.Email },
            new ColumnDefinition { Name = "phone", Format = ColumnFormat.Phone },
            new ColumnDefinition { Name = "portfolio", Format = ColumnFormat.Url },
            new ColumnDefinition { Name = "birthDate", Format = ColumnFormat.Date },
            new ColumnDefinition { Name = "source", Nullable = false, Default = Operand.String("direct"), Enum = ["direct", "referral", "agency"] },
            new ColumnDefinition { Name = "age", Type = ColumnType.Integer },
            new ColumnDefinition { Name = "rating", Type = ColumnType.Real },
            new ColumnDefinition { Name = "active", Type = ColumnType.Boolean, Nullable = false, Default = Operand.Boolean(true) },
            new ColumnDefinition { Name = "availableFrom", Type = ColumnType.Timestamp },
            new ColumnDefinition { Name = "referrerId", Type = ColumnType.Uuid },
            new ColumnDefinition { Name = "profile", Type = ColumnType.Json },
            new ColumnDefinition { Name = "stage", Nullable = false, Enum = ["new", "hired"] },
            new ColumnDefinition { Name = "internalCode", Nullable = false },
        ],
        Guards = new GuardDefinition
        {
            Enabled = guardsEnabled,
            Createable = ["fullName", "email", "phone", "portfolio", "birthDate", "source", "age", "rating", "active", "availableFrom", "referrerId", "profile"],
            Updatable = ["fullName", "email", "phone", "portfolio", "birthDate", "age", "rating", "active", "availableFrom", "referrerId", "profile"],
            Protected = new Dictionary<string, IReadOnlyList<string>> { ["stage"] = ["advance"] },
        },
        Actions =
        [
            new ActionDefinition
            {
                Name = "advance",
                Input =
                [
                    new ActionInputField { Name = "stage", Required = true, Enum = ["new", "hired"] },
                    new ActionInputField { Name = "score", Type = ColumnType.Integer },
                    new ActionInputField { Name = "note", MaxLength = 5 },
                ],
            },
            new ActionDefinition { Name = "archive" },
        ],
    };
}
