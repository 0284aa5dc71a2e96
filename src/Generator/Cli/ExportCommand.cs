using System.CommandLine;
using ApiStudio.Generator.Export;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;

namespace ApiStudio.Generator.Cli;

/// <summary>
/// <c>export api.json (--out DIR | --zip FILE) [--previous old.json] [--force]</c>: writes the standalone project.
/// A definition with errors stops the export with the validator's diagnostics, one a line, and exit code 1;
/// nothing is written then, and a failed write leaves nothing half-written (exit code 2).
/// </summary>
public static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "Path to the api.json to export." };
        var folder = new Option<DirectoryInfo?>("--out") { Description = "Write the project to this folder." };
        var zip = new Option<FileInfo?>("--zip") { Description = "Write the project as a zip file." };
        var previous = new Option<FileInfo?>("--previous") { Description = "The api.json your databases run now: adds the migration from it." };
        var force = new Option<bool>("--force") { Description = "Replace a non-empty folder (keeping Custom/ and your other files) or an existing zip." };
        var command = new Command("export", "Export an API definition as a standalone ASP.NET Core project.") { file, folder, zip, previous, force };
        command.Validators.Add(result =>
        {
            if (result.GetValue(folder) is null && result.GetValue(zip) is null)
            {
                result.AddError("Give --out DIR, --zip FILE or both.");
            }
        });
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(folder), result.GetValue(zip), result.GetValue(previous),
            result.GetValue(force), output, error));
        return command;
    }

    /// <param name="file">The api.json to export.</param>
    /// <param name="folder">The folder to write the project to, if any.</param>
    /// <param name="zip">The zip file to write the project to, if any.</param>
    /// <param name="previousFile">The api.json the databases run now, if any: adds the migration from it.</param>
    /// <param name="force">Replace a non-empty folder (keeping Custom/ and other files of the user) or an existing zip.</param>
    /// <param name="output">Diagnostics and what was written.</param>
    /// <param name="error">File problems and notes.</param>
    public static int Run(FileInfo file, DirectoryInfo? folder, FileInfo? zip, FileInfo? previousFile, bool force, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (code, definition) = Read(file, output, error);
        if (definition is null)
        {
            return code;
        }

        ApiDefinition? previous = null;
        if (previousFile is not null)
        {
            (code, previous) = Read(previousFile, output, error);
            if (previous is null)
            {
                return code;
            }
        }

        var project = ProjectExporter.Export(definition, previous);
        try
        {
            if (folder is not null)
            {
                WarnWithoutPrevious(folder, definition, previous, error);
                var result = FolderWriter.Write(project, folder.FullName, force);
                output.WriteLine($"Exported {project.Name} to {result.Directory} ({result.Written.Count} files).");
                foreach (var kept in result.KeptUserFiles)
                {
                    output.WriteLine($"kept {kept} (yours)");
                }
            }

            if (zip is not null)
            {
                ZipPackager.WriteFile(project, zip.FullName, force);
                output.WriteLine($"Exported {project.Name} to {zip.FullName} ({project.Files.Count} files).");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {exception.Message}");
            return ExitCodes.FileProblem;
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads and validates one definition; prints its diagnostics one a line, and stops on errors.</summary>
    private static (int ExitCode, ApiDefinition? Definition) Read(FileInfo file, TextWriter output, TextWriter error)
    {
        if (!DefinitionFile.TryRead(file, error, out var json))
        {
            return (ExitCodes.FileProblem, null);
        }

        var parsed = DefinitionJson.Parse(json);
        var diagnostics = parsed.Definition is { } definition ? DefinitionValidator.Validate(definition) : parsed.Diagnostics;
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine($"{file.Name}: {diagnostic}");
        }

        return parsed.Definition is not null && !diagnostics.Any(d => d.IsError)
            ? (ExitCodes.Success, parsed.Definition)
            : (ExitCodes.DefinitionErrors, null);
    }

    /// <summary>Re-exporting another design over an export without --previous gives its databases no way to catch up.</summary>
    private static void WarnWithoutPrevious(DirectoryInfo folder, ApiDefinition definition, ApiDefinition? previous, TextWriter error)
    {
        var existing = Path.Combine(folder.FullName, "api.json");
        if (previous is not null || !File.Exists(existing)
            || DefinitionJson.Parse(File.ReadAllText(existing)).Definition is not { } old
            || DefinitionJson.Serialize(old with { Schema = null }) == DefinitionJson.Serialize(definition with { Schema = null }))
        {
            return;
        }

        error.WriteLine($"note: {folder.FullName} holds an export of another version of this design; pass --previous {existing} " +
            "to add the migration that brings its databases up to date.");
    }
}
