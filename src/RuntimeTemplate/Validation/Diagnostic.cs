namespace ApiStudio.Runtime.Validation;

/// <summary>One finding about a definition, addressed by a JSON path such as <c>$.tables[0].columns[2].name</c>.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, string Path, string? Hint = null)
{
    /// <summary>1-based line in the source text, known only for JSON syntax errors.</summary>
    public int? Line { get; init; }

    public int? Column { get; init; }

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>One line for a terminal: <c>error GUARD_UNKNOWN_FIELD $.tables[0].guards.createable[1]: ... (hint)</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{Path} (line {line}, column {Column})" : Path;
        var severity = Severity.ToString().ToLowerInvariant();
        return Hint is null ? $"{severity} {Code} {where}: {Message}" : $"{severity} {Code} {where}: {Message} Fix: {Hint}";
    }
}
