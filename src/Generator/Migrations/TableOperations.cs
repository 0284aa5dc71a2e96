using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace ApiStudio.Generator.Migrations;

/// <summary>
/// EF Core operations for a definition's tables, columns and indexes. Columns carry the CLR type, nullability
/// and length the runtime maps them with, and no store type: each provider's generator picks the store
/// type from the runtime's own model, so both agree on every provider.
/// </summary>
internal static class TableOperations
{
    public static CreateTableOperation CreateTable(TableDefinition table)
    {
        var create = new CreateTableOperation
        {
            Name = table.Name,
            PrimaryKey = new AddPrimaryKeyOperation
            {
                Table = table.Name,
                Name = PrimaryKeyName(table.Name),
                Columns = [table.PrimaryKey!.Name],
            },
        };
        create.Columns.AddRange(SystemColumns.EffectiveColumns(table).Select(c => AddColumn(table.Name, c)));
        return create;
    }

    /// <summary>EF Core's conventional key name, which the runtime's model uses.</summary>
    public static string PrimaryKeyName(string table) => $"PK_{table}";

    public static AddColumnOperation AddColumn(string table, ColumnDefinition column, object? valueForExistingRows = null) => new()
    {
        Table = table,
        Name = column.Name,
        ClrType = ColumnClrTypes.For(column.Type),
        IsNullable = column.Nullable && !column.PrimaryKey,
        MaxLength = column.MaxLength,
        DefaultValue = valueForExistingRows,
    };

    public static CreateIndexOperation CreateIndex(UniqueIndex index) => new()
    {
        Name = index.Name,
        Table = index.Table,
        Columns = [.. index.Columns],
        IsUnique = true,
    };

    public static DropIndexOperation DropIndex(UniqueIndex index) => new() { Name = index.Name, Table = index.Table };
}
