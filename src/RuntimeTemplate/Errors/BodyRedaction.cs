using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ApiStudio.Runtime.Errors;

/// <summary>
/// Prepares a request body for the error echo: values of sensitive keys (and of the table's masked
/// fields) become "[REDACTED]", and the result is cut at 4 KB.
/// </summary>
public static partial class BodyRedaction
{
    public const int MaxBytes = 4096;
    public const string Redacted = "[REDACTED]";
    public const string TruncatedMarker = "...[truncated]";

    private static readonly string[] SensitiveEndings = ["password", "token", "secret", "apikey", "otp", "code", "authorization", "cookie", "ssn"];

    public static bool IsSensitiveKey(string key)
    {
        var plain = key.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        return SensitiveEndings.Any(e => plain.EndsWith(e, StringComparison.Ordinal))
            || plain.Contains("password", StringComparison.Ordinal) || plain.Contains("secret", StringComparison.Ordinal);
    }

    /// <summary>The redacted, size-capped text of <paramref name="body"/>; null when there was no body.</summary>
    public static string? Redact(string? body, IReadOnlySet<string>? maskedFields = null)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        string text;
        try
        {
            var node = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
            RedactNode(node, maskedFields);
            text = node?.ToJsonString() ?? "null";
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            // Not valid JSON (cut short, duplicate keys, ...): still find "key": value pairs and hide the sensitive ones.
            text = RedactText(body, maskedFields);
        }

        return Cap(text);
    }

    /// <summary>
    /// The same text as <see cref="Redact(string?, IReadOnlySet{string}?)"/> gives for <paramref name="body"/>'s JSON,
    /// written from the tree without parsing it back and without changing it.
    /// </summary>
    public static string? Redact(JsonNode? body, IReadOnlySet<string>? maskedFields = null)
    {
        if (body is null)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteRedacted(writer, body, maskedFields);
        }

        return Cap(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteRedacted(Utf8JsonWriter writer, JsonNode? node, IReadOnlySet<string>? maskedFields)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj)
                {
                    writer.WritePropertyName(key);
                    if (IsSensitiveKey(key) || maskedFields?.Contains(key) == true)
                    {
                        writer.WriteStringValue(Redacted);
                    }
                    else
                    {
                        WriteRedacted(writer, value, maskedFields);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteRedacted(writer, item, maskedFields);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    private static void RedactNode(JsonNode? node, IReadOnlySet<string>? maskedFields)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (IsSensitiveKey(key) || maskedFields?.Contains(key) == true)
                    {
                        obj[key] = Redacted;
                    }
                    else
                    {
                        RedactNode(value, maskedFields);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    RedactNode(item, maskedFields);
                }

                break;
        }
    }

    /// <summary>
    /// A body that does not parse cannot be redacted key by key, so it is echoed only when it names no
    /// sensitive or masked key at all; otherwise the echo says so instead of guessing where values end.
    /// </summary>
    private static string RedactText(string body, IReadOnlySet<string>? maskedFields)
    {
        try
        {
            // Escapes could spell a sensitive key in disguise, and form bodies have no quoted keys: both are hidden
            // whenever a sensitive word or masked field could be in them.
            var lower = body.ToLowerInvariant();
            var names = QuotedNames().Matches(body).Select(m => m.Groups["name"].Value);
            return body.Contains('\\') || SensitiveEndings.Any(lower.Contains) || maskedFields?.Any(f => lower.Contains(f.ToLowerInvariant())) == true
                || names.Any(n => IsSensitiveKey(n) || maskedFields?.Contains(n) == true)
                ? UnparsedWithSecrets
                : body;
        }
        catch (RegexMatchTimeoutException)
        {
            return UnparsedWithSecrets;
        }
    }

    public const string UnparsedWithSecrets = "[REDACTED] (the body is not valid JSON and names a sensitive field)";

    [GeneratedRegex("""
        "(?<name>[^"\\]{1,200})"\s*:
        """, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex QuotedNames();

    private static string Cap(string text)
    {
        if (Encoding.UTF8.GetByteCount(text) <= MaxBytes)
        {
            return text;
        }

        // Cut between whole characters (never inside a surrogate pair) once their UTF-8 bytes reach the budget.
        var budget = MaxBytes - TruncatedMarker.Length;
        var used = 0;
        var end = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            used += rune.Utf8SequenceLength;
            if (used > budget)
            {
                break;
            }

            end += rune.Utf16SequenceLength;
        }

        return string.Concat(text.AsSpan(0, end), TruncatedMarker);
    }
}
