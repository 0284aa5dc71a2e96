using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Validation;

namespace Crm.Hosting;

/// <summary>The API's design, read from api.json and checked by the same validator the Studio runs.</summary>
public static class ApiDefinitionFile
{
    /// <exception cref="InvalidOperationException">The file is missing, malformed or has errors; the message lists them.</exception>
    public static ApiDefinition Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} does not exist; the API's definition must sit in the content root.");
        }

        var parsed = DefinitionJson.Parse(File.ReadAllText(path));
        var diagnostics = parsed.Definition is { } definition ? DefinitionValidator.Validate(definition) : parsed.Diagnostics;
        var errors = diagnostics.Where(d => d.IsError).ToList();
        if (parsed.Definition is null || errors.Count > 0)
        {
            throw new InvalidOperationException($"{path} has errors:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        }

        return parsed.Definition;
    }
}
