namespace ApiStudio.Runtime.Validation;

public enum DiagnosticSeverity
{
    /// <summary>The definition cannot be exported or run.</summary>
    Error,

    /// <summary>Works, but probably not as intended.</summary>
    Warning,

    Info,
}
