using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Firewall;
using ApiStudio.Runtime.Identity;

namespace ApiStudio.Runtime.Database;

/// <summary>
/// Completes the values a client sent with what the runtime sets itself: key, defaults, organization
/// and owner from the caller, audit columns. System fields are never taken from the client (guards refused them).
/// </summary>
public static class RecordValues
{
    public static Dictionary<string, object?> ForCreate(TableDefinition table, FirewallScope scope, CallerIdentity caller,
        IReadOnlyDictionary<string, object?> clientValues, DateTime now)
    {
        var values = new Dictionary<string, object?>(clientValues, StringComparer.Ordinal);
        foreach (var column in table.Columns.Where(c => !values.ContainsKey(c.Name)))
        {
            if (DefaultOf(column, now) is { } value)
            {
                values[column.Name] = value;
            }
        }

        if (table.PrimaryKey is { } key && values.GetValueOrDefault(key.Name) is null)
        {
            values[key.Name] = key.Type switch
            {
                ColumnType.Uuid => Guid.NewGuid(),
                ColumnType.Text => Guid.NewGuid().ToString(),
                _ => null,
            };
        }

        if (scope.Firewall.OrganizationColumn is { } org)
        {
            values[org] = scope.OrganizationId;
        }

        if (scope.Firewall.OwnerColumn is { } owner && caller.UserId is not null)
        {
            var column = table.FindColumn(owner)!;
            values[owner] = ColumnValues.TryFromText(caller.UserId, column.Type, out var ownerValue, out _) ? ownerValue : null;
        }

        var actor = Actor(caller);
        values[SystemColumns.CreatedAt] = now;
        values[SystemColumns.CreatedBy] = actor;
        values[SystemColumns.ModifiedAt] = now;
        values[SystemColumns.ModifiedBy] = actor;
        return values;
    }

    public static Dictionary<string, object?> ForUpdate(CallerIdentity caller, IReadOnlyDictionary<string, object?> clientValues, DateTime now) =>
        new(clientValues, StringComparer.Ordinal)
        {
            [SystemColumns.ModifiedAt] = now,
            [SystemColumns.ModifiedBy] = Actor(caller),
        };

    public static Dictionary<string, object?> ForSoftDelete(CallerIdentity caller, DateTime now) => new(StringComparer.Ordinal)
    {
        [SystemColumns.DeletedAt] = now,
        [SystemColumns.DeletedBy] = Actor(caller),
        [SystemColumns.ModifiedAt] = now,
        [SystemColumns.ModifiedBy] = Actor(caller),
    };

    /// <summary>Who a change is recorded as: the user, or for an API key the key.</summary>
    public static string? Actor(CallerIdentity caller) => caller.IsApiKey ? $"key:{caller.ApiKeyId}" : caller.UserId;

    private static object? DefaultOf(ColumnDefinition column, DateTime now)
    {
        if (column.Default is not { } operand)
        {
            return null;
        }

        if (operand.Kind == OperandKind.Reference)
        {
            return operand.Text switch
            {
                Operand.Now => now,
                Operand.NewUuid => column.Type == ColumnType.Uuid ? Guid.NewGuid() : Guid.NewGuid().ToString(),
                _ => null,
            };
        }

        return ColumnValues.TryFromOperand(operand, column.Type, out var value, out _) ? value : null;
    }
}
