namespace ApiStudio.Runtime.Definition;

/// <summary>Column names that look like personal or secret data, and the mask that fits each.</summary>
public static class SensitiveNames
{
    private static readonly (string Fragment, MaskKind Kind)[] Fragments =
    [
        ("email", MaskKind.Email),
        ("phone", MaskKind.Phone),
        ("mobile", MaskKind.Phone),
        ("ssn", MaskKind.Ssn),
        ("socialsecurity", MaskKind.Ssn),
        ("creditcard", MaskKind.CreditCard),
        ("cardnumber", MaskKind.CreditCard),
        ("card", MaskKind.CreditCard),
        ("iban", MaskKind.Redact),
        ("password", MaskKind.Redact),
        ("secret", MaskKind.Redact),
        ("token", MaskKind.Redact),
        ("apikey", MaskKind.Redact),
    ];

    /// <summary>The mask suggested for a sensitive-looking name, or null when the name looks harmless.</summary>
    public static MaskKind? SuggestedMask(string columnName)
    {
        var plain = columnName.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        foreach (var (fragment, kind) in Fragments)
        {
            if (plain.Contains(fragment, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }
}
