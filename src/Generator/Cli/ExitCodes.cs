namespace ApiStudio.Generator.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The definition has at least one error.</summary>
    public const int DefinitionErrors = 1;

    /// <summary>The file could not be read or written.</summary>
    public const int FileProblem = 2;
}
