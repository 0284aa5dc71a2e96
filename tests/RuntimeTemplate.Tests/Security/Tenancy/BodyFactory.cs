using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Identity;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>
/// Request bodies for writes and actions: valid ones built from the table's columns and guards, with references
/// to rows of the caller's organization, and now and then a hostile change (a firewall column set to another
/// organization, a reference into another organization, a protected or unknown field, a wrong type).
/// </summary>
public sealed class BodyFactory(TenantWorld world, Random random)
{
    private static readonly string[] Words = ["Alpha", "Birch", "Cobalt", "Delta", "Ember", "Fjord", "Garnet", "Harbor"];

    /// <param name="complete">Every createable field, as the seeds send, so every masked column holds a secret.</param>
    public JsonObject Create(TableDefinition table, TenantCaller caller, bool hostile, bool complete = false)
    {
        var body = new JsonObject();
        foreach (var column in CreateColumns(table))
        {
            if (complete || column.IsRequiredOnCreate || random.NextDouble() < 0.7)
            {
                body[column.Name] = Value(table, column, caller);
            }
        }

        if (hostile)
        {
            Mutate(body, table, caller);
        }

        return body;
    }

    public JsonObject Update(TableDefinition table, TenantCaller caller, bool hostile)
    {
        var body = new JsonObject();
        var columns = UpdateColumns(table).ToList();
        foreach (var column in columns.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
        {
            body[column.Name] = Value(table, column, caller);
        }

        if (hostile || columns.Count == 0)
        {
            Mutate(body, table, caller);
        }

        return body;
    }

    public JsonObject ActionInput(TableDefinition table, ActionDefinition action, TenantCaller caller)
    {
        var body = new JsonObject();
        foreach (var input in action.Input)
        {
            if (!input.Required && random.NextDouble() < 0.4)
            {
                continue;
            }

            var column = new ColumnDefinition { Name = input.Name, Type = input.Type, Enum = input.Enum, MaxLength = input.MaxLength };
            var referenced = table.FindColumn(input.Name)?.References;
            body[input.Name] = referenced is not null
                ? Reference(referenced, caller)
                : Value(table, column, caller);
        }

        if (random.NextDouble() < 0.1)
        {
            body["unexpected"] = "field";
        }

        return body;
    }

    /// <summary>A value that fits the column, shaped as a secret when the column is masked.</summary>
    public JsonNode? Value(TableDefinition table, ColumnDefinition column, TenantCaller caller)
    {
        var org = OrgOf(caller);
        var values = world.Values;
        if (world.Sample.MaskOf(table.Name, column.Name) is not null)
        {
            return column.Name switch
            {
                "email" => values.Email(org),
                "phone" or "mobile" => values.Phone(),
                "ssn" => values.Ssn(org),
                "passportNumber" => values.Passport(),
                "fullName" => values.FullName(),
                "cardNumber" => values.Card(),
                "iban" => values.Iban(),
                "salaryMax" => values.Salary(),
                _ => values.Token(org),
            };
        }

        if (column.References is { } referenced)
        {
            return Reference(referenced, caller);
        }

        if (column.Name == "accountManagerId")
        {
            var members = org >= 0 ? world.Orgs[org].Members.Values.Where(m => m.Kind == CallerKind.User).ToList() : [];
            return members.Count == 0 || random.NextDouble() < 0.25 ? null : members[random.Next(members.Count)].OwnerId;
        }

        if (column.Enum.Count > 0)
        {
            return column.Enum[random.Next(column.Enum.Count)];
        }

        return column.Type switch
        {
            ColumnType.Integer => column.Name is "rating" or "headcount" ? random.Next(1, 6) : random.Next(0, 101),
            ColumnType.Real => random.Next(1, 9_000) + 0.5,
            ColumnType.Boolean => random.Next(2) == 0,
            ColumnType.Timestamp => new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc).AddHours(random.Next(0, 30_000)).ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ColumnType.Uuid => Guid.NewGuid().ToString(),
            ColumnType.Json => new JsonObject { ["level"] = random.Next(1, 5), ["tags"] = new JsonArray("remote", Marker(table, org)) },
            _ => Text(column, Marker(table, org)),
        };
    }

