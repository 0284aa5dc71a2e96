using System.Globalization;
using System.Text.Json.Serialization;

namespace ApiStudio.Runtime.Definition;

/// <summary>
/// A value in a definition: a literal (string, number, boolean, null, list) or a reference that is
/// resolved per request. References are strings that start with <c>$</c>; <c>$$</c> escapes a literal dollar.
/// </summary>
[JsonConverter(typeof(OperandJsonConverter))]
public sealed record Operand
{
    public static readonly IReadOnlyList<string> ContextReferences = ["$ctx.userId", "$ctx.activeOrgId"];

    public const string Now = "$now";
    public const string NewUuid = "$uuid";
    public const string InputPrefix = "$input.";

    private Operand(OperandKind kind, string? text, IReadOnlyList<Operand>? items)
    {
        Kind = kind;
        Text = text;
        Items = items ?? [];
    }

    public OperandKind Kind { get; }

    /// <summary>The string, the number in invariant culture, "true"/"false", or the reference name.</summary>
    public string? Text { get; }

    public IReadOnlyList<Operand> Items { get; }

    public static Operand Null { get; } = new(OperandKind.Null, null, null);

    public static Operand String(string value) => new(OperandKind.String, value, null);

    public static Operand Number(decimal value) => new(OperandKind.Number, value.ToString(CultureInfo.InvariantCulture), null);

    public static Operand NumberText(string invariantText) => new(OperandKind.Number, invariantText, null);

    public static Operand Boolean(bool value) => new(OperandKind.Boolean, value ? "true" : "false", null);

    public static Operand List(params Operand[] items) => new(OperandKind.List, null, items);

    public static Operand List(IReadOnlyList<Operand> items) => new(OperandKind.List, null, items);

    public static Operand Reference(string name) => new(OperandKind.Reference, name, null);

    /// <summary>Reads a JSON string: <c>$x</c> is a reference, <c>$$x</c> the literal <c>$x</c>.</summary>
    public static Operand FromJsonString(string value) =>
        value.StartsWith("$$", StringComparison.Ordinal) ? String(value[1..])
        : value.StartsWith('$') ? Reference(value)
        : String(value);

    public bool IsContextReference => Kind == OperandKind.Reference && Text!.StartsWith("$ctx.", StringComparison.Ordinal);

    public bool IsInputReference => Kind == OperandKind.Reference && Text!.StartsWith(InputPrefix, StringComparison.Ordinal);

    public string? InputName => IsInputReference ? Text![InputPrefix.Length..] : null;

    public bool Equals(Operand? other) =>
        other is not null && Kind == other.Kind && Text == other.Text && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(Kind, Text, Items.Count);

    /// <summary>How the Studio and diagnostics show the value: strings quoted, references bare.</summary>
    public override string ToString() => Kind switch
    {
        OperandKind.Null => "null",
        OperandKind.String => $"'{Text}'",
        OperandKind.List => "[" + string.Join(", ", Items) + "]",
        _ => Text!,
    };
}
