namespace ApiStudio.Runtime.Migrations;

/// <summary>
/// One migration file of an exported API: <c>Migrations/&lt;provider&gt;/&lt;id&gt;.sql</c>, whose first line is
/// <c>-- api-studio migration &lt;id&gt;</c>. The script holds its own transaction and records its id in
/// <see cref="MigrationRunner.MigrationsTable"/>, as the Generator's <c>MigrationSql</c> writes it.
/// </summary>
public sealed record MigrationScript(string Id, string FileName, string Sql)
{
    /// <summary>Must match the Generator's <c>MigrationSql.IdLinePrefix</c>; a test holds the two together.</summary>
    public const string IdLinePrefix = "-- api-studio migration ";

    /// <summary>Reads a script; a file without the id line is refused rather than guessed at.</summary>
    public static MigrationScript Parse(string fileName, string sql)
    {
        var end = sql.IndexOf('\n');
        var firstLine = (end < 0 ? sql : sql[..end]).TrimEnd('\r');
        if (!firstLine.StartsWith(IdLinePrefix, StringComparison.Ordinal) || firstLine.Length == IdLinePrefix.Length)
        {
            throw new InvalidOperationException(
                $"Migration {fileName} does not start with '{IdLinePrefix}<id>'; the runner needs that line to know whether the file was applied.");
        }

        return new MigrationScript(firstLine[IdLinePrefix.Length..].Trim(), fileName, sql);
    }
}
