using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Tracing;

namespace ApiStudio.Runtime.Firewall;

/// <summary>
/// A written reference column (one that holds another table's key) must name a row the caller can reach
/// through that table's firewall scope: same organization, the caller's own where the table is owner-scoped,
/// not soft-deleted. Checked in SQL before the write, so a record can never be linked to another tenant's row.
/// A refused reference is a validation error naming the field, worded the same whether the row is missing or
/// out of scope, so it never tells whether another organization's row exists.
/// </summary>
public static class ReferenceCheck
{
    /// <summary>Checks every non-null reference among <paramref name="values"/> (column name to stored value).</summary>
    /// <param name="request">The write's request: its table, caller, database and trace.</param>
    /// <param name="values">The validated values about to be written.</param>
    /// <param name="fieldOf">The name the client used for a column's value (an action's input), for details.errors.</param>
    /// <exception cref="ApiException">400 VALIDATION_FAILED naming each refused field.</exception>
    public static async Task RequireVisibleAsync(TableRequest request, IReadOnlyDictionary<string, object?> values,
        Func<string, string>? fieldOf = null)
    {
        var errors = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        var checkedColumns = new List<string>();
        foreach (var (column, value) in values)
        {
            if (value is null || request.Table.FindColumn(column)?.References is not { } target
                || request.Definition.FindTable(target) is not { } referenced)
            {
                continue;
            }

            checkedColumns.Add(column);
            if (!await IsVisibleAsync(request, referenced, value))
            {
                errors[fieldOf?.Invoke(column) ?? column] = $"must be the id of a '{referenced.Name}' record the caller can access";
            }
        }

        if (errors.Count > 0)
        {
            request.Trace.Failed(ErrorLayer.Validation, "references",
                $"validation: {string.Join(", ", errors.Keys.Select(k => $"'{k}'"))} name no record the caller can reach in the referenced table "
                + "(missing, in another organization, another user's or deleted)",
                "Reference a record of the caller's own organization.");
            throw new ApiException(ApiErrors.ValidationFailed(errors));
        }

        if (checkedColumns.Count > 0)
        {
            request.Trace.Passed(ErrorLayer.Validation, "references",
                $"validation: {string.Join(", ", checkedColumns.Select(c => $"'{c}'"))} reference records inside the caller's scope");
        }
    }

    private static async Task<bool> IsVisibleAsync(TableRequest request, TableDefinition referenced, object id)
    {
        FirewallScope scope;
        try
        {
            // A scratch trace: the referenced table's scope is a detail of this check, not a step of the request.
            scope = FirewallScope.For(referenced, request.Caller, new DecisionTrace());
        }
        catch (ApiException)
        {
            // The referenced table is scoped by organization and the caller has none active: no row is visible.
            return false;
        }

        return await TableStore.For(request.Store.Database, referenced).FindAsync(id, scope, request.Aborted) is not null;
    }
}
