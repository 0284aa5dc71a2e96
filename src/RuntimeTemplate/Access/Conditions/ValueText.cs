using System.Globalization;

namespace ApiStudio.Runtime.Access.Conditions;

/// <summary>How the decision trace shows a record's value, in the style of <c>ConditionText</c>: strings quoted.</summary>
internal static class ValueText
{
    private const int MaxLength = 60;

    public static string Of(object? value) => value switch
    {
        null => "null",
        string text => $"'{Cut(text)}'",
        DateTime moment => $"'{moment:yyyy-MM-ddTHH:mm:ss.fffZ}'",
        Guid id => $"'{id}'",
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => $"'{Cut(value.ToString() ?? "")}'",
    };

    private static string Cut(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + "…";
}
