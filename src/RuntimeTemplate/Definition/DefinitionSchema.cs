using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace ApiStudio.Runtime.Definition;

/// <summary>
/// The JSON Schema of api.json, derived from the model itself so it cannot drift. Conditions and values
/// have hand-written converters, so their schema is spelled out here.
/// </summary>
public static class DefinitionSchema
{
    public const string Id = "urn:api-studio:definition:v1";

    public static string Generate()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var type = context.TypeInfo.Type;
                if (type == typeof(Condition))
                {
                    return new JsonObject { ["$ref"] = "#/$defs/condition" };
                }

                if (type == typeof(Operand))
                {
                    return OperandSchema();
                }

                return node;
            },
        };
        var schema = (JsonObject)DefinitionJson.Options.GetJsonSchemaAsNode(typeof(ApiDefinition), exporterOptions);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "API Studio definition (api.json)",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        root["$defs"] = new JsonObject { ["condition"] = ConditionSchema() };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject OperandSchema() => new()
    {
        ["description"] = "A literal, or a reference: $ctx.userId, $ctx.activeOrgId, $input.<name>, $now, $uuid ($$ escapes a literal '$').",
        ["type"] = new JsonArray("string", "number", "boolean", "null", "array"),
    };

    private static JsonObject ConditionSchema()
    {
        var operators = new JsonObject();
        foreach (var name in ComparisonOperators.Names)
        {
            operators[name] = OperandSchema();
        }

        return new JsonObject
        {
            ["description"] = "{ field: { operator: value } } plus optional 'and' / 'or' lists; everything listed must hold, and one 'or' branch.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["and"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/condition" } },
                ["or"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/condition" } },
            },
            ["additionalProperties"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = operators,
                ["additionalProperties"] = false,
                ["minProperties"] = 1,
            },
        };
    }
}
