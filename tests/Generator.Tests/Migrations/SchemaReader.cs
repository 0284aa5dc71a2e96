using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ApiStudio.Generator.Tests.Migrations;

/// <summary>Reads a database's tables, columns, keys and indexes from its catalog.</summary>
internal static partial class SchemaReader
{
    public static SchemaShape Read(DbConnection connection) => connection switch
    {
        SqliteConnection sqlite => Sqlite(sqlite),
        NpgsqlConnection postgres => Postgres(postgres),
        _ => throw new ArgumentException(connection.GetType().Name),
    };

    public static SchemaShape Sqlite(SqliteConnection connection)
    {
        var tables = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        var columns = new List<ColumnShape>();
        var indexes = new List<IndexShape>();
        foreach (var table in tables)
        {
            var keyColumns = new SortedDictionary<long, string>();
            using (var command = Command(connection, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info($t)", ("$t", table)))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    columns.Add(new ColumnShape(table, reader.GetString(0), reader.GetString(1), reader.GetInt64(2) == 0, reader.IsDBNull(3) ? null : reader.GetString(3)));
                    if (reader.GetInt64(4) > 0)
                    {
                        keyColumns[reader.GetInt64(4)] = reader.GetString(0);
                    }
                }
            }

            // SQLite keeps constraint names only in the table's SQL text.
            using var sqlCommand = Command(connection, "SELECT sql FROM sqlite_master WHERE name = $t", ("$t", table));
            var tableSql = (string)sqlCommand.ExecuteScalar()!;
            var keyName = KeyName().Match(tableSql) is { Success: true } match ? match.Groups[1].Value : "(unnamed)";
            indexes.Add(new IndexShape(table, keyName, true, true, string.Join(",", keyColumns.Values)));

            foreach (var (name, unique, origin) in IndexList(connection, table).Where(i => i.Origin != "pk"))
            {
                var indexColumns = Strings(Command(connection, "SELECT name FROM pragma_index_info($i) ORDER BY seqno", ("$i", name)));
                indexes.Add(new IndexShape(table, name, unique, false, string.Join(",", indexColumns)));
            }
        }

        return SchemaShape.Of(tables, columns, indexes);
    }

    public static SchemaShape Postgres(NpgsqlConnection connection)
    {
        var tables = Strings(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
        var columns = new List<ColumnShape>();
        using (var command = Command(connection, """
            SELECT table_name, column_name,
                   CASE WHEN character_maximum_length IS NULL THEN data_type ELSE data_type || '(' || character_maximum_length || ')' END,
                   is_nullable = 'YES', column_default
            FROM information_schema.columns WHERE table_schema = current_schema()
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                columns.Add(new ColumnShape(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        var indexes = new List<IndexShape>();
        using (var command = Command(connection, """
            SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary,
                   array_to_string(ARRAY(
                       SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
                       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord), ',')
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema()
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                indexes.Add(new IndexShape(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3), reader.GetString(4)));
            }
        }

        return SchemaShape.Of(tables, columns, indexes);
    }

    private static List<(string Name, bool Unique, string Origin)> IndexList(SqliteConnection connection, string table)
    {
        using var command = Command(connection, "SELECT name, \"unique\", origin FROM pragma_index_list($t)", ("$t", table));
        using var reader = command.ExecuteReader();
        var list = new List<(string, bool, string)>();
        while (reader.Read())
        {
            list.Add((reader.GetString(0), reader.GetInt64(1) == 1, reader.GetString(2)));
        }

        return list;
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static List<string> Strings(DbConnection connection, string sql) => Strings(Command(connection, sql));

    private static List<string> Strings(DbCommand command)
    {
        using (command)
        using (var reader = command.ExecuteReader())
        {
            var values = new List<string>();
            while (reader.Read())
            {
                values.Add(reader.GetString(0));
            }

            return values;
        }
    }

    [GeneratedRegex("CONSTRAINT \"([^\"]+)\" PRIMARY KEY")]
    private static partial Regex KeyName();
}
