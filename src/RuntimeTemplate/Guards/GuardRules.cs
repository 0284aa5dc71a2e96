using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Guards;

/// <summary>
/// The guard rules of one table, asked field by field. Each field gets the first rule it breaks, in
/// the precedence <see cref="Precedence"/> gives, so a strict rejection names one code for all its fields.
/// </summary>
internal sealed class GuardRules
{
    /// <summary>Most fundamental first: a system field is refused as such even if it is also not createable.</summary>
    public static readonly IReadOnlyList<string> Precedence =
    [
        ErrorCodes.GuardSystemManaged,
        ErrorCodes.GuardFieldProtected,
        ErrorCodes.GuardFieldImmutable,
        ErrorCodes.GuardFieldNotCreateable,
        ErrorCodes.GuardFieldNotUpdatable,
    ];

    private readonly TableDefinition table;
    private readonly IReadOnlySet<string> managed;
    private readonly IReadOnlySet<string> columns;

    public GuardRules(TableDefinition table)
    {
        this.table = table;
        var metadata = TableMetadata.Of(table);
        managed = metadata.ManagedFields;
        columns = metadata.ColumnNames;
    }

    private GuardDefinition Guards => table.Guards;

    /// <summary>The rule <paramref name="field"/> breaks for this write, or null when it may be written.</summary>
    public FieldRuling? Rule(WriteKind write, string field)
    {
        if (managed.Contains(field))
        {
            return new(ErrorCodes.GuardSystemManaged, "guards.systemManaged",
                $"'{field}' is system-managed: the server sets it", $"remove '{field}' from the body");
        }

        if (Guards.Protected.TryGetValue(field, out var actions) && !(write.IsAction && actions.Contains(write.ActionName!)))
        {
            return Protected(field, actions);
        }

        // Actions change what their definition says; their effect was reviewed by the designer, so the
        // create/update allowlists do not apply to them, only the rules that hold for every writer.
        var action = write.IsAction ? table.Actions.FirstOrDefault(a => a.Name == write.ActionName) : null;
        var creates = write.IsCreate || action?.Scope == ActionScope.Standalone;

        // With guards off the validator tells the designer that immutable is ignored along with the allowlists.
        if (Guards.Enabled && !creates && Guards.Immutable.Contains(field))
        {
            return new(ErrorCodes.GuardFieldImmutable, "guards.immutable",
                $"'{field}' is immutable: it is set on create and never changed",
                $"remove '{field}' from the {(write.IsAction ? "action's fields" : "update")}; to change it, create a new record");
        }

        if (!columns.Contains(field))
        {
            // Unknown names are refused even with guards off: no column would store them.
            return creates
                ? new(ErrorCodes.GuardFieldNotCreateable, "guards.createable", $"'{field}' is not a field of '{table.Name}'", UnknownFix(field))
                : new(ErrorCodes.GuardFieldNotUpdatable, "guards.updatable", $"'{field}' is not a field of '{table.Name}'", UnknownFix(field));
        }

        if (!Guards.Enabled || write.IsAction)
        {
            return null;
        }

        if (write.IsCreate && !Guards.Createable.Contains(field) && !Guards.Immutable.Contains(field))
        {
            return new(ErrorCodes.GuardFieldNotCreateable, "guards.createable", $"'{field}' is not createable on '{table.Name}'",
                $"remove '{field}' from the body, or add it to guards.createable of '{table.Name}'");
        }

        if (write.IsUpdate && !Guards.Updatable.Contains(field))
        {
            return new(ErrorCodes.GuardFieldNotUpdatable, "guards.updatable", $"'{field}' is not updatable on '{table.Name}'",
                $"remove '{field}' from the body, or add it to guards.updatable of '{table.Name}'");
        }

        return null;
    }

    private FieldRuling Protected(string field, IReadOnlyList<string> actions)
    {
        if (actions.Count == 0)
        {
            return new(ErrorCodes.GuardFieldProtected, "guards.protected", $"'{field}' is protected and no action may change it",
                $"remove '{field}' from the body");
        }

        var names = string.Join(", ", actions.Select(a => $"'{a}'"));
        var routes = string.Join(" or ", actions.Select(Route));
        return new(ErrorCodes.GuardFieldProtected, "guards.protected",
            $"'{field}' is protected; only the action{(actions.Count == 1 ? "" : "s")} {names} may change it",
            $"remove '{field}' from the body, or call {routes}");
    }

    private string Route(string actionName) =>
        table.Actions.FirstOrDefault(a => a.Name == actionName)?.Scope == ActionScope.Standalone
            ? $"POST …/{table.Name}/actions/{actionName}"
            : $"POST …/{table.Name}/{{id}}/{actionName}";

    private string UnknownFix(string field) =>
        $"remove '{field}' from the body; the fields of '{table.Name}' are {string.Join(", ", table.Columns.Select(c => c.Name))}";
}
