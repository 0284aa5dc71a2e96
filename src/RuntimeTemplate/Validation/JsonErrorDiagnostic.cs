using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

/// <summary>Turns System.Text.Json's exceptions into one diagnostic a person can act on.</summary>
public static partial class JsonErrorDiagnostic
{
    public static Diagnostic From(JsonException exception)
    {
        var path = string.IsNullOrEmpty(exception.Path) ? "$" : exception.Path;
        var raw = TrailingPosition().Replace(exception.Message, "").Trim();
        var (code, message, hint) = Describe(raw, path);
        return new Diagnostic(code, DiagnosticSeverity.Error, message, path, hint)
        {
            Line = exception.LineNumber is { } line ? (int)line + 1 : null,
            Column = exception.BytePositionInLine is { } column ? (int)column + 1 : null,
        };
    }

    private static (string Code, string Message, string? Hint) Describe(string raw, string path)
    {
        if (UnknownMember().Match(raw) is { Success: true } unknown)
        {
            var known = KnownFields(unknown.Groups["type"].Value);
            return (DiagnosticCodes.JsonUnknownField, $"Unknown field '{unknown.Groups["name"].Value}'.",
                known is null ? "Remove the field or check its spelling." : $"Known fields here: {known}.");
        }

        if (MissingRequired().Match(raw) is { Success: true } missing)
        {
            return (DiagnosticCodes.JsonInvalidValue, $"Missing required field {missing.Groups["names"].Value}.", "Add the field.");
        }

        if (NullNotAllowed().Match(raw) is { Success: true } nullField)
        {
            return (DiagnosticCodes.JsonInvalidValue, $"Field '{nullField.Groups["name"].Value}' cannot be null.",
                "Give it a value or leave the field out.");
        }

        if (NotConvertible().Match(raw) is { Success: true } wrongType)
        {
            var field = path[(path.LastIndexOf('.') + 1)..];
            return (DiagnosticCodes.JsonInvalidValue, $"Wrong value for '{field}': expected {Expected(wrongType.Groups["type"].Value)}.",
                null);
        }

        if (Duplicate().Match(raw) is { Success: true } duplicate)
        {
            return (DiagnosticCodes.JsonInvalidValue, $"Field '{duplicate.Groups["name"].Value}' appears twice.", "Keep one of them.");
        }

        return (DiagnosticCodes.JsonInvalidValue, raw, null);
    }

    /// <summary>A syntax error found by the reader, before any binding to the model.</summary>
    public static Diagnostic Malformed(JsonException exception) => new(
        DiagnosticCodes.JsonMalformed, DiagnosticSeverity.Error,
        "Malformed JSON: " + TrailingPosition().Replace(exception.Message, "").Trim(), "$",
        "Fix the JSON syntax at the line and column shown.")
    {
        Line = exception.LineNumber is { } line ? (int)line + 1 : null,
        Column = exception.BytePositionInLine is { } column ? (int)column + 1 : null,
    };

    private static string Expected(string typeName)
    {
        var type = FindType(typeName.TrimEnd('?').Replace("System.Nullable`1[", "").TrimEnd(']'));
        if (type is { IsEnum: true })
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName));
        }

        return typeName switch
        {
            _ when typeName.Contains("Dictionary") => "an object { ... }",
            _ when typeName.Contains("List`") => "a list [ ... ]",
            _ when typeName.Contains("Int32") => "a whole number",
            _ when typeName.Contains("Boolean") => "true or false",
            _ when typeName.Contains("String") => "a string",
            _ => "an object { ... }",
        };
    }

    private static string? KnownFields(string typeName) =>
        FindType(typeName) is { } type
            ? string.Join(", ", type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite)
                .Select(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name
                    ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
            : null;

    private static Type? FindType(string fullName) => typeof(ApiDefinition).Assembly.GetType(fullName);

    [GeneratedRegex(@"\s*(Path:|LineNumber:) .*$", RegexOptions.Singleline)]
    private static partial Regex TrailingPosition();

    [GeneratedRegex(@"The JSON property '(?<name>.*)' could not be mapped to any \.NET member contained in type '(?<type>[^']+)'")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"missing required properties including: (?<names>.+?)\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"The property or field '(?<name>[^']+)' on type '[^']+' doesn't allow (getting|setting) null")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']+)'")]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"The JSON value could not be converted to (?<type>\S+?)\.?$")]
    private static partial Regex NotConvertible();
}
