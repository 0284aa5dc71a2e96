using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ApiStudio.Runtime.Authentication;

/// <summary>
/// Refresh and session tokens: 256 random bits, stored only as their SHA-256. A fast hash is enough
/// because the tokens have full entropy; a slow password hash would add nothing but latency.
/// </summary>
public static class OpaqueTokens
{
    private const int TokenBytes = 32;

    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 bytes: what the database stores and looks up.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
