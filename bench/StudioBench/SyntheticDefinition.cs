using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Bench;

/// <summary>
/// A large, valid design built in code: every table is shaped like the CRM sample's deals table
/// (firewall column, a reference, an enum with a state machine, access with a record condition,
/// guards, a masked column, a view and an action), so the validator runs every kind of check.
/// </summary>
public static class SyntheticDefinition
{
    public static ApiDefinition Build(int tableCount)
    {
        var tables = new JsonArray();
        for (var i = 0; i < tableCount; i++)
        {
            tables.Add(Table(i));
        }

        var document = new JsonObject
        {
            ["version"] = 1,
            ["project"] = new JsonObject { ["name"] = "synthetic", ["description"] = $"{tableCount} tables for benchmarks." },
            ["roles"] = new JsonArray(Role("viewer"), Role("member"), Role("manager"), Role("admin")),
            ["roleHierarchy"] = new JsonArray("viewer", "member", "manager", "admin"),
            ["tables"] = tables,
        };

        var parsed = DefinitionJson.Parse(document.ToJsonString());
        return parsed.Definition ?? throw new InvalidOperationException(string.Join("\n", parsed.Diagnostics));
    }

    private static JsonObject Role(string name) => new() { ["name"] = name };

    private static JsonObject Table(int index)
    {
        var columns = new JsonArray(
            Column("id", "uuid", primaryKey: true),
            Column("organizationId", "uuid", nullable: false),
            Column("ownerId", "uuid"),
            new JsonObject { ["name"] = "title", ["type"] = "text", ["nullable"] = false, ["maxLength"] = 200 },
            new JsonObject { ["name"] = "amount", ["type"] = "real", ["nullable"] = false, ["default"] = 0 },
            new JsonObject
            {
                ["name"] = "stage", ["type"] = "text", ["nullable"] = false, ["default"] = "draft",
                ["enum"] = new JsonArray("draft", "active", "done", "dropped"),
            },
            new JsonObject { ["name"] = "contactEmail", ["type"] = "text", ["format"] = "email" });
        if (index > 0)
        {
            columns.Add(new JsonObject { ["name"] = "parentId", ["type"] = "uuid", ["references"] = Name(index - 1) });
        }

        var writable = index > 0 ? new JsonArray("title", "amount", "contactEmail", "parentId") : new JsonArray("title", "amount", "contactEmail");
        return new JsonObject
        {
            ["name"] = Name(index),
            ["description"] = $"Synthetic table {index}.",
            ["columns"] = columns,
            ["softDelete"] = index % 2 == 0,
            ["access"] = new JsonObject
            {
                ["list"] = Roles("viewer+"),
                ["get"] = Roles("viewer+"),
                ["create"] = Roles("member+"),
                ["update"] = new JsonObject
                {
                    ["roles"] = new JsonArray("member+"),
                    ["record"] = new JsonObject { ["stage"] = new JsonObject { ["notIn"] = new JsonArray("done", "dropped") } },
                },
                ["delete"] = Roles("manager+"),
            },
            ["guards"] = new JsonObject
            {
                ["createable"] = writable,
                ["updatable"] = new JsonArray("title", "amount"),
                ["protected"] = new JsonObject { ["stage"] = new JsonArray("advance") },
            },
            ["masking"] = new JsonObject
            {
                ["contactEmail"] = new JsonObject { ["kind"] = "email", ["show"] = new JsonObject { ["roles"] = new JsonArray("manager+") } },
            },
            ["views"] = new JsonArray(new JsonObject
            {
                ["name"] = "board",
                ["fields"] = new JsonArray("id", "title", "amount", "stage"),
                ["roles"] = new JsonArray("viewer+"),
            }),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["name"] = "advance",
                ["input"] = new JsonArray(new JsonObject
                {
                    ["name"] = "stage", ["type"] = "text", ["required"] = true, ["enum"] = new JsonArray("active", "done", "dropped"),
                }),
                ["access"] = Roles("member+"),
                ["set"] = new JsonObject { ["stage"] = "$input.stage" },
                ["transition"] = new JsonObject
                {
                    ["field"] = "stage",
                    ["fromTo"] = new JsonObject
                    {
                        ["draft"] = new JsonArray("active", "dropped"),
                        ["active"] = new JsonArray("done", "dropped"),
                    },
                },
            }),
        };
    }

    private static string Name(int index) => $"table{index:000}";

    private static JsonObject Roles(params string[] roles) => new() { ["roles"] = new JsonArray(roles.Select(r => (JsonNode?)r).ToArray()) };

    private static JsonObject Column(string name, string type, bool primaryKey = false, bool nullable = true)
    {
        var column = new JsonObject { ["name"] = name, ["type"] = type };
        if (primaryKey)
        {
            column["primaryKey"] = true;
        }

        if (!nullable)
        {
            column["nullable"] = false;
        }

        return column;
    }
}
