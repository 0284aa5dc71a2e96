using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace ApiStudio.Generator.Migrations;

/// <summary>
/// Fresh copies of a plan's operations for one rendering. Provider generators write into the operations they
/// render (Npgsql fills in <see cref="ColumnOperation.ColumnType"/>), so rendering the shared ones would make a
/// plan's SQL depend on which provider rendered it first.
/// </summary>
internal static class OperationCopies
{
    /// <param name="operation">One of the operations <see cref="MigrationPlanner"/> produces.</param>
    /// <param name="model">The runtime's model: a new table takes its key name from it, since EF Core shortens
    /// key names beyond the provider's identifier limit.</param>
    public static MigrationOperation Of(MigrationOperation operation, IModel model) => operation switch
    {
        CreateTableOperation create => CreateTable(create, model),
        AddColumnOperation add => Column(add),
        RenameTableOperation rename => new RenameTableOperation { Name = rename.Name, Schema = rename.Schema, NewName = rename.NewName, NewSchema = rename.NewSchema },
        RenameColumnOperation rename => new RenameColumnOperation { Name = rename.Name, Table = rename.Table, Schema = rename.Schema, NewName = rename.NewName },
        CreateIndexOperation index => new CreateIndexOperation
        {
            Name = index.Name, Table = index.Table, Schema = index.Schema, Columns = [.. index.Columns], IsUnique = index.IsUnique, Filter = index.Filter,
        },
        DropIndexOperation drop => new DropIndexOperation { Name = drop.Name, Table = drop.Table, Schema = drop.Schema },
        _ => throw new NotSupportedException($"{operation.GetType().Name} is not an operation migration plans use."),
    };

    private static CreateTableOperation CreateTable(CreateTableOperation create, IModel model)
    {
        var key = create.PrimaryKey;
        var copy = new CreateTableOperation
        {
            Name = create.Name,
            Schema = create.Schema,
            Comment = create.Comment,
            PrimaryKey = key is null ? null : new AddPrimaryKeyOperation
            {
                Name = model.GetRelationalModel().FindTable(create.Name, create.Schema)?.PrimaryKey?.Name ?? key.Name,
                Table = key.Table,
                Schema = key.Schema,
                Columns = [.. key.Columns],
            },
        };
        copy.Columns.AddRange(create.Columns.Select(Column));
        return copy;
    }

    private static AddColumnOperation Column(AddColumnOperation column) => new()
    {
        Name = column.Name,
        Table = column.Table,
        Schema = column.Schema,
        ClrType = column.ClrType,
        ColumnType = column.ColumnType,
        IsUnicode = column.IsUnicode,
        IsFixedLength = column.IsFixedLength,
        MaxLength = column.MaxLength,
        Precision = column.Precision,
        Scale = column.Scale,
        IsRowVersion = column.IsRowVersion,
        IsNullable = column.IsNullable,
        DefaultValue = column.DefaultValue,
        DefaultValueSql = column.DefaultValueSql,
        ComputedColumnSql = column.ComputedColumnSql,
        IsStored = column.IsStored,
        Comment = column.Comment,
        Collation = column.Collation,
    };
}
