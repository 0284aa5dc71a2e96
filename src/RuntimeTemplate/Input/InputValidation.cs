using System.Text.Json;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Guards;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Input;

/// <summary>
/// The validation layer: types, nullability, required values, enums, lengths and formats of a guarded
/// body, turned into the CLR values the database layer stores. Every failing field is reported at once.
/// </summary>
public static class InputValidation
{
    /// <summary>
    /// Validates a create or update body (already through the guards) against the table's columns.
    /// Required on create: not nullable, no default, not the key, not system-managed, and a field the guards
    /// let a client send; a required column the guards forbid is a design error the definition validator
    /// reports, and the database layer answers it with DB_NOT_NULL_VIOLATION.
    /// </summary>
    /// <returns>Column name to CLR value, in body order.</returns>
    /// <exception cref="ApiException">400 VALIDATION_FAILED with every failing field in details.errors.</exception>
    public static Dictionary<string, object?> Validate(TableDefinition table, WriteKind write,
        IReadOnlyDictionary<string, JsonElement> body, DecisionTrace trace)
    {
        var columns = SystemColumns.EffectiveColumns(table).ToDictionary(c => c.Name, StringComparer.Ordinal);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, json) in body)
        {
            if (!columns.TryGetValue(field, out var column))
            {
                errors[field] = $"is not a field of '{table.Name}'";
            }
            else if (FieldValueCheck.Check(json, FieldSpec.Of(column), out var value) is { } problem)
            {
                errors[field] = problem;
            }
            else
            {
                values[field] = value;
            }
        }

        if (write.IsCreate)
        {
            // The guards refuse system-managed fields too, so this one question covers both exclusions.
            var guards = new GuardRules(table);
            foreach (var column in table.Columns)
            {
                if (column.IsRequiredOnCreate && !body.ContainsKey(column.Name) && guards.Rule(WriteKind.Create, column.Name) is null)
                {
                    errors[column.Name] = "is required";
                }
            }
        }

        return Finish(values, errors, trace, "columns", $"{write} on '{table.Name}'");
    }

    /// <summary>Validates an action's input body against its declared input fields; unknown fields are errors.</summary>
    /// <returns>Input name to CLR value, in body order.</returns>
    /// <exception cref="ApiException">400 VALIDATION_FAILED with every failing field in details.errors.</exception>
    public static Dictionary<string, object?> ValidateActionInput(ActionDefinition action, IReadOnlyDictionary<string, JsonElement> body,
        DecisionTrace trace)
    {
        var inputs = action.Input.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, json) in body)
        {
            if (!inputs.TryGetValue(field, out var input))
            {
                errors[field] = action.Input.Count == 0
                    ? $"is not an input of action '{action.Name}', which takes none"
                    : $"is not an input of action '{action.Name}'; its inputs are {string.Join(", ", action.Input.Select(i => i.Name))}";
            }
            else if (FieldValueCheck.Check(json, FieldSpec.Of(input), out var value) is { } problem)
            {
                errors[field] = problem;
            }
            else
            {
                values[field] = value;
            }
        }

        foreach (var input in action.Input.Where(i => i.Required && !body.ContainsKey(i.Name)))
        {
            errors[input.Name] = "is required";
        }

        return Finish(values, errors, trace, $"actions.{action.Name}.input", $"input of action '{action.Name}'");
    }

    private static Dictionary<string, object?> Finish(Dictionary<string, object?> values, OrderedDictionary<string, string> errors,
        DecisionTrace trace, string rule, string what)
    {
        if (errors.Count > 0)
        {
            trace.Failed(ErrorLayer.Validation, rule,
                $"validation: {what} has {errors.Count} invalid field{(errors.Count == 1 ? "" : "s")}: "
                + string.Join("; ", errors.Select(e => $"'{e.Key}' {e.Value}")),
                $"fix {string.Join(", ", errors.Keys.Select(k => $"'{k}'"))} as details.errors says");
            throw new ApiException(ApiErrors.ValidationFailed(errors));
        }

        trace.Passed(ErrorLayer.Validation, rule, values.Count == 0
            ? $"validation: {what} carries no fields, and none is required"
            : $"validation: {what}: {string.Join(", ", values.Keys.Select(k => $"'{k}'"))} have the right type and format");
        return values;
    }
}
