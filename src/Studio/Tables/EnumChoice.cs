using System.Text.Json;

namespace ApiStudio.Studio.Tables;

/// <summary>An enum value as a drop-down offers it: under its api.json name (<c>uuid</c>, <c>creditCard</c>).</summary>
public sealed record EnumChoice<T>(T Value, string Label)
    where T : struct, Enum
{
    public static IReadOnlyList<EnumChoice<T>> All { get; } = Enum.GetValues<T>().Select(v => new EnumChoice<T>(v, NameOf(v))).ToList();

    public static string NameOf(T value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
