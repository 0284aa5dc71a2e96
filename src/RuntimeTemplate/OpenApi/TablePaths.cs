using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>The paths of one table: list and create, batch, views, one record, and the actions.</summary>
internal static class TablePaths
{
    public static void Add(OpenApiContext context, JsonObject paths, TableFields fields, TableSchemaNames names)
    {
        var table = fields.Table;
        var access = table.Access;
        var operations = new List<TableOperation>
        {
            new(TableOperationKind.List, table, access.List),
            new(TableOperationKind.Create, table, access.Create),
            new(TableOperationKind.BatchCreate, table, access.Create),
            new(TableOperationKind.BatchUpdate, table, access.Update),
            new(TableOperationKind.BatchDelete, table, access.Delete),
        };
        operations.AddRange(table.Views.Select(v => new TableOperation(TableOperationKind.View, table, new AccessRule { Roles = v.Roles }) { View = v }));
        operations.Add(new(TableOperationKind.Get, table, access.Get));
        operations.Add(new(TableOperationKind.Update, table, access.Update));
        operations.Add(new(TableOperationKind.Delete, table, access.Delete));
        operations.AddRange(table.Actions.Select(a => new TableOperation(
            a.Scope == ActionScope.Standalone ? TableOperationKind.StandaloneAction : TableOperationKind.RecordAction, table, a.Access) { Action = a }));

        // Each operation's errors once: a batch's 207 also names those of its single-record operation.
        var errors = new Dictionary<TableOperation, (AccessSummary Access, IReadOnlyList<ErrorCase> Cases)>();
        var writes = new RecordWriteErrors(context, fields);
        foreach (var operation in operations)
        {
            var summary = AccessSummary.For(context, operation);
            errors[operation] = (summary, TableErrorCases.For(context, fields, operation, summary, writes));
        }

        foreach (var operation in operations)
        {
            if (paths[operation.Path] is not JsonObject item)
            {
                item = [];
                paths[operation.Path] = item;
            }

            item[operation.Method.ToLowerInvariant()] = Operation(context, fields, names, operation, errors);
        }
    }

    private static JsonObject Operation(OpenApiContext context, TableFields fields, TableSchemaNames names, TableOperation operation,
        Dictionary<TableOperation, (AccessSummary Access, IReadOnlyList<ErrorCase> Cases)> errorsOf)
    {
        var (access, errors) = errorsOf[operation];
        var json = new JsonObject
        {
            ["operationId"] = context.OperationIds.Claim(OperationId(names, operation)),
            ["tags"] = JsonArrays.Of(fields.Table.Name),
            ["summary"] = Summary(fields.Table, operation),
            ["description"] = Description(fields, operation, access),
            ["x-access"] = access.ToJson(),
        };
        if (access.IsPublic)
        {
            json["security"] = new JsonArray();
        }
        else if (access.SecretKeysOnly)
        {
            json["security"] = new JsonArray(new JsonObject { [SecuritySchemes.ApiKey] = new JsonArray() });
        }

        var parameters = Parameters(fields, operation).ToArray();
        if (parameters.Length > 0)
        {
            json["parameters"] = new JsonArray(parameters);
        }

        if (RequestBody(names, operation) is { } body)
        {
            json["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = OpenApiContext.SchemaRef(body) } },
            };
        }

        var responses = TableSuccessResponses.For(names, operation);
        ErrorResponses.AddTo(context, responses, errors.Select(e => e with { Request = e.Request with { Url = SharedUrl(context, operation, e.Request.Url) } }));
        if (operation.IsBatch && responses["207"] is JsonObject partial)
        {
            partial["description"] = partial["description"]!.GetValue<string>() + " Each entry's `error` is the body one record alone would get: "
                + string.Join(", ", RecordCodes(operation, errors, errorsOf).Select(c => $"`{c}`")) + ".";
        }
        json["responses"] = Sorted(responses);
        return json;
    }

