using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;
using static ApiStudio.Runtime.Definition.Operand;

namespace ApiStudio.Runtime.Tests.Validation;

/// <summary>For every diagnostic code: a change to <see cref="ValidDefinition"/> that triggers it, and the path it must point at.</summary>
public static class DiagnosticCases
{
    public static readonly IReadOnlyDictionary<string, (string Json, string Path)> FromText = new Dictionary<string, (string, string)>
    {
        [DiagnosticCodes.JsonMalformed] = ("{ \"version\": 1,", "$"),
        [DiagnosticCodes.JsonUnknownField] = ("{ \"version\": 1, \"colour\": 1 }", "$.colour"),
        [DiagnosticCodes.JsonInvalidValue] = ("{ \"version\": \"1\" }", "$.version"),
        [DiagnosticCodes.JsonTooLarge] = ("\"" + new string('x', DefinitionJson.MaxDocumentBytes) + "\"", "$"),
    };

    private const string Orders = "$.tables[1]";
    private const string Customers = "$.tables[0]";

    public static readonly IReadOnlyDictionary<string, (Func<ApiDefinition, ApiDefinition> Change, string Path)> FromModel =
        new Dictionary<string, (Func<ApiDefinition, ApiDefinition>, string)>
        {
            [DiagnosticCodes.VersionUnsupported] = (d => d with { Version = 2 }, "$.version"),
            [DiagnosticCodes.ProjectNameInvalid] = (d => d with { Project = d.Project with { Name = "../shop" } }, "$.project.name"),
            [DiagnosticCodes.ProjectBasePathInvalid] = (d => d with { Project = d.Project with { BasePath = "api/v1/" } }, "$.project.basePath"),
            [DiagnosticCodes.ProjectSettingOutOfRange] = (d => d with { Project = d.Project with { MaxBatchSize = 0 } }, "$.project.maxBatchSize"),
            [DiagnosticCodes.EnvironmentInvalid] = (d => d with { Project = d.Project with { Environments = ["dev", "dev"] } }, "$.project.environments[1]"),

            [DiagnosticCodes.NameInvalid] = (d => d.WithOrders(t => t.WithColumn("note", c => c with { Name = "first name" })), $"{Orders}.columns[8].name"),
            [DiagnosticCodes.NameReserved] = (d => d.WithOrders(t => t.AddColumn(new ColumnDefinition { Name = "select" })), $"{Orders}.columns[9].name"),

            [DiagnosticCodes.RoleDuplicate] = (d => d with { Roles = [.. d.Roles, new RoleDefinition { Name = "member" }] }, "$.roles[3].name"),
            [DiagnosticCodes.RolePublicDeclared] = (d => d with { Roles = [.. d.Roles, new RoleDefinition { Name = "PUBLIC" }] }, "$.roles[3].name"),
            [DiagnosticCodes.RoleUnknown] = (d => d.WithOrders(t => t.WithUpdateRule(new AccessRule { Roles = ["editor"] })), $"{Orders}.access.update.roles[0]"),
            [DiagnosticCodes.RoleNotInHierarchy] = (d => d.WithOrders(t => t.WithUpdateRule(new AccessRule { Roles = ["auditor+"] })), $"{Orders}.access.update.roles[0]"),
            [DiagnosticCodes.HierarchyUnknownRole] = (d => d with { RoleHierarchy = ["member", "boss"] }, "$.roleHierarchy[1]"),
            [DiagnosticCodes.HierarchyDuplicateRole] = (d => d with { RoleHierarchy = ["member", "admin", "member"] }, "$.roleHierarchy[2]"),

            [DiagnosticCodes.TableNone] = (d => d with { Tables = [] }, "$.tables"),
            [DiagnosticCodes.TableDuplicate] = (d => d.WithTable("customers", t => t with { Name = "Orders" }), $"{Orders}.name"),
            [DiagnosticCodes.TableNameReserved] = (d => d.WithTable("customers", t => t with { Name = "organizations" }), $"{Customers}.name"),
            [DiagnosticCodes.TableNoPrimaryKey] = (d => d.WithTable("customers", t => t.WithColumn("id", c => c with { PrimaryKey = false })), $"{Customers}.columns"),
            [DiagnosticCodes.TableMultiplePrimaryKeys] = (d => d.WithTable("customers", t => t.WithColumn("name", c => c with { PrimaryKey = true })), $"{Customers}.columns[2].primaryKey"),

            [DiagnosticCodes.ColumnDuplicate] = (d => d.WithOrders(t => t.AddColumn(new ColumnDefinition { Name = "Note" })), $"{Orders}.columns[9].name"),
            [DiagnosticCodes.ColumnPrimaryKeyType] = (d => d.WithTable("customers", t => t.WithColumn("id", c => c with { Type = ColumnType.Real })), $"{Customers}.columns[0].type"),
            [DiagnosticCodes.ColumnNameClashesQuery] = (d => d.WithOrders(t => t.AddColumn(new ColumnDefinition { Name = "sort" })), $"{Orders}.columns[9].name"),
            [DiagnosticCodes.ColumnSystemType] = (d => d.WithOrders(t => t.AddColumn(new ColumnDefinition { Name = "createdAt", Type = ColumnType.Text })), $"{Orders}.columns[9].type"),
            [DiagnosticCodes.ColumnReferenceUnknownTable] = (d => d.WithOrders(t => t.WithColumn("customerId", c => c with { References = "clients" })), $"{Orders}.columns[3].references"),
            [DiagnosticCodes.ColumnReferenceTypeMismatch] = (d => d.WithOrders(t => t.WithColumn("customerId", c => c with { Type = ColumnType.Text })), $"{Orders}.columns[3].type"),
            [DiagnosticCodes.ColumnDefaultTypeMismatch] = (d => d.WithOrders(t => t.WithColumn("amount", c => c with { Default = String("zero") })), $"{Orders}.columns[5].default"),
            [DiagnosticCodes.ColumnEnumInvalid] = (d => d.WithOrders(t => t.WithColumn("amount", c => c with { Enum = ["a"] })), $"{Orders}.columns[5].enum"),
            [DiagnosticCodes.ColumnMaxLengthInvalid] = (d => d.WithOrders(t => t.WithColumn("amount", c => c with { MaxLength = 10 })), $"{Orders}.columns[5].maxLength"),
            [DiagnosticCodes.ColumnFormatInvalid] = (d => d.WithOrders(t => t.WithColumn("amount", c => c with { Format = ColumnFormat.Email })), $"{Orders}.columns[5].format"),

            [DiagnosticCodes.FirewallNoOrgColumn] = (d => d.WithTable("customers", t => t.WithColumn("organizationId", c => c with { Name = "tenant" })), $"{Customers}.firewall"),
            [DiagnosticCodes.FirewallUnknownColumn] = (d => d.WithOrders(t => t with { Firewall = new FirewallDefinition { Organization = new FirewallColumn { Column = "tenantId" } } }), $"{Orders}.firewall.organization.column"),
            [DiagnosticCodes.FirewallColumnType] = (d => d.WithOrders(t => t with { Firewall = new FirewallDefinition { Organization = new FirewallColumn { Column = "amount" } } }), $"{Orders}.firewall.organization.column"),
            [DiagnosticCodes.FirewallSameColumn] = (d => d.WithOrders(t => t with { Firewall = new FirewallDefinition { Owner = new OwnerColumn { Column = "organizationId" } } }), $"{Orders}.firewall.owner.column"),
            [DiagnosticCodes.FirewallExceptionWithColumns] = (d => d.WithOrders(t => t with { Firewall = new FirewallDefinition { Exception = true, Organization = new FirewallColumn { Column = "organizationId" } } }), $"{Orders}.firewall"),

            [DiagnosticCodes.AccessOperationUndefined] = (d => d.WithOrders(t => t with { Access = t.Access with { Delete = null } }), $"{Orders}.access.delete"),
            [DiagnosticCodes.AccessNoRoles] = (d => d.WithOrders(t => t.WithUpdateRule(new AccessRule())), $"{Orders}.access.update.roles"),
            [DiagnosticCodes.AccessPublicMixed] = (d => d.WithOrders(t => t.WithUpdateRule(new AccessRule { Roles = ["PUBLIC", "member"] })), $"{Orders}.access.update.roles"),
            [DiagnosticCodes.AccessPublicOnScopedTable] = (d => d.WithOrders(t => t.WithUpdateRule(new AccessRule { Roles = ["PUBLIC"] })), $"{Orders}.access.update.roles"),
            [DiagnosticCodes.AccessOwnerWithoutColumn] = (d => d.WithTable("customers", t => t.WithUpdateRule(new AccessRule { Roles = ["member"], Owner = true })), $"{Customers}.access.update.owner"),

            [DiagnosticCodes.ConditionUnknownField] = (d => d.WithOrders(t => t.WithUpdateCondition(Condition.Of(new Comparison("colour", ComparisonOperator.Equal, String("red"))))), $"{Orders}.access.update.record.colour"),
            [DiagnosticCodes.ConditionTypeMismatch] = (d => d.WithOrders(t => t.WithUpdateCondition(Condition.Of(new Comparison("amount", ComparisonOperator.Equal, String("a lot"))))), $"{Orders}.access.update.record.amount.equals"),
            [DiagnosticCodes.ConditionUnknownReference] = (d => d.WithOrders(t => t.WithUpdateCondition(Condition.Of(new Comparison("ownerId", ComparisonOperator.Equal, Reference("$ctx.tenant"))))), $"{Orders}.access.update.record.ownerId.equals"),
            [DiagnosticCodes.ConditionOperatorValue] = (d => d.WithOrders(t => t.WithUpdateCondition(Condition.Of(new Comparison("status", ComparisonOperator.In, String("open"))))), $"{Orders}.access.update.record.status.in"),
            [DiagnosticCodes.ConditionEmptyGroup] = (d => d.WithOrders(t => t.WithUpdateCondition(new Condition { Or = [new Condition()] })), $"{Orders}.access.update.record.or[0]"),
            [DiagnosticCodes.ConditionDuplicateComparison] = (d => d.WithOrders(t => t.WithUpdateCondition(Condition.Of(
                new Comparison("status", ComparisonOperator.NotEqual, String("paid")), new Comparison("amount", ComparisonOperator.GreaterThan, Number(0)),
                new Comparison("status", ComparisonOperator.NotEqual, String("shipped"))))), $"{Orders}.access.update.record.status.notEquals"),
            [DiagnosticCodes.ConditionTooDeep] = (d => d.WithOrders(t => t.WithUpdateCondition(Nested(9))), $"{Orders}.access.update.record"),

            [DiagnosticCodes.GuardUnknownField] = (d => d.WithOrders(t => t.WithGuards(g => g with { Createable = [.. g.Createable, "colour"] })), $"{Orders}.guards.createable[3]"),
            [DiagnosticCodes.GuardSystemFieldListed] = (d => d.WithOrders(t => t.WithGuards(g => g with { Createable = [.. g.Createable, "createdAt"] })), $"{Orders}.guards.createable[3]"),
            [DiagnosticCodes.GuardProtectedAlsoWritable] = (d => d.WithOrders(t => t.WithGuards(g => g with { Createable = [.. g.Createable, "status"] })), $"{Orders}.guards.protected.status"),
            [DiagnosticCodes.GuardImmutableAlsoUpdatable] = (d => d.WithOrders(t => t.WithGuards(g => g with { Updatable = [.. g.Updatable, "customerId"] })), $"{Orders}.guards.immutable[0]"),
            [DiagnosticCodes.GuardProtectedUnknownAction] = (d => d.WithOrders(t => t.WithGuards(g => g with { Protected = new Dictionary<string, IReadOnlyList<string>> { ["status"] = ["pay", "refund"] } })), $"{Orders}.guards.protected.status[1]"),
            [DiagnosticCodes.GuardRequiredNotCreateable] = (d => d.WithTable("customers", t => t.WithGuards(g => g with { Createable = [] })), $"{Customers}.guards.createable"),
            [DiagnosticCodes.GuardDuplicateField] = (d => d.WithOrders(t => t.WithGuards(g => g with { Createable = [.. g.Createable, "note"] })), $"{Orders}.guards.createable[3]"),
            [DiagnosticCodes.GuardListsWhenDisabled] = (d => d.WithOrders(t => t.WithGuards(g => g with { Enabled = false })), $"{Orders}.guards.enabled"),

            [DiagnosticCodes.MaskingUnknownColumn] = (d => d.WithOrders(t => t.WithMasking("colour", new MaskingRule())), $"{Orders}.masking.colour"),
            [DiagnosticCodes.MaskingColumnType] = (d => d.WithOrders(t => t.WithMasking("amount", new MaskingRule { Kind = MaskKind.Email })), $"{Orders}.masking.amount.kind"),
            [DiagnosticCodes.MaskingPatternInvalid] = (d => d.WithOrders(t => t.WithMasking("note", new MaskingRule { Kind = MaskKind.Custom, Pattern = "(", Replacement = "x" })), $"{Orders}.masking.note.pattern"),
            [DiagnosticCodes.MaskingOwnerWithoutColumn] = (d => d.WithTable("customers", t => t.WithMasking("name", new MaskingRule { Kind = MaskKind.Name, Show = new MaskVisibility { Owner = true } })), $"{Customers}.masking.name.show.owner"),
            [DiagnosticCodes.MaskingPrimaryKey] = (d => d.WithOrders(t => t.WithMasking("id", new MaskingRule())), $"{Orders}.masking.id"),
            [DiagnosticCodes.SensitiveColumnUnmasked] = (d => d.WithOrders(t => t.AddColumn(new ColumnDefinition { Name = "email" })), $"{Orders}.columns[9].name"),

            [DiagnosticCodes.ViewDuplicate] = (d => d.WithOrders(t => t with { Views = [.. t.Views, t.Views[0] with { Name = "Summary" }] }), $"{Orders}.views[1].name"),
            [DiagnosticCodes.ViewUnknownField] = (d => d.WithOrders(t => t with { Views = [t.Views[0] with { Fields = ["id", "colour"] }] }), $"{Orders}.views[0].fields[1]"),
            [DiagnosticCodes.ViewNoFields] = (d => d.WithOrders(t => t with { Views = [t.Views[0] with { Fields = [] }] }), $"{Orders}.views[0].fields"),
            [DiagnosticCodes.ViewNoRoles] = (d => d.WithOrders(t => t with { Views = [t.Views[0] with { Roles = [] }] }), $"{Orders}.views[0].roles"),

            [DiagnosticCodes.ActionDuplicate] = (d => d.WithOrders(t => t with { Actions = [.. t.Actions, t.Actions[0] with { Name = "Pay" }] }), $"{Orders}.actions[1].name"),
            [DiagnosticCodes.ActionNameReserved] = (d => d.WithOrders(t => t.WithAction(a => a with { Name = "batch" })), $"{Orders}.actions[0].name"),
            [DiagnosticCodes.ActionInputDuplicate] = (d => d.WithOrders(t => t.WithAction(a => a with { Input = [new ActionInputField { Name = "memo" }, new ActionInputField { Name = "memo" }] })), $"{Orders}.actions[0].input[1].name"),
            [DiagnosticCodes.ActionUnknownColumn] = (d => d.WithOrders(t => t.WithAction(a => a with { Set = Sets(a, "colour", String("red")) })), $"{Orders}.actions[0].set.colour"),
            [DiagnosticCodes.ActionSetsSystemField] = (d => d.WithOrders(t => t.WithAction(a => a with { Set = Sets(a, "createdAt", Reference(Now)) })), $"{Orders}.actions[0].set.createdAt"),
            [DiagnosticCodes.ActionSetsProtectedField] = (d => d.WithOrders(t => t.WithAction(a => a with { Name = "settle" })), $"{Orders}.actions[0].set.status"),
            [DiagnosticCodes.ActionUnknownInput] = (d => d.WithOrders(t => t.WithAction(a => a with { Set = Sets(a, "note", Reference("$input.memo")) })), $"{Orders}.actions[0].set.note"),
            [DiagnosticCodes.ActionUnknownReference] = (d => d.WithOrders(t => t.WithAction(a => a with { Set = Sets(a, "note", Reference("$ctx.tenant")) })), $"{Orders}.actions[0].set.note"),
            [DiagnosticCodes.ActionValueTypeMismatch] = (d => d.WithOrders(t => t.WithAction(a => a with { Set = Sets(a, "amount", String("lots")) })), $"{Orders}.actions[0].set.amount"),
            [DiagnosticCodes.ActionTransitionUnknownField] = (d => d.WithOrders(t => t.WithAction(a => a with { Transition = a.Transition! with { Field = "colour" } })), $"{Orders}.actions[0].transition.field"),
            [DiagnosticCodes.ActionTransitionNotSet] = (d => d.WithOrders(t => t.WithAction(a => a with { Set = new Dictionary<string, Operand>() })), $"{Orders}.actions[0].transition.field"),
            [DiagnosticCodes.ActionTransitionUnknownState] = (d => d.WithOrders(t => t.WithAction(a => a with { Transition = a.Transition! with { FromTo = new Dictionary<string, IReadOnlyList<string>> { ["open"] = ["refunded"] } } })), $"{Orders}.actions[0].transition.fromTo.open"),
            [DiagnosticCodes.ActionStandaloneRecordRule] = (d => d.WithOrders(t => t.WithAction(a => a with { Scope = ActionScope.Standalone })), $"{Orders}.actions[0].scope"),
            [DiagnosticCodes.ActionNoEffect] = (d => d.WithOrders(t => t.WithAction(a => a with { Set = new Dictionary<string, Operand>(), Transition = null })), $"{Orders}.actions[0]"),

            [DiagnosticCodes.RenameUnknownTarget] = (d => d with { Renames = [new RenameHint { Kind = RenameKind.Table, From = "clients", To = "patrons" }] }, "$.renames[0].to"),
            [DiagnosticCodes.RenameSourceStillExists] = (d => d with { Renames = [new RenameHint { Kind = RenameKind.Table, From = "orders", To = "customers" }] }, "$.renames[0].from"),
            [DiagnosticCodes.RenameDuplicate] = (d => d with { Renames = [ColumnRename("memo", "note"), ColumnRename("memo", "amount")] }, "$.renames[1].from"),
            [DiagnosticCodes.RenameTableRequired] = (d => d with { Renames = [new RenameHint { From = "memo", To = "note" }] }, "$.renames[0].table"),
        };

    private static Dictionary<string, Operand> Sets(ActionDefinition action, string field, Operand value) =>
        new(action.Set) { [field] = value };

    private static RenameHint ColumnRename(string from, string to) => new() { Kind = RenameKind.Column, Table = "orders", From = from, To = to };

    private static Condition Nested(int depth) => depth == 1
        ? Condition.Of(new Comparison("status", ComparisonOperator.Equal, String("open")))
        : new Condition { And = [Nested(depth - 1)] };
}
