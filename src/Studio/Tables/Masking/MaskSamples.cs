using ApiStudio.Runtime.Definition;

namespace ApiStudio.Studio.Tables.Masking;

/// <summary>Example values for the live masking preview, chosen by mask kind.</summary>
public static class MaskSamples
{
    public static string For(MaskKind kind, ColumnDefinition column) => kind switch
    {
        MaskKind.Email => "paul@example.com",
        MaskKind.Phone => "555-123-4567",
        MaskKind.Ssn => "123-45-6789",
        MaskKind.CreditCard => "4111 1111 1111 1234",
        MaskKind.Name => "Ada Lovelace",
        _ => column.Type switch
        {
            ColumnType.Integer => "42",
            ColumnType.Real => "1234.5",
            ColumnType.Boolean => "true",
            ColumnType.Timestamp => "2025-01-31T09:30:00Z",
            ColumnType.Uuid => "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            _ => column.Enum.FirstOrDefault() ?? "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
        },
    };
}
