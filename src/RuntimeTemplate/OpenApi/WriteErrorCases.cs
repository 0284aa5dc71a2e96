using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Guards;
using ApiStudio.Runtime.Input;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>The 400s of a write body: each GUARD_* code the guards give and the validation layer's answer, asked of the layers themselves.</summary>
internal static class WriteErrorCases
{
    private const string UnknownField = "notAField";

    /// <summary>
    /// Every GUARD_* code the write can answer, found by offering the guards each field the body may not
    /// hold (and a name that is no column) one at a time; the first field to earn a code is its example.
    /// Strip tables answer none, since they drop such fields silently.
    /// </summary>
    public static void Guards(TableFields fields, TableOperation operation, ExampleRequests requests, Action<ApiError?, RequestEcho?> add)
    {
        var write = operation.Kind switch
        {
            TableOperationKind.Create => WriteKind.Create,
            TableOperationKind.Update => WriteKind.Update,
            TableOperationKind.RecordAction or TableOperationKind.StandaloneAction => WriteKind.Action(operation.Action!.Name),
            _ => null,
        };
        if (write is null)
        {
            return;
        }

        if (write.IsAction)
        {
            // An action's body is its input; the guards judge the fields its definition sets.
            add(GuardCheck.Refusal(fields.Table, write, operation.Action!.Set.Keys, new DecisionTrace()), null);
            return;
        }

        var allowed = (write.IsCreate ? fields.Create : fields.Update).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var candidates = fields.Columns.Where(c => !allowed.Contains(c.Name)).Select(c => (c.Name, Value: ExampleValues.For(c)))
            .Append((Name: UnknownField, Value: (JsonNode?)"x"));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in candidates)
        {
            var error = GuardCheck.Refusal(fields.Table, write, [name], new DecisionTrace());
            if (error is not null && seen.Add(error.Code))
            {
                add(error, requests.Echo(requests.BodyWith(name, value)));
            }
        }
    }

    public static void Validation(TableFields fields, TableOperation operation, ExampleRequests requests, Action<ApiError?, RequestEcho?> add)
    {
        switch (operation.Kind)
        {
            case TableOperationKind.Create:
                var required = fields.Create.FirstOrDefault(c => c.IsRequiredOnCreate);
                var create = required is not null ? requests.BodyWithout(required.Name)! : requests.BodyWith(fields.Create.FirstOrDefault()?.Name ?? "", null)!;
                if (required is null && fields.Create.Count > 0)
                {
                    create = requests.BodyWith(fields.Create[0].Name, BadValue(fields.Create[0].Type, fields.Create[0].Enum, fields.Create[0].MaxLength))!;
                }

                if (required is not null || fields.Create.Count > 0)
                {
                    add(Probe(() => InputValidation.Validate(fields.Table, WriteKind.Create, LayerProbe.Fields(create), new DecisionTrace())), requests.Echo(create));
                }

                break;
            case TableOperationKind.Update when fields.Update.Count > 0:
                var column = fields.Update[0];
                var update = requests.BodyWith(column.Name, BadValue(column.Type, column.Enum, column.MaxLength))!;
                add(Probe(() => InputValidation.Validate(fields.Table, WriteKind.Update, LayerProbe.Fields(update), new DecisionTrace())), requests.Echo(update));
                break;
            case TableOperationKind.RecordAction or TableOperationKind.StandaloneAction:
                var action = operation.Action!;
                var input = action.Input.FirstOrDefault(f => f.Required);
                var body = action.Input.Count == 0
                    ? new JsonObject { [UnknownField] = "x" }
                    : input is not null
                        ? requests.BodyWithout(input.Name)!
                        : requests.BodyWith(action.Input[0].Name, BadValue(action.Input[0].Type, action.Input[0].Enum, action.Input[0].MaxLength))!;
                add(Probe(() => InputValidation.ValidateActionInput(action, LayerProbe.Fields(body), new DecisionTrace())), requests.Echo(body));
                break;
        }
    }

    /// <summary>A value the validation layer refuses: off the enum, one character too long, or of the wrong JSON kind.</summary>
    private static JsonNode? BadValue(ColumnType type, IReadOnlyList<string> enumValues, int? maxLength) => (type, enumValues, maxLength) switch
    {
        (ColumnType.Text, { Count: > 0 }, _) => "unknown",
        (ColumnType.Text, _, { } max and <= 200) => new string('x', max + 1),
        (ColumnType.Text or ColumnType.Uuid or ColumnType.Timestamp, _, _) => 42,
        _ => "abc",
    };

    private static ApiError? Probe(Action check) => LayerProbe.Answer(check);
}