    /// <summary>
    /// An id of a row of <paramref name="table"/> the caller can see (its organization's, and in an owner-scoped table
    /// its own or an unassigned one), as a reference must be; a fresh id when there is none.
    /// </summary>
    public string Reference(string table, TenantCaller caller)
    {
        var rows = world.Sample.PublicTables.Contains(table)
            ? world.Records.Values.Where(r => r.Table == table && !r.Deleted).ToList()
            : world.RecordsOf(table, OrgOf(caller));
        if (world.Sample.OwnerScopes.TryGetValue(table, out var scope) && !caller.SeesEveryOwner)
        {
            rows = rows.Where(r => r.Owner is null ? scope.Unassigned : string.Equals(r.Owner, caller.OwnerId, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        return rows.Count == 0 ? Guid.NewGuid().ToString() : rows[random.Next(rows.Count)].Id;
    }

    public string ForeignReference(string table, int org)
    {
        var rows = world.Records.Values.Where(r => r.Table == table && r.Org >= 0 && r.Org != org).ToList();
        return rows.Count == 0 ? Guid.NewGuid().ToString() : rows[random.Next(rows.Count)].Id;
    }

    public IEnumerable<ColumnDefinition> CreateColumns(TableDefinition table) => table.Guards.Enabled
        ? table.Columns.Where(c => table.Guards.Createable.Contains(c.Name) || table.Guards.Immutable.Contains(c.Name))
        : table.Columns.Where(c => !IsManaged(table, c.Name));

    public IEnumerable<ColumnDefinition> UpdateColumns(TableDefinition table) => table.Guards.Enabled
        ? table.Columns.Where(c => table.Guards.Updatable.Contains(c.Name))
        : table.Columns.Where(c => !IsManaged(table, c.Name));

    private void Mutate(JsonObject body, TableDefinition table, TenantCaller caller)
    {
        var org = OrgOf(caller);
        var foreignOrg = world.Orgs[(Math.Max(org, 0) + 1 + random.Next(world.Orgs.Count - 1)) % world.Orgs.Count];
        switch (random.Next(7))
        {
            case 0 when world.Sample.OrganizationColumns.TryGetValue(table.Name, out var orgColumn):
                body[orgColumn] = foreignOrg.Id;
                break;
            case 1 when world.Sample.OwnerScopes.TryGetValue(table.Name, out var owner):
                body[owner.Column] = foreignOrg.Members["admin"].OwnerId;
                break;
            case 2 when table.Columns.FirstOrDefault(c => c.References is not null) is { } reference:
                body[reference.Name] = ForeignReference(reference.References!, org);
                break;
            case 3 when table.Guards.Protected.Keys.FirstOrDefault() is { } protectedField:
                body[protectedField] = table.FindColumn(protectedField)!.Enum.LastOrDefault() ?? "x";
                break;
            case 4:
                body[random.Next(2) == 0 ? "id" : "createdAt"] = random.Next(2) == 0 ? ForeignReference(table.Name, org) : "2020-01-01T00:00:00Z";
                break;
            case 5 when body.Count > 0:
                body[body.First().Key] = random.Next(3) switch { 0 => 12345, 1 => new JsonArray(1, 2), _ => new JsonObject { ["nested"] = true } };
                break;
            default:
                body["notAColumn"] = Marker(table, org);
                break;
        }
    }

    /// <summary>The organization's marker, except in public tables, whose rows every organization sees.</summary>
    private string Marker(TableDefinition table, int org) => world.Sample.PublicTables.Contains(table.Name) ? "public" : TenantWorld.Marker(org);

    private string Text(ColumnDefinition column, string marker)
    {
        var text = column.Format switch
        {
            ColumnFormat.Url => $"https://{marker}.example/p{world.Values.Next()}",
            ColumnFormat.Date => $"19{random.Next(50, 99)}-0{random.Next(1, 10)}-1{random.Next(0, 9)}",
            ColumnFormat.Email => world.Values.Email(0),
            ColumnFormat.Phone => world.Values.Phone(),
            _ => $"{Words[random.Next(Words.Length)]} {marker} {world.Values.Next()}",
        };
        return column.MaxLength is { } max && text.Length > max ? text[..max] : text;
    }

    private bool IsManaged(TableDefinition table, string column) =>
        column is "id" || world.Sample.OrganizationColumns.GetValueOrDefault(table.Name) == column
        || world.Sample.OwnerScopes.GetValueOrDefault(table.Name)?.Column == column;

    private static int OrgOf(TenantCaller caller) => Math.Max(caller.Org, 0);
}
