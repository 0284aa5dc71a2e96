using System.Globalization;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Simulator;

/// <summary>Plausible values for sample rows, derived from each column's type, enum, format and length.</summary>
public static class SampleValues
{
    public static object? For(ColumnDefinition column, int index, DateTime now, string rowName)
    {
        if (column.Enum.Count > 0)
        {
            return column.Enum[index % column.Enum.Count];
        }

        object? value = column.Type switch
        {
            ColumnType.Integer => (long)(index + 1),
            ColumnType.Real => Math.Round((index + 1) * 125.5, 2),
            ColumnType.Boolean => index % 2 == 0,
            ColumnType.Timestamp => now.AddDays(-index),
            ColumnType.Json => "{\"sample\":" + index.ToString(CultureInfo.InvariantCulture) + "}",
            ColumnType.Uuid => StableIds.For($"{rowName}.{column.Name}"),
            _ => Text(column, index),
        };
        return value is string text && column.MaxLength is { } max && text.Length > max ? text[..max] : value;
    }

    private static string Text(ColumnDefinition column, int index) => column.Format switch
    {
        ColumnFormat.Email => $"person{index + 1}@example.com",
        ColumnFormat.Url => $"https://example.com/{column.Name.ToLowerInvariant()}/{index + 1}",
        ColumnFormat.Phone => $"+1 555 010 {index + 1:0000}",
        ColumnFormat.Date => new DateTime(2026, 1, 1).AddDays(index).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => TextFor(column.Name, index),
    };

    private static string TextFor(string name, int index)
    {
        var plain = name.ToLowerInvariant();
        return plain switch
        {
            _ when plain.Contains("email") => $"person{index + 1}@example.com",
            _ when plain.Contains("phone") => $"+1 555 010 {index + 1:0000}",
            _ when plain.Contains("ssn") => $"123-45-{6789 - index:0000}",
            _ when plain.Contains("card") => $"4111 1111 1111 {1111 + index:0000}",
            _ when plain.Contains("iban") => $"DE89 3704 0044 0532 0130 {index:00}",
            _ when plain.Contains("name") => Names[index % Names.Length],
            _ => $"{char.ToUpperInvariant(name[0])}{name[1..]} {index + 1}",
        };
    }

    private static readonly string[] Names = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth"];
}
