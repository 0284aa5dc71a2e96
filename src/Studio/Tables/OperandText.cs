using System.Globalization;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables;

/// <summary>
/// The text form of a value in the Studio's boxes: <c>lead</c>, <c>42</c>, <c>true</c>, <c>null</c>,
/// <c>$ctx.userId</c>, lists as <c>a, b</c>. Quotes force a string (<c>'42'</c>); <c>$$</c> is a literal dollar.
/// Text that does not fit the column stays a string, so the validator can say why.
/// </summary>
public static class OperandText
{
    public static string Format(Operand? value) => value is null ? "" : value.Kind switch
    {
        OperandKind.Null => "null",
        OperandKind.List => string.Join(", ", value.Items.Select(FormatItem)),
        _ => FormatItem(value),
    };

    /// <summary>Reads a single value; empty text is no value at all.</summary>
    public static Operand? Parse(string? text, ColumnType type)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length == 0 ? null : ParseItem(trimmed, type);
    }

    /// <summary>Reads a comma-separated list; quoted items may contain commas.</summary>
    public static Operand ParseList(string? text, ColumnType type) =>
        Operand.List(Split(text ?? "").Select(item => ParseItem(item, type)).ToList());

    private static string FormatItem(Operand value) => value.Kind switch
    {
        OperandKind.Null => "null",
        OperandKind.String when value.Text!.StartsWith('$') => "$" + value.Text,
        OperandKind.String when NeedsQuotes(value.Text!) => $"'{value.Text}'",
        OperandKind.List => "[" + string.Join(", ", value.Items.Select(FormatItem)) + "]",
        _ => value.Text ?? "",
    };

    /// <summary>A string that would read back as something else, or would split in a list, is quoted.</summary>
    private static bool NeedsQuotes(string text) =>
        text.Length == 0 || text != text.Trim() || text.Contains(',') || text is "null" or "true" or "false"
        || (text.Length > 1 && text[0] == text[^1] && text[0] is '\'' or '"')
        || decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static Operand ParseItem(string text, ColumnType type)
    {
        if (text.Length > 1 && text[0] == text[^1] && text[0] is '\'' or '"')
        {
            return Operand.String(text[1..^1]);
        }

        if (text.StartsWith('$'))
        {
            return Operand.FromJsonString(text);
        }

        if (text == "null")
        {
            return Operand.Null;
        }

        if (type == ColumnType.Boolean && text is "true" or "false")
        {
            return Operand.Boolean(text == "true");
        }

        if (type is ColumnType.Integer or ColumnType.Real or ColumnType.Json
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return Operand.NumberText(number.ToString(CultureInfo.InvariantCulture));
        }

        return Operand.String(text);
    }

    private static IEnumerable<string> Split(string text)
    {
        var item = new System.Text.StringBuilder();
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is null && c == ',')
            {
                yield return item.ToString().Trim();
                item.Clear();
                continue;
            }

            if (c is '\'' or '"' && (quote is null ? item.ToString().Trim().Length == 0 : quote == c))
            {
                quote = quote is null ? c : null;
            }

            item.Append(c);
        }

        var last = item.ToString().Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }
}
