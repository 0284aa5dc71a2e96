using System.CommandLine;
using ApiStudio.Runtime.Validation;

namespace ApiStudio.Generator.Cli;

/// <summary><c>check api.json</c>: prints every diagnostic, one a line; exit code 1 when any is an error.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "Path to the api.json to check." };
        var command = new Command("check", "Validate an API definition and print its diagnostics.") { file };
        command.SetAction(result => Run(result.GetValue(file)!, output, error));
        return command;
    }

    public static int Run(FileInfo file, TextWriter output, TextWriter error)
    {
        if (!DefinitionFile.TryRead(file, error, out var json))
        {
            return ExitCodes.FileProblem;
        }

        var diagnostics = DefinitionValidator.Check(json);
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        output.WriteLine(errors == 0 && warnings == 0
            ? $"{file.Name}: no problems."
            : $"{file.Name}: {Plural(errors, "error")}, {Plural(warnings, "warning")}.");
        return errors > 0 ? ExitCodes.DefinitionErrors : ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
