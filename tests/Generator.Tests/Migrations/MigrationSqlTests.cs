using ApiStudio.Generator.Migrations;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Tests.Migrations;

public sealed class MigrationSqlTests
{
    private static readonly MigrationPlan Initial = MigrationPlanner.Plan(null, ShopDefinitions.V1);
    private static readonly MigrationPlan V1ToV2 = MigrationPlanner.Plan(ShopDefinitions.V1, ShopDefinitions.V2);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Same_plan_and_provider_give_byte_identical_sql(DatabaseProvider provider)
    {
        var first = MigrationSql.Generate(V1ToV2, provider);
        var other = provider == DatabaseProvider.Sqlite ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        _ = MigrationSql.Generate(V1ToV2, other);

        Assert.Equal(first, MigrationSql.Generate(MigrationPlanner.Plan(ShopDefinitions.V1, ShopDefinitions.V2), provider));
        Assert.Equal(first, MigrationSql.Generate(V1ToV2, provider));
        Assert.DoesNotContain("\r", first);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "\"__api_migrations\"")]
    [InlineData(DatabaseProvider.Postgres, "__api_migrations")]
    public void Script_is_one_transaction_that_records_its_id_before_any_change(DatabaseProvider provider, string table)
    {
        var sql = MigrationSql.Generate(V1ToV2, provider, "0002_shop_v2");
        var lines = sql.Split('\n');

        Assert.Equal("-- api-studio migration 0002_shop_v2", lines[0]);
        var begin = Array.IndexOf(lines, "BEGIN;");
        Assert.True(begin > 0);
        Assert.StartsWith($"CREATE TABLE IF NOT EXISTS {table} (", lines[begin + 1]);
        var insert = sql.IndexOf($"INSERT INTO {table} ", StringComparison.Ordinal);
        Assert.InRange(insert, sql.IndexOf("BEGIN;", StringComparison.Ordinal), sql.IndexOf("\n-- 1. ", StringComparison.Ordinal));
        Assert.Contains("'0002_shop_v2'", sql);
        Assert.EndsWith("\nCOMMIT;\n", sql);
        Assert.Single(lines, "BEGIN;");
        Assert.Single(lines, "COMMIT;");
    }

    [Fact]
    public void Every_step_is_preceded_by_a_comment_that_describes_it()
    {
        var sql = MigrationSql.Generate(V1ToV2, DatabaseProvider.Sqlite);

        for (var i = 0; i < V1ToV2.Steps.Count; i++)
        {
            Assert.Contains($"\n-- {i + 1}. {V1ToV2.Steps[i].Description}\n", sql);
        }

        Assert.Contains("-- 1. Rename column customers.mail to email (rename hint); its values move with it\nALTER TABLE \"customers\" RENAME COLUMN \"mail\" TO \"email\";\n", sql);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Kept_columns_and_tables_and_unmigrated_changes_are_comments_and_nothing_is_dropped(DatabaseProvider provider)
    {
        var sql = MigrationSql.Generate(V1ToV2, provider);
        var header = sql[..sql.IndexOf("BEGIN;", StringComparison.Ordinal)];

        Assert.All(V1ToV2.Notes, n => Assert.Contains($"--   * {n.Message}\n", header));
        Assert.Contains("Column customers.fax is no longer in the definition; it stays in the database", header);
        Assert.Contains("Table legacy is no longer in the definition", header);
        Assert.Contains("jobs.salary changed type from integer to real; this is not migrated", header);
        Assert.DoesNotContain("DROP TABLE", sql);
        Assert.DoesNotContain("DROP COLUMN", sql);
        Assert.DoesNotContain("ALTER COLUMN", sql[sql.IndexOf("BEGIN;", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Postgres_columns_get_the_store_types_the_runtime_maps()
    {
        var sql = MigrationSql.Generate(MigrationPlanner.Plan(null, ShopDefinitions.V2), DatabaseProvider.Postgres);

        Assert.Contains("    id uuid NOT NULL,\n", sql);
        Assert.Contains("    name character varying(100) NOT NULL,\n", sql);
        Assert.Contains("    vip boolean NOT NULL,\n", sql);
        Assert.Contains("    salary double precision,\n", sql);
        Assert.Contains("    headcount bigint NOT NULL,\n", sql);
        Assert.Contains("    \"createdAt\" timestamp with time zone NOT NULL,\n", sql);
        Assert.Contains("    CONSTRAINT \"PK_customers\" PRIMARY KEY (id)\n", sql);
        Assert.Contains("CREATE UNIQUE INDEX ux_customers_email ON customers (\"organizationId\", email);", sql);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "ALTER TABLE \"customers\" ADD \"tier\" TEXT NOT NULL DEFAULT 'basic';")]
    [InlineData(DatabaseProvider.Postgres, "ALTER TABLE customers ADD tier text NOT NULL DEFAULT 'basic';")]
    public void Added_NOT_NULL_column_carries_the_value_for_existing_rows(DatabaseProvider provider, string statement) =>
        Assert.Contains(statement, MigrationSql.Generate(V1ToV2, provider));

    [Fact]
    public void Default_id_is_a_digest_of_the_statements()
    {
        string Id(string sql) => sql.Split('\n')[0][MigrationSql.IdLinePrefix.Length..];

        var initial = Id(MigrationSql.Generate(Initial, DatabaseProvider.Sqlite));
        Assert.Matches("^[0-9a-f]{16}$", initial);
        Assert.Equal(initial, Id(MigrationSql.Generate(Initial, DatabaseProvider.Sqlite)));
        Assert.NotEqual(initial, Id(MigrationSql.Generate(V1ToV2, DatabaseProvider.Sqlite)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0001'; DROP TABLE x; --")]
    [InlineData("two words")]
    public void Id_that_is_not_a_plain_name_is_refused(string id) =>
        Assert.Throws<ArgumentException>(() => MigrationSql.Generate(Initial, DatabaseProvider.Sqlite, id));

    [Fact]
    public void Plan_without_steps_still_records_itself_and_says_there_is_nothing_to_change()
    {
        var sql = MigrationSql.Generate(MigrationPlanner.Plan(ShopDefinitions.V2, ShopDefinitions.V2), DatabaseProvider.Sqlite, "0003_nothing");

        Assert.Contains("-- Nothing to change", sql);
        Assert.Contains("'0003_nothing'", sql);
    }
}
