using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Masking;

namespace ApiStudio.Runtime.Tests.Masking;

public class ValueMaskTests
{
    [Theory]
    [InlineData("paul@example.com", "p***@e******.com")]
    [InlineData("pat@example.com", "p**@e******.com")]
    [InlineData("a@b.io", "a@b.io")]
    [InlineData("first.last@mail.example.co.uk", "f*********@m**************.uk")]
    [InlineData("josé@exämple.de", "j***@e******.de")]
    [InlineData("root@localhost", "r***@l********")]
    public void Email_keeps_first_characters_and_the_top_level_domain(string email, string masked)
    {
        Assert.Equal(masked, ValueMask.Apply(MaskKind.Email, email));
    }

    [Theory]
    [InlineData("not an email")]
    [InlineData("@example.com")]
    [InlineData("paul@")]
    public void Email_mask_of_a_non_address_is_redacted(string text)
    {
        Assert.Equal("[REDACTED]", ValueMask.Apply(MaskKind.Email, text));
    }

    [Theory]
    [InlineData("(555) 123-4567", "******4567")]
    [InlineData("555-123-4567", "******4567")]
    [InlineData("+1 415 555 2671", "*******2671")]
    public void Phone_keeps_the_last_four_digits(string phone, string masked)
    {
        Assert.Equal(masked, ValueMask.Apply(MaskKind.Phone, phone));
    }

    [Theory]
    [InlineData("123-45-6789", "*****6789")]
    [InlineData("123456789", "*****6789")]
    public void Ssn_keeps_the_last_four_digits(string ssn, string masked)
    {
        Assert.Equal(masked, ValueMask.Apply(MaskKind.Ssn, ssn));
    }

    [Theory]
    [InlineData("4111 1111 1111 1234", "************1234")]
    [InlineData("4111-1111-1111-1234", "************1234")]
    [InlineData("378282246310005", "***********0005")]
    public void Credit_card_keeps_the_last_four_digits(string card, string masked)
    {
        Assert.Equal(masked, ValueMask.Apply(MaskKind.CreditCard, card));
    }

    [Theory]
    [InlineData(MaskKind.Phone, "4567")]
    [InlineData(MaskKind.Ssn, "12")]
    [InlineData(MaskKind.CreditCard, "no digits")]
    public void Digit_masks_redact_values_with_four_digits_or_fewer(MaskKind kind, string text)
    {
        Assert.Equal("[REDACTED]", ValueMask.Apply(kind, text));
    }

    [Theory]
    [InlineData("Jane Q. Doe", "J. Q. D.")]
    [InlineData("jane doe", "J. D.")]
    [InlineData("  Ada   Lovelace ", "A. L.")]
    [InlineData("Émile Zola", "É. Z.")]
    [InlineData("Mary-Jane (MJ) Watson", "M. M. W.")]
    public void Name_becomes_initials(string name, string masked)
    {
        Assert.Equal(masked, ValueMask.Apply(MaskKind.Name, name));
    }

    [Fact]
    public void Name_without_letters_is_redacted()
    {
        Assert.Equal("[REDACTED]", ValueMask.Apply(MaskKind.Name, " -- "));
    }

    [Theory]
    [InlineData("secret")]
    [InlineData(120000.5)]
    [InlineData(42L)]
    [InlineData(true)]
    public void Redact_replaces_any_value(object value)
    {
        Assert.Equal("[REDACTED]", ValueMask.Apply(MaskKind.Redact, value));
    }

    [Fact]
    public void Redact_replaces_guids_and_timestamps()
    {
        Assert.Equal("[REDACTED]", ValueMask.Apply(MaskKind.Redact, Guid.NewGuid()));
        Assert.Equal("[REDACTED]", ValueMask.Apply(MaskKind.Redact, DateTime.UtcNow));
    }

    [Fact]
    public void Text_masks_redact_non_text_values()
    {
        Assert.Equal("[REDACTED]", ValueMask.Apply(MaskKind.Phone, 5551234567L));
        Assert.Equal("[REDACTED]", ValueMask.Apply(MaskKind.Email, 3.5));
    }

    [Theory]
    [InlineData(MaskKind.Email)]
    [InlineData(MaskKind.Phone)]
    [InlineData(MaskKind.Name)]
    [InlineData(MaskKind.Redact)]
    [InlineData(MaskKind.Custom)]
    public void Null_stays_null(MaskKind kind)
    {
        Assert.Null(ValueMask.Apply(kind, null));
    }

    [Fact]
    public void None_returns_the_value_unchanged()
    {
        Assert.Equal("https://ada.dev", ValueMask.Apply(MaskKind.None, "https://ada.dev"));
    }

    [Fact]
    public void Custom_replaces_the_pattern_with_groups()
    {
        var rule = new MaskingRule { Kind = MaskKind.Custom, Pattern = "^(.{2}).*(.{2})$", Replacement = "$1****$2" };

        Assert.Equal("AB****CD", ValueMask.Apply(rule, "AB1234CD"));
    }

    [Fact]
    public void Custom_masks_a_passport_number_as_the_sample_does()
    {
        var rule = new MaskingRule { Kind = MaskKind.Custom, Pattern = "^(.{2}).*(.{2})$", Replacement = "$1****$2" };

        Assert.Equal("P1****89", ValueMask.Apply(rule, "P123456789"));
    }

    [Fact]
    public void Custom_pattern_that_does_not_match_redacts_instead_of_showing_the_value()
    {
        var rule = new MaskingRule { Kind = MaskKind.Custom, Pattern = "^(.{2}).*(.{2})$", Replacement = "$1****$2" };

        Assert.Equal("[REDACTED]", ValueMask.Apply(rule, "abc"));
    }

    [Fact]
    public void Custom_pattern_that_times_out_redacts()
    {
        // Catastrophic backtracking: far beyond 50 ms on a 40-character non-matching input.
        var rule = new MaskingRule { Kind = MaskKind.Custom, Pattern = "^(a+)+$", Replacement = "x" };

        Assert.Equal("[REDACTED]", ValueMask.Apply(rule, new string('a', 40) + "!"));
    }

    [Theory]
    [InlineData(null, "x")]
    [InlineData("(", "x")]
    [InlineData("a", null)]
    public void Custom_without_a_usable_pattern_redacts(string? pattern, string? replacement)
    {
        Assert.Equal("[REDACTED]", ValueMask.Apply(MaskKind.Custom, "abc", pattern, replacement));
    }
}
