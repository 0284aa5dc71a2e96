using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Cli;

/// <summary>Reads a definition file with a clear message instead of an exception trace.</summary>
public static class DefinitionFile
{
    public static bool TryRead(FileInfo file, TextWriter error, out string json)
    {
        json = "";
        if (!file.Exists)
        {
            error.WriteLine($"error: {file.FullName} does not exist.");
            return false;
        }

        if (file.Length > DefinitionJson.MaxDocumentBytes)
        {
            error.WriteLine($"error: {file.Name} is larger than {DefinitionJson.MaxDocumentBytes / (1024 * 1024)} MB.");
            return false;
        }

        try
        {
            json = File.ReadAllText(file.FullName);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read {file.FullName}: {exception.Message}");
            return false;
        }
    }
}
