using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Input;

/// <summary>What a value must satisfy, whether it is a column of a table or an input of an action.</summary>
internal sealed record FieldSpec(ColumnType Type, bool Nullable, IReadOnlyList<string> Enum, int? MaxLength, ColumnFormat? Format)
{
    public static FieldSpec Of(ColumnDefinition column) => new(column.Type, column.Nullable, column.Enum, column.MaxLength, column.Format);

    /// <summary>An optional input may be null; a required one must carry a value.</summary>
    public static FieldSpec Of(ActionInputField input) => new(input.Type, !input.Required, input.Enum, input.MaxLength, null);
}
