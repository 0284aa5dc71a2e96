using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Masking;
using ApiStudio.Studio.Tables.Masking;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class MaskPreviewTests
{
    private static string? Mask(MaskKind kind, string? value, string? pattern = null, string? replacement = null) =>
        MaskPreview.Apply(new MaskingRule { Kind = kind, Pattern = pattern, Replacement = replacement }, value);

    [Theory]
    [InlineData(MaskKind.Email, "paul@example.com", "p***@e******.com")]
    [InlineData(MaskKind.Email, "x@y.co.uk", "x@y***.uk")]
    [InlineData(MaskKind.Email, "not an email", "[REDACTED]")]
    [InlineData(MaskKind.Phone, "555-123-4567", "******4567")]
    [InlineData(MaskKind.Phone, "+1 (555) 123-4567", "*******4567")]
    [InlineData(MaskKind.Ssn, "123-45-6789", "*****6789")]
    [InlineData(MaskKind.CreditCard, "4111 1111 1111 1234", "************1234")]
    [InlineData(MaskKind.CreditCard, "1234", "[REDACTED]")]
    [InlineData(MaskKind.Name, "Ada Lovelace", "A. L.")]
    [InlineData(MaskKind.Name, "jean-luc  picard", "J. P.")]
    [InlineData(MaskKind.Email, "zoë@example.org", "z**@e******.org")]
    [InlineData(MaskKind.Redact, "anything", "[REDACTED]")]
    [InlineData(MaskKind.None, "shown as is", "shown as is")]
    public void Each_kind_masks_as_the_reference_documents(MaskKind kind, string value, string masked) =>
        Assert.Equal(masked, Mask(kind, value));

    [Fact]
    public void A_null_value_stays_null() => Assert.Null(Mask(MaskKind.Email, null));

    [Fact]
    public void A_custom_mask_replaces_with_the_pattern() =>
        Assert.Equal("Lo***", Mask(MaskKind.Custom, "Lovelace", "^(.{2}).*$", "$1***"));

    [Fact]
    public void A_custom_mask_without_a_pattern_with_a_broken_one_or_without_a_match_redacts()
    {
        Assert.Equal(MaskPreview.Redacted, Mask(MaskKind.Custom, "Lovelace", null, "$1"));
        Assert.Equal(MaskPreview.Redacted, Mask(MaskKind.Custom, "Lovelace", "(unclosed", "$1"));
        Assert.Equal(MaskPreview.Redacted, Mask(MaskKind.Custom, "Lovelace", "^[0-9]+$", "#"));
    }

    [Fact]
    public void A_pattern_that_runs_too_long_fails_closed_to_redacted()
    {
        // Catastrophic backtracking: nested quantifiers against a long run that does not match at the end.
        var value = new string('a', 40) + "!";

        var started = DateTime.UtcNow;
        var masked = Mask(MaskKind.Custom, value, "^(a+)+$", "ok");

        Assert.Equal(MaskPreview.Redacted, masked);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    public static TheoryData<MaskKind, string> ParityCases => new()
    {
        { MaskKind.Email, "paula@example.com" },
        { MaskKind.Email, "a@b" },
        { MaskKind.Email, "@nolocal.com" },
        { MaskKind.Phone, "+44 20 7946 0958" },
        { MaskKind.Ssn, "12-3" },
        { MaskKind.CreditCard, "5500-0000-0000-0004" },
        { MaskKind.Name, "Jane Q. Doe" },
        { MaskKind.Name, "  ...  " },
        { MaskKind.Redact, "secret" },
        { MaskKind.None, "shown" },
    };

    /// <summary>The preview must show what the exported API returns, so it answers as the runtime's mask does.</summary>
    [Theory]
    [MemberData(nameof(ParityCases))]
    public void The_preview_masks_as_the_runtime_does(MaskKind kind, string value) =>
        Assert.Equal(ValueMask.Apply(kind, value), Mask(kind, value));

    [Theory]
    [InlineData("^(.{2}).*$", "$1***", "Lovelace")]
    [InlineData("^[0-9]+$", "#", "Lovelace")]
    [InlineData("(unclosed", "$1", "Lovelace")]
    public void A_custom_preview_masks_as_the_runtime_does(string pattern, string replacement, string value) =>
        Assert.Equal(ValueMask.Apply(MaskKind.Custom, value, pattern, replacement), Mask(MaskKind.Custom, value, pattern, replacement));
}
