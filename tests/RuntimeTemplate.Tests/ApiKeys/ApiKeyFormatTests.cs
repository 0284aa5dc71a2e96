using System.Security.Cryptography;
using System.Text;
using ApiStudio.Runtime.ApiKeys;

namespace ApiStudio.Runtime.Tests.ApiKeys;

public sealed class ApiKeyFormatTests
{
    [Theory]
    [InlineData("pk")]
    [InlineData("sk")]
    public void Generated_key_is_the_kind_prefix_and_64_hex_characters_stored_as_its_SHA_256(string kind)
    {
        var key = ApiKeyFormat.Generate(kind);

        Assert.Matches($"^{kind}_[0-9a-f]{{64}}$", key.Value);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Value))), key.Hash);
        Assert.Equal(key.Value[..11], key.DisplayPrefix);
        Assert.True(ApiKeyFormat.IsWellFormed(key.Value, out var parsed));
        Assert.Equal(kind, parsed);
    }

    [Fact]
    public void Generated_keys_differ()
    {
        Assert.NotEqual(ApiKeyFormat.Generate("sk").Value, ApiKeyFormat.Generate("sk").Value);
    }

    [Theory]
    [InlineData("sk_123")]
    [InlineData("xk_0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sk_000000000000000000000000000000000000000000000000000000000000000G")]
    [InlineData("sk_00000000000000000000000000000000000000000000000000000000000000000")]
    public void Malformed_keys_are_recognised_without_a_lookup(string text)
    {
        Assert.False(ApiKeyFormat.IsWellFormed(text, out _));
    }

    [Fact]
    public void Masked_key_shows_only_its_prefix()
    {
        var masked = ApiKeyFormat.Masked("pk_1a2b3c4d");

        Assert.StartsWith("pk_1a2b3c4d", masked, StringComparison.Ordinal);
        Assert.Equal(3 + 64, masked.Length);
        Assert.All(masked[11..], c => Assert.Equal('•', c));
    }
}
