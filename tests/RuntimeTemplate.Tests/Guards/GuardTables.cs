using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Guards;

/// <summary>Tables shaped like the hiring sample's, one per guard setting under test.</summary>
public static class GuardTables
{
    /// <summary>Strict: stage is protected (advance, reject, quickApply), candidateId and jobId immutable.</summary>
    public static TableDefinition Applications(GuardMode mode = GuardMode.Strict, bool enabled = true) => new()
    {
        Name = "applications",
        Columns =
        [
            new ColumnDefinition { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true },
            new ColumnDefinition { Name = "organizationId", Type = ColumnType.Uuid, Nullable = false },
            new ColumnDefinition { Name = "candidateId", Type = ColumnType.Uuid, Nullable = false },
            new ColumnDefinition { Name = "jobId", Type = ColumnType.Uuid, Nullable = false },
            new ColumnDefinition { Name = "stage", Nullable = false, Default = Operand.String("applied"), Enum = ["applied", "screening", "rejected"] },
            new ColumnDefinition { Name = "score", Type = ColumnType.Integer },
            new ColumnDefinition { Name = "notes" },
        ],
        Guards = new GuardDefinition
        {
            Enabled = enabled,
            Mode = mode,
            Createable = ["candidateId", "jobId", "score", "notes"],
            Updatable = ["score"],
            Immutable = ["candidateId", "jobId"],
            Protected = new Dictionary<string, IReadOnlyList<string>> { ["stage"] = ["advance", "reject", "quickApply"] },
        },
        Actions =
        [
            new ActionDefinition { Name = "advance" },
            new ActionDefinition { Name = "reject" },
            new ActionDefinition { Name = "quickApply", Scope = ActionScope.Standalone },
            new ActionDefinition { Name = "annotate" },
        ],
    };
}
