using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ApiStudio.Runtime.Definition;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace ApiStudio.Generator.Migrations;

/// <summary>
/// Renders a <see cref="MigrationPlan"/> as one SQL script for SQLite or PostgreSQL. The statements come from
/// the provider's own EF Core <see cref="IMigrationsSqlGenerator"/>, given the runtime's model of the new
/// definition, so column types are the ones the runtime reads and writes. Same plan, provider and id: the
/// same bytes (no timestamps, <c>\n</c> line ends on every platform).
/// </summary>
/// <remarks>
/// <para>Every script follows one convention, so the exported app's start-up applier, <c>psql</c> and
/// <c>sqlite3</c> treat it alike:</para>
/// <list type="number">
/// <item>Header: the first line is <c>-- api-studio migration &lt;id&gt;</c> (see <see cref="IdLinePrefix"/>), followed by
/// comment lines naming the provider and the notes a reviewer must read (kept columns and tables, changes not migrated).</item>
/// <item>The script is one transaction: <c>BEGIN;</c> … <c>COMMIT;</c>. Run it as a whole, outside any open
/// transaction; when a statement fails, roll back (closing the connection does) and nothing is applied.</item>
/// <item>Right after <c>BEGIN;</c> it creates <see cref="MigrationsTable"/> <c>(id text primary key, applied_at text)</c>
/// if missing and records its id with the UTC time (ISO 8601) before changing anything, so running an applied
/// script again fails on the primary key and changes nothing.</item>
/// <item>Then each step, preceded by a <c>-- n. description</c> comment; the footer is <c>COMMIT;</c>.</item>
/// </list>
/// <para>Files are named <c>&lt;id&gt;.sql</c> and applied in ordinal order of their names; an applier skips the ids
/// already in <see cref="MigrationsTable"/>. By hand: <c>sqlite3 -bail app.db &lt; file.sql</c> or
/// <c>psql -v ON_ERROR_STOP=1 -f file.sql</c>.</para>
/// </remarks>
public static partial class MigrationSql
{
    public const string MigrationsTable = "__api_migrations";

    public const string IdLinePrefix = "-- api-studio migration ";

    /// <param name="plan">The plan to render.</param>
    /// <param name="provider">The database the script is for.</param>
    /// <param name="migrationId">The id recorded in <see cref="MigrationsTable"/> (letters, digits, '_', '-', '.');
    /// by default a digest of the script's statements, so the same migration always gets the same id.</param>
    public static string Generate(MigrationPlan plan, DatabaseProvider provider, string? migrationId = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (migrationId is not null && !IsValidId(migrationId))
        {
            throw new ArgumentException($"Migration id '{migrationId}' must be 1 to 100 letters, digits, '_', '-' or '.'.", nameof(migrationId));
        }

        using var target = ProviderModel.Create(plan.To, provider);
        var body = Steps(plan, target);
        var id = migrationId ?? DigestOf(body);
        var sql = target.GetService<ISqlGenerationHelper>();
        var text = target.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(string))!;
        var table = sql.DelimitIdentifier(MigrationsTable);

        var script = new StringBuilder();
        script.Append(IdLinePrefix).Append(id).Append('\n');
        script.Append("-- Provider: ").Append(provider.ToString().ToLowerInvariant()).Append(". ")
            .Append(plan.From is null ? "Initial schema" : $"{plan.From.Tables.Count} tables before, {plan.To.Tables.Count} after").Append(".\n");
        script.Append("-- One transaction, recorded in ").Append(MigrationsTable).Append(" by its id: apply the whole file once, outside any transaction.\n");
        if (plan.Notes.Count > 0)
        {
            script.Append("--\n-- Review before applying:\n");
            foreach (var note in plan.Notes)
            {
                script.Append("--   * ").Append(Comment(note.Message)).Append('\n');
            }
        }

        script.Append("\nBEGIN;\n");
        script.Append($"CREATE TABLE IF NOT EXISTS {table} ({sql.DelimitIdentifier("id")} text NOT NULL PRIMARY KEY, {sql.DelimitIdentifier("applied_at")} text NOT NULL);\n");
        script.Append("-- Recorded first: a second run stops here, before any change.\n");
        script.Append($"INSERT INTO {table} ({sql.DelimitIdentifier("id")}, {sql.DelimitIdentifier("applied_at")}) VALUES ({text.GenerateSqlLiteral(id)}, {UtcNow(provider)});\n");
        script.Append(body);
        script.Append("\nCOMMIT;\n");
        return script.ToString();
    }

    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    private static string Steps(MigrationPlan plan, ProviderModel target)
    {
        var generator = target.GetService<IMigrationsSqlGenerator>();
        var model = target.Model;
        var body = new StringBuilder();
        if (plan.IsEmpty)
        {
            body.Append("\n-- Nothing to change: both definitions describe the same tables, columns and indexes.\n");
        }

        for (var i = 0; i < plan.Steps.Count; i++)
        {
            var step = plan.Steps[i];
            body.Append("\n-- ").Append(i + 1).Append(". ").Append(Comment(step.Description)).Append('\n');
            foreach (var command in generator.Generate(step.Operations.Select(o => OperationCopies.Of(o, model)).ToList(), model))
            {
                body.Append(command.CommandText.ReplaceLineEndings("\n").TrimEnd('\n')).Append('\n');
            }
        }

        return body.ToString();
    }

    // The same ISO 8601 UTC text on both providers, e.g. 2025-01-31T09:30:00.000Z.
    private static string UtcNow(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
        : "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    private static string Comment(string text) => text.ReplaceLineEndings(" ");

    private static string DigestOf(string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16];

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,100}$")]
    private static partial Regex IdPattern();
}
