using System.Security.Cryptography;
using System.Text;
using ApiStudio.Generator.Migrations;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Export;

/// <summary>
/// <c>Migrations/{sqlite,postgres}/*.sql</c>, in the convention of <see cref="MigrationSql"/> that the runtime's
/// <c>MigrationRunner</c> applies at start-up. <c>0001_initial</c> creates the schema of the first version the
/// export knows (the previous definition when there is one) plus the runtime's authentication tables; given a
/// previous definition, a second script moves a database from it to the current one.
/// </summary>
public static class MigrationFiles
{
    public const string InitialId = "0001_initial";

    /// <summary>
    /// The scripts of both providers, rendered side by side (each builds its own EF Core model): PostgreSQL on the
    /// thread pool, SQLite on the calling thread. Waiting for two pooled renders would hold the caller's thread idle,
    /// and when the caller is itself a pooled thread on a small machine the second render would wait for the pool
    /// to grow.
    /// </summary>
    public static IReadOnlyList<ExportFile> Render(ApiDefinition definition, ApiDefinition? previous)
    {
        var postgres = Task.Run(() => ForProvider(definition, previous, DatabaseProvider.Postgres, "postgres"));
        var sqlite = ForProvider(definition, previous, DatabaseProvider.Sqlite, "sqlite");
        return [.. sqlite, .. postgres.GetAwaiter().GetResult()];
    }

    private static List<ExportFile> ForProvider(ApiDefinition definition, ApiDefinition? previous, DatabaseProvider provider, string folder)
    {
        var files = new List<ExportFile> { new($"{ExportLayout.MigrationsFolder}/{folder}/{InitialId}.sql", Initial(previous ?? definition, provider)) };
        if (previous is not null)
        {
            var id = UpgradeId(previous, definition);
            files.Add(new ExportFile($"{ExportLayout.MigrationsFolder}/{folder}/{id}.sql",
                MigrationSql.Generate(MigrationPlanner.Plan(previous, definition), provider, id)));
        }

        return files;
    }

    /// <summary>The schema of <paramref name="definition"/> and the authentication tables, in one transaction.</summary>
    public static string Initial(ApiDefinition definition, DatabaseProvider provider)
    {
        var script = MigrationSql.Generate(MigrationPlanner.Plan(null, definition), provider, InitialId);
        const string footer = "\nCOMMIT;\n";
        if (!script.EndsWith(footer, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("MigrationSql no longer ends its scripts with COMMIT; the authentication tables cannot be added.");
        }

        return script[..^footer.Length]
            + "\n-- Runtime: the authentication tables (users, organizations, memberships, sessions, API keys).\n"
            + AuthTablesSql.For(provider)
            + footer;
    }

    /// <summary>
    /// <c>0002_update_{digest}</c>: the digest of both definitions, so the script that moves v1 to v2 and the one
    /// that later moves v2 to v3 never share an id (a database that ran the first must still run the second).
    /// </summary>
    public static string UpgradeId(ApiDefinition previous, ApiDefinition definition)
    {
        // Without $schema, which says where an editor finds the schema, not what the API is.
        var both = (DefinitionJson.Serialize(previous with { Schema = null }) + "\n" + DefinitionJson.Serialize(definition with { Schema = null }))
            .ReplaceLineEndings("\n");
        return "0002_update_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(both)))[..12];
    }
}
