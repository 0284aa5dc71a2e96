using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>A table's component schemas: the record, the create and update bodies, the list, view, batch and action shapes.</summary>
internal static class TableSchemas
{
    /// <summary>Claims every table's names before any schema is written, so a table never loses its natural name to a derived one.</summary>
    public static IReadOnlyList<(string Singular, string Plural)> ClaimBaseNames(OpenApiContext context) =>
        context.Definition.Tables
            .Select(t => (Singular: context.ComponentNames.Claim(NameForms.Pascal(NameForms.Singular(t.Name))), Plural: NameForms.Pascal(t.Name)))
            .ToList();

    public static TableSchemaNames Add(OpenApiContext context, TableFields fields, string singular, string plural)
    {
        var table = fields.Table;
        string Claim(string suffix) => context.ComponentNames.Claim(singular + suffix);
        var names = new TableSchemaNames
        {
            Singular = singular,
            Plural = plural,
            Record = singular,
            Create = Claim("Create"),
            Update = Claim("Update"),
            List = Claim("List"),
            BatchCreate = Claim("BatchCreate"),
            BatchUpdate = Claim("BatchUpdate"),
            BatchDelete = Claim("BatchDelete"),
            BatchResult = Claim("BatchResult"),
            Deleted = Claim("Deleted"),
            BatchDeleteResult = Claim("BatchDeleteResult"),
            Views = table.Views.ToDictionary(v => v.Name, v => Claim(NameForms.Pascal(v.Name) + "View"), StringComparer.Ordinal),
            ActionInputs = table.Actions.Where(a => a.Input.Count > 0)
                .ToDictionary(a => a.Name, a => Claim(NameForms.Pascal(a.Name) + "Input"), StringComparer.Ordinal),
        };

        var schemas = context.Schemas;
        schemas[names.Record] = Record(context, fields);
        schemas[names.Create] = Create(fields);
        schemas[names.Update] = Update(fields);
        schemas[names.List] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = $"A page of `{table.Name}`.",
            ["required"] = JsonArrays.Of("data", "pagination"),
            ["properties"] = new JsonObject
            {
                ["data"] = new JsonObject { ["type"] = "array", ["items"] = OpenApiContext.SchemaRef(names.Record) },
                ["pagination"] = OpenApiContext.SchemaRef(SharedSchemas.Pagination),
            },
        };
        schemas[names.BatchCreate] = BatchBody(context, "records", OpenApiContext.SchemaRef(names.Create),
            $"Up to {context.Project.MaxBatchSize} records to create.");
        schemas[names.BatchUpdate] = BatchBody(context, "records", new JsonObject
        {
            ["allOf"] = new JsonArray(
                OpenApiContext.SchemaRef(names.Update),
                new JsonObject { ["type"] = "object", ["required"] = JsonArrays.Of("id"), ["properties"] = new JsonObject { ["id"] = IdSchema(table) } }),
        }, $"Up to {context.Project.MaxBatchSize} changes, each with the id of the record it changes.");
        schemas[names.BatchDelete] = BatchBody(context, "ids", IdSchema(table), $"Up to {context.Project.MaxBatchSize} ids to delete.");
        schemas[names.BatchResult] = BatchResult(names.Record, table, "The records created or changed, as the API returns them.");
        schemas[names.Deleted] = Deleted(table);
        schemas[names.BatchDeleteResult] = BatchResult(names.Deleted, table, "The deleted records' keys.");
        foreach (var view in table.Views)
        {
            schemas[names.Views[view.Name]] = View(context, fields, view);
        }

        foreach (var action in table.Actions.Where(a => a.Input.Count > 0))
        {
            schemas[names.ActionInputs[action.Name]] = ActionInput(action);
        }

