using System.CommandLine;
using ApiStudio.Generator.Migrations;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;

namespace ApiStudio.Generator.Cli;

/// <summary>
/// <c>migrate old.json new.json [--provider sqlite|postgres] [--id id]</c>: prints the SQL that brings a database
/// made for the old definition to the new one (or, given one file, the initial schema). The SQL alone goes to
/// standard output so it can be redirected to a file; notes for the reviewer also go to standard error.
/// </summary>
public static class MigrateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<FileInfo[]>("files")
        {
            Description = "old.json new.json, or only new.json for the initial schema.",
            Arity = new ArgumentArity(1, 2),
        };
        var provider = new Option<string?>("--provider") { Description = "Database to write SQL for; defaults to the new definition's project.database." };
        provider.AcceptOnlyFromAmong("sqlite", "postgres");
        var id = new Option<string?>("--id") { Description = "Id the script records itself under in __api_migrations; defaults to a digest of its statements." };
        id.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !MigrationSql.IsValidId(value))
            {
                result.AddError("--id takes 1 to 100 letters, digits, '_', '-' or '.'.");
            }
        });

        var command = new Command("migrate", "Print the SQL migrating a database from one API definition to the next.") { files, provider, id };
        command.SetAction(result =>
        {
            var paths = result.GetValue(files)!;
            return Run(paths.Length == 2 ? paths[0] : null, paths[^1], ProviderFrom(result.GetValue(provider)), result.GetValue(id), output, error);
        });
        return command;
    }

    public static int Run(FileInfo? oldFile, FileInfo newFile, DatabaseProvider? provider, string? migrationId, TextWriter output, TextWriter error)
    {
        ApiDefinition? from = null;
        if (oldFile is not null)
        {
            var (code, definition) = Read(oldFile, output, error);
            if (definition is null)
            {
                return code;
            }

            from = definition;
        }

        var (newCode, to) = Read(newFile, output, error);
        if (to is null)
        {
            return newCode;
        }

        var plan = MigrationPlanner.Plan(from, to);
        output.Write(MigrationSql.Generate(plan, provider ?? to.Project.Database, migrationId));
        foreach (var note in plan.Notes.Where(n => n.NeedsAction))
        {
            error.WriteLine($"note: {note.Message}");
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads and validates one definition; on failure prints its diagnostics one a line, as <c>check</c> does.</summary>
    private static (int ExitCode, ApiDefinition? Definition) Read(FileInfo file, TextWriter output, TextWriter error)
    {
        if (!DefinitionFile.TryRead(file, error, out var json))
        {
            return (ExitCodes.FileProblem, null);
        }

        var parsed = DefinitionJson.Parse(json);
        var diagnostics = parsed.Definition is { } definition ? DefinitionValidator.Validate(definition) : parsed.Diagnostics;
        if (parsed.Definition is not null && !diagnostics.Any(d => d.IsError))
        {
            return (ExitCodes.Success, parsed.Definition);
        }

        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine($"{file.Name}: {diagnostic}");
        }

        return (ExitCodes.DefinitionErrors, null);
    }

    private static DatabaseProvider? ProviderFrom(string? name) => name switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" => DatabaseProvider.Postgres,
        _ => null,
    };
}
