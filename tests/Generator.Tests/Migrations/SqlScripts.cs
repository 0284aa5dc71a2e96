using System.Data.Common;

namespace ApiStudio.Generator.Tests.Migrations;

internal static class SqlScripts
{
    /// <summary>Runs a whole script as one command, as the exported app's applier does.</summary>
    public static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Every row of a table, ordered by id, as the driver returns the values.</summary>
    public static List<Dictionary<string, object?>> Rows(DbConnection connection, string quotedTable)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {quotedTable} ORDER BY \"id\"";
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
