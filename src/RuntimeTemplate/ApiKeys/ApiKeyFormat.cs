using System.Security.Cryptography;
using ApiStudio.Runtime.Authentication;

namespace ApiStudio.Runtime.ApiKeys;

/// <summary>
/// The shape of an API key: <c>pk_</c> or <c>sk_</c> followed by 64 lower-case hex characters (256 random bits).
/// Keys are stored as their SHA-256, like session tokens; their entropy makes a slow hash unnecessary.
/// </summary>
public static class ApiKeyFormat
{
    public const int HexLength = 64;

    /// <summary>Hex characters kept in the display prefix: enough to tell keys apart, far too few to guess the rest.</summary>
    public const int PrefixHexLength = 8;

    public static NewApiKey Generate(string kind)
    {
        var value = kind + "_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(HexLength / 2));
        return new NewApiKey(value, DisplayPrefixOf(value), Hash(value));
    }

    /// <summary>True when the text claims to be a key (starts with <c>pk_</c> or <c>sk_</c>), valid or not.</summary>
    public static bool LooksLikeKey(string text) =>
        text.StartsWith("pk_", StringComparison.Ordinal) || text.StartsWith("sk_", StringComparison.Ordinal);

    /// <summary>True when the text has the exact shape of a key; the kind is <c>pk</c> or <c>sk</c>.</summary>
    public static bool IsWellFormed(string text, out string kind)
    {
        kind = text.Length > 2 ? text[..2] : "";
        return LooksLikeKey(text) && text.Length == 3 + HexLength && text.AsSpan(3).ContainsAnyExcept("0123456789abcdef") == false;
    }

    public static string Hash(string value) => OpaqueTokens.Hash(value);

    public static string DisplayPrefixOf(string value) => value[..(3 + PrefixHexLength)];

    /// <summary>How lists show a key: its prefix and a mask for the rest.</summary>
    public static string Masked(string displayPrefix) => displayPrefix + new string('•', HexLength - PrefixHexLength);
}
