using ApiStudio.Runtime.Validation;

namespace ApiStudio.Runtime.Definition;

/// <summary>A parsed definition, or the diagnostic saying why the text could not be read.</summary>
public sealed record DefinitionParseResult(ApiDefinition? Definition, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Definition is not null;

    public static DefinitionParseResult Parsed(ApiDefinition definition) => new(definition, []);

    public static DefinitionParseResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);
}
