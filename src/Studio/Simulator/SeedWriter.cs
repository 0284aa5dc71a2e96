using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ApiStudio.Studio.Simulator;

/// <summary>
/// Writes the sandbox's seed rows as plain INSERTs built from the EF Core model's own table mappings: the
/// same tables, columns and type mappings (so the same parameters) that <c>SaveChanges</c> sends, in one
/// transaction. It skips the change tracker because tracking an entity type for the first time compiles
/// hundreds of delegates per model, and the model is new after every schema change: that was most of a
/// sandbox rebuild. Requests to the sandbox still read and write through EF Core as deployed.
/// </summary>
public sealed class SeedWriter(DbContext database)
{
    private readonly List<(IEntityType Type, Func<IProperty, object?> ValueOf)> rows = [];

    /// <summary>A row of an entity class (the authentication tables); values are read from its properties.</summary>
    public void Add<TEntity>(TEntity entity)
        where TEntity : class
    {
        var type = database.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        rows.Add((type, property => (property.PropertyInfo
            ?? throw new InvalidOperationException($"{type.DisplayName()}.{property.Name} has no CLR property to read.")).GetValue(entity)));
    }

    /// <summary>A row of a definition table (a property bag named after the table); a column without a value is null.</summary>
    public void AddRow(string table, IReadOnlyDictionary<string, object?> values)
    {
        var type = database.Model.FindEntityType(table) ?? throw new InvalidOperationException($"Table '{table}' is not in the model.");
        rows.Add((type, property => values.GetValueOrDefault(property.Name)));
    }

    /// <summary>Inserts the rows in the order they were added (parents first), all or none.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // Opened through EF Core so that a connection the caller opened (the sandbox's in-memory database) stays open afterwards.
        await database.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await InsertAsync(database.Database.GetDbConnection(), cancellationToken);
        }
        finally
        {
            await database.Database.CloseConnectionAsync();
        }

        rows.Clear();
    }

    private async Task InsertAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        var sql = database.GetService<ISqlGenerationHelper>();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (type, valueOf) in rows)
        {
            var mapping = type.GetTableMappings().Single();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var columns = new List<string>();
            foreach (var column in mapping.ColumnMappings)
            {
                var name = "@p" + columns.Count;
                columns.Add(sql.DelimitIdentifier(column.Column.Name));
                command.Parameters.Add(column.TypeMapping.CreateParameter(command, name, valueOf(column.Property), column.Column.IsNullable));
            }

            command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(mapping.Table.Name, mapping.Table.Schema)} ({string.Join(", ", columns)}) "
                + $"VALUES ({string.Join(", ", Enumerable.Range(0, columns.Count).Select(i => "@p" + i))});";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