    /// <summary>
    /// The example's URL with <c>{table}</c> and <c>{id}</c> for the table and the record, as the shared examples
    /// write it: the same error on the same kind of route then reads the same for every table, and is written once.
    /// </summary>
    private static string SharedUrl(OpenApiContext context, TableOperation operation, string url)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        return context.Project.BasePath.TrimEnd('/') + "/{table}" + operation.Path[(operation.Table.Name.Length + 1)..] + (query < 0 ? "" : url[query..]);
    }

    /// <summary>The codes a batch reports per record: those of the single-record operation that the batch itself never answers.</summary>
    private static IEnumerable<string> RecordCodes(TableOperation batch, IReadOnlyList<ErrorCase> batchErrors,
        Dictionary<TableOperation, (AccessSummary Access, IReadOnlyList<ErrorCase> Cases)> errorsOf)
    {
        var single = batch with
        {
            Kind = batch.Kind switch
            {
                TableOperationKind.BatchCreate => TableOperationKind.Create,
                TableOperationKind.BatchUpdate => TableOperationKind.Update,
                _ => TableOperationKind.Delete,
            },
        };
        var own = batchErrors.Select(e => e.Error.Code).ToHashSet(StringComparer.Ordinal);
        return errorsOf[single].Cases
            .Select(e => e.Error.Code)
            .Where(c => !own.Contains(c))
            .Distinct(StringComparer.Ordinal);
    }

    private static string OperationId(TableSchemaNames names, TableOperation operation) => operation.Kind switch
    {
        TableOperationKind.List => "list" + names.Plural,
        TableOperationKind.Get => "get" + names.Singular,
        TableOperationKind.Create => "create" + names.Singular,
        TableOperationKind.Update => "update" + names.Singular,
        TableOperationKind.Delete => "delete" + names.Singular,
        TableOperationKind.BatchCreate => "create" + names.Plural + "Batch",
        TableOperationKind.BatchUpdate => "update" + names.Plural + "Batch",
        TableOperationKind.BatchDelete => "delete" + names.Plural + "Batch",
        TableOperationKind.View => "list" + names.Plural + NameForms.Pascal(operation.View!.Name) + "View",
        _ => NameForms.Camel(operation.Action!.Name) + names.Singular,
    };

    private static string Summary(TableDefinition table, TableOperation operation)
    {
        var one = NameForms.Singular(table.Name);
        return operation.Kind switch
        {
            TableOperationKind.List => $"List {table.Name}",
            TableOperationKind.Get => $"Get one {one}",
            TableOperationKind.Create => $"Create a {one}",
            TableOperationKind.Update => $"Update a {one}",
            TableOperationKind.Delete => $"Delete a {one}",
            TableOperationKind.BatchCreate => $"Create many {table.Name}",
            TableOperationKind.BatchUpdate => $"Update many {table.Name}",
            TableOperationKind.BatchDelete => $"Delete many {table.Name}",
            TableOperationKind.View => $"The {operation.View!.Name} view of {table.Name}",
            _ => operation.Action!.Description is { } description ? $"{operation.Action.Name}: {description}" : $"Run {operation.Action.Name} on a {one}",
        };
    }

    private static string Description(TableFields fields, TableOperation operation, AccessSummary access)
    {
        var parts = new List<string>();
        if (operation.View?.Description is { } viewDescription)
        {
            parts.Add(viewDescription);
        }
        else if (operation.Action?.Description is { } actionDescription)
        {
            parts.Add(actionDescription);
        }
        else if (fields.Table.Description is { } tableDescription)
        {
            parts.Add(tableDescription);
        }

        parts.Add(access.Sentence(lists: operation.Kind == TableOperationKind.List));
        parts.Add(FirewallSentence(fields, operation));
        if (operation.IsBatch)
        {
            parts.Add("Each record is checked on its own: all succeeded answers 2xx, some failed answers 207 with the errors by index; "
                + "with `options.atomic` the first failure rolls everything back and answers 400 `BATCH_ATOMIC_FAILED`.");
        }

        if (operation.Action?.Transition is { } transition)
        {
            var moves = string.Join("; ", transition.FromTo.Select(m => $"{m.Key} → {string.Join(", ", m.Value)}"));
            parts.Add($"Moves `{transition.Field}`: {moves}. From any other state it answers 409 `ACCESS_ACTION_NOT_ALLOWED_FOR_STATE`.");
        }

        return string.Join("\n\n", parts);
    }

    private static string FirewallSentence(TableFields fields, TableOperation operation)
    {
        var firewall = fields.Firewall;
        if (firewall.IsPublic)
        {
            return "**Firewall:** none; the table is public (firewall exception)" + (fields.Table.SoftDelete ? ", deleted records are invisible." : ".");
        }

        var scope = new List<string>();
        if (firewall.OrganizationColumn is { } org)
        {
            scope.Add($"the caller's organization (`{org}`)");
        }

        if (firewall.OwnerColumn is { } owner)
        {
            scope.Add(firewall.OwnerMode == OwnerMode.Optional ? $"the caller's own or unassigned records (`{owner}`)" : $"the caller's own records (`{owner}`)");
        }

        var text = scope.Count == 0 ? "**Firewall:** no organization or owner column" : "**Firewall:** records of " + string.Join(" and ", scope) + " only";
        if (fields.Table.SoftDelete)
        {
            text += "; deleted records are invisible";
        }

        if (operation.AddressesRecord)
        {
            text += firewall.ErrorMode == FirewallErrorMode.Hide
                ? ". A record out of reach answers 404, exactly like a missing one (errorMode hide)."
                : ". A record out of reach answers 403 with a `FIREWALL_*` code saying why (errorMode reveal).";
        }
        else
        {
            text += ".";
        }

        return text;
    }

    private static IEnumerable<JsonNode> Parameters(TableFields fields, TableOperation operation)
    {
        if (operation.AddressesRecord)
        {
            yield return new JsonObject
            {
                ["name"] = "id",
                ["in"] = "path",
                ["required"] = true,
                ["description"] = $"The {NameForms.Singular(fields.Table.Name)}'s {fields.Table.PrimaryKey?.Name ?? "id"}.",
                ["schema"] = TableSchemas.IdSchema(fields.Table),
            };
        }

        if (fields.Firewall.OrganizationColumn is not null)
        {
            yield return OpenApiContext.ParameterRef(SharedParameters.OrganizationId);
        }

        if (operation.Kind is TableOperationKind.List or TableOperationKind.Get or TableOperationKind.View)
        {
            yield return OpenApiContext.ParameterRef(SharedParameters.IfNoneMatch);
        }

        if (operation.Kind is TableOperationKind.List or TableOperationKind.View)
        {
            foreach (var parameter in ListParameters.For(fields, operation.View))
            {
                yield return parameter;
            }
        }
    }

    private static string? RequestBody(TableSchemaNames names, TableOperation operation) => operation.Kind switch
    {
        TableOperationKind.Create => names.Create,
        TableOperationKind.Update => names.Update,
        TableOperationKind.BatchCreate => names.BatchCreate,
        TableOperationKind.BatchUpdate => names.BatchUpdate,
        TableOperationKind.BatchDelete => names.BatchDelete,
        TableOperationKind.RecordAction or TableOperationKind.StandaloneAction => names.ActionInputs.GetValueOrDefault(operation.Action!.Name),
        _ => null,
    };

    /// <summary>Responses in status order, successes and errors interleaved as a reader expects.</summary>
    private static JsonObject Sorted(JsonObject responses)
    {
        var sorted = new JsonObject();
        foreach (var (status, response) in responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList())
        {
            responses.Remove(status);
            sorted[status] = response;
        }

        return sorted;
    }
}
