using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

/// <summary>Checks a definition; the Studio's problems panel, the command line and the runtime's start-up all use it.</summary>
public static class DefinitionValidator
{
    public static IReadOnlyList<Diagnostic> Validate(ApiDefinition definition)
    {
        var context = new ValidationContext(definition);
        ProjectChecks.Run(context);
        RoleChecks.Run(context);
        TableChecks.Run(context);
        RenameChecks.Run(context);
        return context.Diagnostics;
    }

    /// <summary>Parses and validates a document: syntax problems first, and only then the design's.</summary>
    public static IReadOnlyList<Diagnostic> Check(string json)
    {
        var parsed = DefinitionJson.Parse(json);
        return parsed.Definition is { } definition ? Validate(definition) : parsed.Diagnostics;
    }
}
