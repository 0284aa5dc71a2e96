using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables.Columns;

/// <summary>Renames or removes a column together with the rules of its table that name it.</summary>
public static class ColumnMentions
{
    /// <summary>Renames the column everywhere the table names it: guards, masking, views, firewall, conditions and actions.</summary>
    public static TableDefinition Rename(TableDefinition table, string from, string to)
    {
        string Swap(string name) => name == from ? to : name;
        IReadOnlyList<string> SwapAll(IReadOnlyList<string> names) => names.Select(Swap).ToList();
        var guards = table.Guards;
        var firewall = table.Firewall;
        return table with
        {
            Columns = table.Columns.Select(c => c.Name == from ? c with { Name = to } : c).ToList(),
            Guards = guards with
            {
                Createable = SwapAll(guards.Createable),
                Updatable = SwapAll(guards.Updatable),
                Immutable = SwapAll(guards.Immutable),
                Protected = guards.Protected.ToDictionary(p => Swap(p.Key), p => p.Value),
            },
            Masking = table.Masking.ToDictionary(m => Swap(m.Key), m => m.Value),
            Views = table.Views.Select(v => v with { Fields = SwapAll(v.Fields) }).ToList(),
            Firewall = firewall with
            {
                Organization = firewall.Organization is { } org ? org with { Column = Swap(org.Column) } : null,
                Owner = firewall.Owner is { } owner ? owner with { Column = Swap(owner.Column) } : null,
            },
            Access = RenameInAccess(table.Access, from, to),
            Actions = table.Actions.Select(a => a with
            {
                Access = RenameInRule(a.Access, from, to)!,
                Set = a.Set.ToDictionary(s => Swap(s.Key), s => s.Value),
                Transition = a.Transition is { } t ? t with { Field = Swap(t.Field) } : null,
            }).ToList(),
        };
    }

    /// <summary>
    /// Removes the column and drops it from the allow-lists (guards, masking, views). Conditions,
    /// action effects and firewall columns keep the name, so the validator flags them: silently
    /// dropping a comparison would widen who may do what.
    /// </summary>
    public static TableDefinition Remove(TableDefinition table, string name)
    {
        IReadOnlyList<string> Without(IReadOnlyList<string> names) => names.Where(n => n != name).ToList();
        var guards = table.Guards;
        return table with
        {
            Columns = table.Columns.Where(c => c.Name != name).ToList(),
            Guards = guards with
            {
                Createable = Without(guards.Createable),
                Updatable = Without(guards.Updatable),
                Immutable = Without(guards.Immutable),
                Protected = guards.Protected.Where(p => p.Key != name).ToDictionary(p => p.Key, p => p.Value),
            },
            Masking = table.Masking.Where(m => m.Key != name).ToDictionary(m => m.Key, m => m.Value),
            Views = table.Views.Select(v => v with { Fields = Without(v.Fields) }).ToList(),
        };
    }

    private static Condition RenameInCondition(Condition condition, string from, string to) => condition with
    {
        Comparisons = condition.Comparisons.Select(c => c.Field == from ? c with { Field = to } : c).ToList(),
        And = condition.And.Select(c => RenameInCondition(c, from, to)).ToList(),
        Or = condition.Or.Select(c => RenameInCondition(c, from, to)).ToList(),
    };

    private static AccessDefinition RenameInAccess(AccessDefinition access, string from, string to) =>
        Enum.GetValues<CrudOperation>().Aggregate(access, (a, op) => a.With(op, RenameInRule(a.For(op), from, to)));

    private static AccessRule? RenameInRule(AccessRule? rule, string from, string to) =>
        rule?.Record is { } record ? rule with { Record = RenameInCondition(record, from, to) } : rule;
}
