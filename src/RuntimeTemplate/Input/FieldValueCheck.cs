using System.Text.Json;
using ApiStudio.Runtime.Data;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Input;

/// <summary>Checks one JSON value against its <see cref="FieldSpec"/> and converts it to the stored CLR value.</summary>
internal static class FieldValueCheck
{
    /// <summary>Null when the value fits (with <paramref name="result"/> set), else the message for details.errors.</summary>
    public static string? Check(JsonElement value, FieldSpec spec, out object? result)
    {
        if (!ColumnValues.TryFromJson(value, spec.Type, out result, out var error))
        {
            return TypeProblem(value, spec.Type, error);
        }

        if (result is null)
        {
            return spec.Nullable ? null : "may not be null";
        }

        if (result is not string text || spec.Type == ColumnType.Json)
        {
            return null;
        }

        if (StorableText.Problem(text) is { } unstorable)
        {
            return unstorable;
        }

        if (spec.Enum.Count > 0 && !spec.Enum.Contains(text, StringComparer.Ordinal))
        {
            return $"must be one of: {string.Join(", ", spec.Enum)}";
        }

        // Counted in Unicode code points, the unit PostgreSQL's varchar(n) limits, so a value that passes here
        // cannot fail in the database; UTF-16 units would over-count emoji, text elements under-count accents.
        var length = text.EnumerateRunes().Count();
        if (spec.MaxLength is { } max && length > max)
        {
            return $"must be at most {max} characters long; it has {length}";
        }

        return spec.Format is { } format ? TextFormats.Problem(format, text) : null;
    }

    private static string TypeProblem(JsonElement value, ColumnType type, string? error)
    {
        var expected = error ?? $"expected {ColumnValues.Describe(type)}";
        return value.ValueKind switch
        {
            // The kind was right but the content was not (a fraction for an integer, an unparsable date).
            JsonValueKind.Number when type is ColumnType.Integer => $"{expected} without a fraction, between {long.MinValue} and {long.MaxValue}",
            JsonValueKind.String when type is ColumnType.Timestamp or ColumnType.Uuid => expected,
            _ => $"{expected}, got {JsonKinds.Describe(value.ValueKind)}",
        };
    }
}
