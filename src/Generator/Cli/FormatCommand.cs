using System.CommandLine;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Cli;

/// <summary><c>format api.json</c>: rewrites the file in canonical form (defaults left out, fixed order).</summary>
public static class FormatCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "Path to the api.json to rewrite." };
        var command = new Command("format", "Rewrite an API definition in canonical form.") { file };
        command.SetAction(result => Run(result.GetValue(file)!, output, error));
        return command;
    }

    public static int Run(FileInfo file, TextWriter output, TextWriter error)
    {
        if (!DefinitionFile.TryRead(file, error, out var json))
        {
            return ExitCodes.FileProblem;
        }

        var parsed = DefinitionJson.Parse(json);
        if (parsed.Definition is not { } definition)
        {
            foreach (var diagnostic in parsed.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }

            return ExitCodes.DefinitionErrors;
        }

        var formatted = DefinitionJson.Serialize(definition);
        if (formatted != json)
        {
            File.WriteAllText(file.FullName, formatted);
            output.WriteLine($"{file.Name}: formatted.");
        }
        else
        {
            output.WriteLine($"{file.Name}: already formatted.");
        }

        return ExitCodes.Success;
    }
}
