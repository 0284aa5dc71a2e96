using System.CommandLine;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Cli;

/// <summary><c>schema [--out file]</c>: writes the JSON Schema of api.json for editors.</summary>
public static class SchemaCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var outOption = new Option<FileInfo?>("--out") { Description = "Write the schema to this file instead of standard output." };
        var command = new Command("schema", "Print the JSON Schema of api.json.") { outOption };
        command.SetAction(result =>
        {
            var schema = DefinitionSchema.Generate();
            if (result.GetValue(outOption) is not { } file)
            {
                output.Write(schema);
                return ExitCodes.Success;
            }

            try
            {
                File.WriteAllText(file.FullName, schema);
                return ExitCodes.Success;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write {file.FullName}: {exception.Message}");
                return ExitCodes.FileProblem;
            }
        });
        return command;
    }
}