        return names;
    }

    public static JsonObject IdSchema(TableDefinition table) => table.PrimaryKey is { } key
        ? ColumnSchemas.Value(key.Type, key.Format, [], null, nullable: false)
        : new JsonObject { ["type"] = "string" };

    private static JsonObject Record(OpenApiContext context, TableFields fields)
    {
        var properties = new JsonObject();
        foreach (var column in fields.Columns)
        {
            properties[column.Name] = ColumnSchemas.Output(context, column, fields.Masking.GetValueOrDefault(column.Name), fields.IsManaged(column));
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = Join(fields.Table.Description,
                "A record as the API returns it; `fields=` on lists returns only the fields asked for."),
            ["properties"] = properties,
        };
    }

    private static JsonObject Create(TableFields fields)
    {
        var properties = new JsonObject();
        foreach (var column in fields.Create)
        {
            properties[column.Name] = ColumnSchemas.Input(column);
        }

        var schema = new JsonObject
        {
            ["type"] = "object",
            ["description"] = Join($"The fields a client may set when creating a `{fields.Table.Name}` record.", GuardNote(fields)),
        };
        var required = fields.Create.Where(c => c.IsRequiredOnCreate).Select(c => c.Name).ToList();
        if (required.Count > 0)
        {
            schema["required"] = JsonArrays.Of(required);
        }

        schema["properties"] = properties;
        schema["additionalProperties"] = !fields.RejectsForbiddenFields;
        return schema;
    }

    private static JsonObject Update(TableFields fields)
    {
        var properties = new JsonObject();
        foreach (var column in fields.Update)
        {
            properties[column.Name] = ColumnSchemas.Input(column);
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = Join($"The fields a client may change on a `{fields.Table.Name}` record; fields left out keep their value.", GuardNote(fields)),
            ["properties"] = properties,
            ["additionalProperties"] = !fields.RejectsForbiddenFields,
        };
    }

    private static string GuardNote(TableFields fields) => !fields.Table.Guards.Enabled
        ? "Guards are off: every field the server does not manage may be written."
        : fields.RejectsForbiddenFields
            ? "Any other field is refused with 400 `GUARD_*` (guards mode strict)."
            : "Any other field is dropped silently (guards mode strip).";

    private static JsonObject BatchBody(OpenApiContext context, string property, JsonObject items, string description) => new()
    {
        ["type"] = "object",
        ["required"] = JsonArrays.Of(property),
        ["properties"] = new JsonObject
        {
            [property] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = description,
                ["minItems"] = 1,
                ["maxItems"] = context.Project.MaxBatchSize,
                ["items"] = items,
            },
            ["options"] = OpenApiContext.SchemaRef(SharedSchemas.BatchOptions),
        },
    };

    private static JsonObject Deleted(TableDefinition table)
    {
        var key = table.PrimaryKey?.Name ?? "id";
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = $"A deleted `{table.Name}` record: its key and `deleted: true`."
                + (table.SoftDelete ? " The row stays, with `deletedAt` set, and no query sees it again." : ""),
            ["required"] = JsonArrays.Of(key, "deleted"),
            ["properties"] = new JsonObject
            {
                [key] = IdSchema(table),
                ["deleted"] = new JsonObject { ["const"] = true },
            },
        };
    }

    private static JsonObject BatchResult(string item, TableDefinition table, string successDescription) => new()
    {
        ["type"] = "object",
        ["description"] = $"The outcome of a `{table.Name}` batch: the records that succeeded and, per failed record, its index and error.",
        ["required"] = JsonArrays.Of("success", "errors", "meta"),
        ["properties"] = new JsonObject
        {
            ["success"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = successDescription,
                ["items"] = OpenApiContext.SchemaRef(item),
            },
            ["errors"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = JsonArrays.Of("index", "error"),
                    ["properties"] = new JsonObject
                    {
                        ["index"] = new JsonObject { ["type"] = "integer", ["description"] = "Position of the record in the request." },
                        ["record"] = new JsonObject { ["description"] = "The record (or id) as sent, sensitive and masked fields redacted." },
                        ["error"] = OpenApiContext.SchemaRef(SharedSchemas.BatchItemError),
                    },
                },
            },
            ["meta"] = OpenApiContext.SchemaRef(SharedSchemas.BatchMeta),
        },
    };

    private static JsonObject View(OpenApiContext context, TableFields fields, ViewDefinition view)
    {
        var properties = new JsonObject();
        foreach (var field in view.Fields)
        {
            if (fields.Columns.FirstOrDefault(c => c.Name == field) is { } column)
            {
                properties[field] = ColumnSchemas.Output(context, column, fields.Masking.GetValueOrDefault(field), fields.IsManaged(column));
            }
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = Join(view.Description, $"The `{view.Name}` view of `{fields.Table.Name}`: only the fields {string.Join(", ", view.Fields)}."),
            ["required"] = JsonArrays.Of("data", "view", "fields", "pagination"),
            ["properties"] = new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject { ["type"] = "object", ["properties"] = properties },
                },
                ["view"] = new JsonObject { ["const"] = view.Name },
                ["fields"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["examples"] = new JsonArray(JsonArrays.Of(view.Fields)) },
                ["pagination"] = OpenApiContext.SchemaRef(SharedSchemas.Pagination),
            },
        };
    }

    private static JsonObject ActionInput(ActionDefinition action)
    {
        var properties = new JsonObject();
        foreach (var field in action.Input)
        {
            properties[field.Name] = ColumnSchemas.Input(field);
        }

        var schema = new JsonObject { ["type"] = "object" };
        if (action.Description is not null)
        {
            schema["description"] = $"Input of `{action.Name}`: {action.Description}";
        }

        var required = action.Input.Where(f => f.Required).Select(f => f.Name).ToList();
        if (required.Count > 0)
        {
            schema["required"] = JsonArrays.Of(required);
        }

        schema["properties"] = properties;
        return schema;
    }

    private static string Join(params string?[] parts) =>
        string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
