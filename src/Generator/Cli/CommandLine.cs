using System.CommandLine;

namespace ApiStudio.Generator.Cli;

/// <summary>The generator's commands: <c>check</c>, <c>format</c>, <c>schema</c> and <c>migrate</c>.</summary>
public static class CommandLine
{
    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("API Studio generator: checks and exports API definitions (api.json).");
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(SchemaCommand.Create(output, error));
        root.Subcommands.Add(FormatCommand.Create(output, error));
        root.Subcommands.Add(MigrateCommand.Create(output, error));
        root.Subcommands.Add(ExportCommand.Create(output, error));
        return root;
    }
}
