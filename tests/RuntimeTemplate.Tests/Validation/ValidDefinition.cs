using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Tests.Validation;

/// <summary>A small definition that validates clean, and ways to change one part of it.</summary>
public static class ValidDefinition
{
    public static ApiDefinition Create() => new()
    {
        Project = new ProjectSettings { Name = "shop" },
        Roles = [new RoleDefinition { Name = "member" }, new RoleDefinition { Name = "admin" }, new RoleDefinition { Name = "auditor" }],
        RoleHierarchy = ["member", "admin"],
        Tables =
        [
            new TableDefinition
            {
                Name = "customers",
                Columns =
                [
                    new ColumnDefinition { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true },
                    new ColumnDefinition { Name = "organizationId", Type = ColumnType.Uuid, Nullable = false },
                    new ColumnDefinition { Name = "name", Nullable = false },
                ],
                Access = AllOperations(new AccessRule { Roles = ["member+"] }),
                Guards = new GuardDefinition { Createable = ["name"], Updatable = ["name"] },
            },
            new TableDefinition
            {
                Name = "orders",
                Columns =
                [
                    new ColumnDefinition { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true },
                    new ColumnDefinition { Name = "organizationId", Type = ColumnType.Uuid, Nullable = false },
                    new ColumnDefinition { Name = "ownerId", Type = ColumnType.Text, Nullable = false },
                    new ColumnDefinition { Name = "customerId", Type = ColumnType.Uuid, Nullable = false, References = "customers" },
                    new ColumnDefinition { Name = "status", Nullable = false, Default = Operand.String("open"), Enum = ["open", "paid", "shipped"] },
                    new ColumnDefinition { Name = "amount", Type = ColumnType.Real, Nullable = false, Default = Operand.Number(0) },
                    new ColumnDefinition { Name = "paid", Type = ColumnType.Boolean, Nullable = false, Default = Operand.Boolean(false) },
                    new ColumnDefinition { Name = "data", Type = ColumnType.Json },
                    new ColumnDefinition { Name = "note" },
                ],
                Access = AllOperations(new AccessRule { Roles = ["member+"] }),
                Guards = new GuardDefinition
                {
                    Createable = ["customerId", "amount", "note"],
                    Updatable = ["amount", "note"],
                    Immutable = ["customerId"],
                    Protected = new Dictionary<string, IReadOnlyList<string>> { ["status"] = ["pay"] },
                },
                Views = [new ViewDefinition { Name = "summary", Fields = ["id", "status"], Roles = ["member+"] }],
                Actions =
                [
                    new ActionDefinition
                    {
                        Name = "pay",
                        Access = new AccessRule { Roles = ["member+"] },
                        Set = new Dictionary<string, Operand> { ["status"] = Operand.String("paid") },
                        Transition = new StateTransition
                        {
                            Field = "status",
                            FromTo = new Dictionary<string, IReadOnlyList<string>> { ["open"] = ["paid"] },
                        },
                    },
                ],
            },
        ],
    };

    public static AccessDefinition AllOperations(AccessRule rule) =>
        new() { List = rule, Get = rule, Create = rule, Update = rule, Delete = rule };

    public static ApiDefinition WithTable(this ApiDefinition definition, string name, Func<TableDefinition, TableDefinition> change) =>
        definition with { Tables = definition.Tables.Select(t => t.Name == name ? change(t) : t).ToList() };

    public static ApiDefinition WithOrders(this ApiDefinition definition, Func<TableDefinition, TableDefinition> change) =>
        definition.WithTable("orders", change);

    public static TableDefinition WithColumn(this TableDefinition table, string name, Func<ColumnDefinition, ColumnDefinition> change) =>
        table with { Columns = table.Columns.Select(c => c.Name == name ? change(c) : c).ToList() };

    public static TableDefinition AddColumn(this TableDefinition table, ColumnDefinition column) =>
        table with { Columns = [.. table.Columns, column] };

    public static TableDefinition WithGuards(this TableDefinition table, Func<GuardDefinition, GuardDefinition> change) =>
        table with { Guards = change(table.Guards) };

    public static TableDefinition WithAction(this TableDefinition table, Func<ActionDefinition, ActionDefinition> change) =>
        table with { Actions = [change(table.Actions[0]), .. table.Actions.Skip(1)] };

    public static TableDefinition WithUpdateRule(this TableDefinition table, AccessRule rule) =>
        table with { Access = table.Access with { Update = rule } };

    public static TableDefinition WithUpdateCondition(this TableDefinition table, Condition condition) =>
        table.WithUpdateRule(new AccessRule { Roles = ["member"], Record = condition });

    public static TableDefinition WithMasking(this TableDefinition table, string column, MaskingRule rule) =>
        table with { Masking = new Dictionary<string, MaskingRule>(table.Masking) { [column] = rule } };
}
