using System.Data.Common;
using ApiStudio.Generator.Migrations;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Tests.Migrations;

/// <summary>Compares what migrations build with what the runtime builds for itself, catalog against catalog.</summary>
internal static class SchemaParity
{
    /// <summary>The initial migration and the runtime's create script yield the same tables, columns, types, keys and indexes.</summary>
    public static void AssertInitialSchemaMatchesRuntime(ApiDefinition definition, DatabaseProvider provider, DbConnection migrated, DbConnection runtime)
    {
        SqlScripts.Execute(migrated, MigrationSql.Generate(MigrationPlanner.Plan(null, definition), provider));
        SqlScripts.Execute(runtime, RuntimeDatabase.CreateScript(definition, provider));

        var tables = definition.Tables.Select(t => t.Name).ToList();
        var expected = SchemaReader.Read(runtime).Only(tables);
        var actual = SchemaReader.Read(migrated);
        Assert.Equal(tables.Append(MigrationSql.MigrationsTable).Order(StringComparer.Ordinal), actual.Tables);
        actual = actual.Only(tables);
        Assert.Equal(expected.Tables, actual.Tables);
        Assert.Equal(expected.Columns, actual.Columns);
        Assert.Equal(expected.Indexes, actual.Indexes);
    }

    /// <summary>
    /// After v1 then v2, the database has every column, type, key and unique index the v2 runtime maps, except
    /// the changes the plan reports instead of migrating; the only extra column is the removed one.
    /// </summary>
    public static void AssertMigratedSchemaServesV2(DatabaseProvider provider, DbConnection migrated, DbConnection runtime)
    {
        SqlScripts.Execute(migrated, MigrationSql.Generate(MigrationPlanner.Plan(null, ShopDefinitions.V1), provider));
        SqlScripts.Execute(migrated, MigrationSql.Generate(MigrationPlanner.Plan(ShopDefinitions.V1, ShopDefinitions.V2), provider));
        SqlScripts.Execute(runtime, RuntimeDatabase.CreateScript(ShopDefinitions.V2, provider));

        var tables = ShopDefinitions.V2.Tables.Select(t => t.Name).ToList();
        var expected = SchemaReader.Read(runtime).Only(tables);
        var actual = SchemaReader.Read(migrated);
        Assert.Contains("legacy", actual.Tables);
        Assert.DoesNotContain("openings", actual.Tables);
        actual = actual.Only(tables);

        foreach (var column in expected.Columns)
        {
            var migratedColumn = actual.Column(column.Table, column.Name);
            if ((column.Table, column.Name) != ("jobs", "salary"))
            {
                Assert.True(column.Type == migratedColumn.Type, $"{column.Table}.{column.Name}: {migratedColumn.Type}, expected {column.Type}");
            }

            if ((column.Table, column.Name) != ("customers", "vip"))
            {
                Assert.True(column.Nullable == migratedColumn.Nullable, $"{column.Table}.{column.Name} nullability differs");
            }
        }

        Assert.Equal([("customers", "fax")], actual.Columns.Where(c => !expected.Columns.Any(e => e.Table == c.Table && e.Name == c.Name)).Select(c => (c.Table, c.Name)));
        Assert.Equal(expected.Indexes.Where(i => !i.Primary), actual.Indexes.Where(i => !i.Primary));
        // A renamed table keeps its key constraint's old name; the key itself is the same.
        Assert.Equal(expected.Indexes.Where(i => i.Primary).Select(i => (i.Table, i.Columns)), actual.Indexes.Where(i => i.Primary).Select(i => (i.Table, i.Columns)));
    }
}
