using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// Random list query strings: filters with every operator (sometimes one that does not apply), values from the
/// caller's organization, other organizations, secrets and SQL-looking text; sort, fields, search, limit,
/// offset or page, and total.
/// </summary>
public sealed class ListQueryFactory(TenantWorld world, Random random)
{
    private static readonly string[] Operators = ["", "eq", "ne", "gt", "gte", "lt", "lte", "in", "nin", "like"];

    private static readonly string[] Texts =
        ["Alpha", "%", "_", "'", "O'Brien\"; DROP TABLE contacts;--", "ünï©ødé 🚀", "a\\b", "*", "lead", "Vera", "hidden", "' OR '1'='1"];

    /// <param name="columns">The columns the query may name: every column of a table, or a view's fields.</param>
    public GeneratedQuery Create(TableDefinition table, IReadOnlyList<ColumnDefinition> columns, TenantCaller caller)
    {
        var parameters = new List<(string Name, string Value)>();
        var queried = new List<string>();
        var filterable = columns.Where(c => c.Type != ColumnType.Json).ToList();

        // A quarter are whole lists (no filter, search or offset), which the invariants compare row for row.
        var whole = random.NextDouble() < 0.25;
        for (var i = whole ? 0 : random.Next(0, 3); i > 0; i--)
        {
            var column = filterable[random.Next(filterable.Count)];
            var op = Operators[random.Next(Operators.Length)];
            parameters.Add((op.Length == 0 ? column.Name : $"{column.Name}.{op}", FilterValue(table, column, op, caller)));
            queried.Add(column.Name);
        }

        if (random.NextDouble() < 0.3)
        {
            var keys = filterable.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
            parameters.Add(("sort", string.Join(',', keys.Select(k => (random.Next(2) == 0 ? "-" : "") + k.Name))));
            queried.AddRange(keys.Select(k => k.Name));
        }

        if (whole)
        {
            parameters.Add(("limit", "100"));
            parameters.Add(("total", "true"));
            return Finish(parameters, queried);
        }

        if (random.NextDouble() < 0.25)
        {
            parameters.Add(("fields", string.Join(',', columns.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(c => c.Name))));
        }

        if (random.NextDouble() < 0.2)
        {
            parameters.Add(("search", random.Next(3) == 0 ? TenantWorld.Marker(random.Next(world.Orgs.Count)) : Texts[random.Next(Texts.Length)]));
        }

        if (random.NextDouble() < 0.4)
        {
            parameters.Add(("limit", random.NextDouble() < 0.9 ? random.Next(1, 101).ToString() : new[] { "0", "101", "-1", "ten" }[random.Next(4)]));
        }

        if (random.NextDouble() < 0.2)
        {
            parameters.Add(random.Next(2) == 0 ? ("offset", random.Next(0, 6).ToString()) : ("page", random.Next(1, 4).ToString()));
        }

        if (random.NextDouble() < 0.3)
        {
            parameters.Add(("total", random.NextDouble() < 0.9 ? "true" : "yes"));
        }

        return Finish(parameters, queried);
    }

    private static GeneratedQuery Finish(List<(string Name, string Value)> parameters, List<string> queried)
    {
        var text = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
        return new GeneratedQuery(text.Length == 0 ? "" : "?" + text, queried);
    }

    private string FilterValue(TableDefinition table, ColumnDefinition column, string op, TenantCaller caller)
    {
        if (op is "in" or "nin")
        {
            return string.Join(',', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Single(table, column, caller)));
        }

        if (op == "like")
        {
            return new[] { "*", "%" }[random.Next(2)] + Single(table, column, caller) + (random.Next(2) == 0 ? "*" : "");
        }

        return Single(table, column, caller);
    }

    private string Single(TableDefinition table, ColumnDefinition column, TenantCaller caller)
    {
        var org = Math.Max(caller.Org, 0);
        var otherOrg = (org + 1 + random.Next(world.Orgs.Count - 1)) % world.Orgs.Count;
        var pickOrg = random.NextDouble() < 0.7 ? org : otherOrg;

        // A masked column asked about with a stored secret: the API must refuse before it could answer.
        if (world.Sample.MaskOf(table.Name, column.Name) is not null && random.NextDouble() < 0.6
            && world.Secrets.Where(s => s.Table == table.Name && s.Column == column.Name).ToList() is { Count: > 0 } secrets)
        {
            return secrets[random.Next(secrets.Count)].Value;
        }

        if (world.Sample.OrganizationColumns.GetValueOrDefault(table.Name) == column.Name)
        {
            return world.Orgs[pickOrg].Id;
        }

        if (column.PrimaryKey || column.References is not null)
        {
            var target = column.PrimaryKey ? table.Name : column.References!;
            var rows = world.Records.Values.Where(r => r.Table == target && (r.Org == pickOrg || r.Org < 0)).ToList();
            return rows.Count == 0 ? Guid.NewGuid().ToString() : rows[random.Next(rows.Count)].Id;
        }

        if (column.Name.EndsWith("Id", StringComparison.Ordinal) || column.Name.EndsWith("By", StringComparison.Ordinal))
        {
            var members = world.Orgs[pickOrg].Members.Values.Where(m => m.Kind == CallerKind.User).ToList();
            return members[random.Next(members.Count)].OwnerId!;
        }

        if (column.Enum.Count > 0 && random.NextDouble() < 0.85)
        {
            return column.Enum[random.Next(column.Enum.Count)];
        }

        return column.Type switch
        {
            ColumnType.Integer => random.Next(-5, 200).ToString(),
            ColumnType.Real => (random.Next(0, 20_000) + 0.5).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ColumnType.Boolean => random.Next(3) switch { 0 => "true", 1 => "false", _ => "maybe" },
            ColumnType.Timestamp => random.Next(3) switch { 0 => "2027-06-01T00:00:00Z", 1 => "2026-01-01", _ => "yesterday" },
            ColumnType.Uuid => random.Next(2) == 0 ? Guid.NewGuid().ToString() : "not-a-uuid",
            _ => random.Next(3) == 0 ? TenantWorld.Marker(pickOrg) : Texts[random.Next(Texts.Length)],
        };
    }
}
