using System.Text;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Errors;

public sealed class BodyRedactionTests
{
    private static readonly HashSet<string> Masked = new(StringComparer.Ordinal) { "salary" };

    public static TheoryData<string> Bodies() =>
    [
        """{"email":"a@b.co","password":"hunter2","name":"Zoë"}""",
        """{"records":[{"salary":90000,"title":"CTO"},{"apiKey":"sk_123","n":1.50}],"options":{"atomic":true}}""",
        """{"profile":{"user_token":"t","tags":["x",null,true]},"note":"<b>\"quoted\"</b> & 'single'"}""",
        """{"ids":["3f2a","9c1e"],"emoji":"😀","control":"\u0001"}""",
        "{\"name\":\"" + new string('n', 5000) + "\",\"secret\":\"s\"}",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Redacting_a_tree_gives_the_text_the_runtime_echoes_for_the_same_body(string body)
    {
        var tree = JsonNode.Parse(body)!;

        Assert.Equal(BodyRedaction.Redact(body, Masked), BodyRedaction.Redact(tree, Masked));
    }

    [Fact]
    public void Redacting_a_tree_leaves_the_tree_unchanged()
    {
        var tree = JsonNode.Parse("""{"password":"hunter2","salary":1}""")!;

        var echo = BodyRedaction.Redact(tree, Masked);

        Assert.Equal("""{"password":"[REDACTED]","salary":"[REDACTED]"}""", echo);
        Assert.Equal("hunter2", tree["password"]!.GetValue<string>());
    }

    [Fact]
    public void A_long_body_is_cut_between_whole_characters_within_4_KB()
    {
        // Cut short, so it is echoed as sent (a parsed body is written back with the emoji escaped).
        var body = "{\"note\":\"" + string.Concat(Enumerable.Repeat("a😀", 2000));

        var echo = BodyRedaction.Redact(body)!;

        Assert.EndsWith(BodyRedaction.TruncatedMarker, echo);
        Assert.InRange(Encoding.UTF8.GetByteCount(echo), BodyRedaction.MaxBytes - 4, BodyRedaction.MaxBytes);
        var kept = echo[..^BodyRedaction.TruncatedMarker.Length];
        Assert.False(char.IsHighSurrogate(kept[^1]), "the cut split a surrogate pair");
        Assert.StartsWith(kept, body, StringComparison.Ordinal);
        Assert.Contains("😀", kept, StringComparison.Ordinal);
    }
}
