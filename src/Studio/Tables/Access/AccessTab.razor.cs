using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Editor;
using Microsoft.AspNetCore.Components;

namespace ApiStudio.Studio.Tables.Access;

/// <summary>
/// The access matrix: operations by role references, with ownership and a record condition per
/// operation. Every rule of the table is visible at once.
/// </summary>
public partial class AccessTab
{
    private IReadOnlyList<string> roles = [];

    [Inject] private DefinitionEditor Editor { get; set; } = null!;

    [Parameter, EditorRequired] public TableDefinition Table { get; set; } = null!;

    [Parameter, EditorRequired] public string TablePath { get; set; } = "";

    protected override void OnParametersSet()
    {
        var used = Enum.GetValues<CrudOperation>().SelectMany(op => Table.Access.For(op)?.Roles ?? []);
        roles = RoleChoices.For(Editor.Definition, used);
    }

    private static string RuleSummary(AccessRule rule) =>
        (rule.Roles.Count == 0 ? "no role" : string.Join(", ", rule.Roles)) + (rule.Owner ? ", owner only" : "");

    private static string Name(CrudOperation operation) => operation.ToString().ToLowerInvariant();

    private string OperationPath(CrudOperation operation) => $"{TablePath}.access.{Name(operation)}";

    private bool IsUnknown(string role) => !RoleChoices.For(Editor.Definition).Contains(role);

    private void Edit(CrudOperation operation, string description, Func<AccessRule, AccessRule?> change) =>
        Editor.ApplyToTable(Table.Name, description, t => t with
        {
            Access = t.Access.With(operation, change(t.Access.For(operation) ?? new AccessRule())),
        });

    private void ToggleRole(CrudOperation operation, string role, bool on) =>
        Edit(operation, $"{(on ? "Allow" : "Disallow")} {role} to {Name(operation)} {Table.Name}",
            rule => rule with { Roles = RoleChoices.Toggle(rule.Roles, role, on, roles) });

    private void SetOwner(CrudOperation operation, bool on) =>
        Edit(operation, $"{(on ? "Require" : "Do not require")} ownership to {Name(operation)} {Table.Name}", rule => rule with { Owner = on });

    private void SetCondition(CrudOperation operation, Condition? condition) =>
        Edit(operation, $"Change the {Name(operation)} condition on {Table.Name}", rule => rule with { Record = condition });

    private void RemoveRule(CrudOperation operation) =>
        Edit(operation, $"Remove the {Name(operation)} rule on {Table.Name}", _ => null);
}
