using System.Text;
using System.Text.Json;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Input;

/// <summary>
/// One forward pass over a body before it is parsed, for the failures the parser itself does not name
/// plainly or at all: invalid UTF-8, nesting too deep, duplicate keys (which System.Text.Json would
/// silently resolve to the last value, so a guard could see one value and the database another).
/// </summary>
internal static class JsonBodyStructure
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The checked document's root, or null when the body holds nothing but whitespace.</summary>
    public static JsonElement? ParseChecked(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        if (utf8.StartsWith(ByteOrderMark))
        {
            utf8 = utf8[ByteOrderMark.Length..];
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            throw Malformed("The body is not valid UTF-8 text.");
        }

        // Our own depth check fires first, so the reader's limit only has to be out of its way.
        var options = new JsonReaderOptions { MaxDepth = maxDepth * 2, CommentHandling = JsonCommentHandling.Disallow };
        Scan(utf8, options, maxDepth);

        var reader = new Utf8JsonReader(utf8, options);
        return JsonElement.ParseValue(ref reader);
    }

    private static void Scan(ReadOnlySpan<byte> utf8, JsonReaderOptions options, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, options);
        var keys = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (reader.CurrentDepth >= maxDepth)
                        {
                            throw Malformed($"The JSON nests objects and arrays more than {maxDepth} levels deep", utf8, reader.TokenStartIndex);
                        }

                        keys.Push(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        keys.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (!keys.Peek()!.Add(name))
                        {
                            throw Malformed($"The key '{Shorten(name)}' appears twice in the same object", utf8, reader.TokenStartIndex);
                        }

                        break;
                    case JsonTokenType.String:
                        // Decoding refuses text that is not valid Unicode (a lone surrogate escape such as \ud800).
                        _ = reader.GetString();
                        break;
                }
            }
        }
        catch (InvalidOperationException)
        {
            throw Malformed("The JSON holds a string that is not valid Unicode (for example a lone \\ud800 escape)", 0, 0);
        }
        catch (JsonException exception)
        {
            var reason = IsCutShort(utf8, options) ? "The JSON ends too early: a string, object or array is left open" : PlainReason(exception.Message);
            throw Malformed(reason, exception.LineNumber, exception.BytePositionInLine);
        }
    }

    /// <summary>
    /// Whether the body is a valid beginning of JSON that stops early. The reader then blames the last token
    /// ("an invalid end of a number"); read as an unfinished block, the same bytes simply ask for more data.
    /// </summary>
    private static bool IsCutShort(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, isFinalBlock: false, new JsonReaderState(options));
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The reader's sentence without its machine suffix ("LineNumber: 0 | BytePositionInLine: 7.").</summary>
    private static string PlainReason(string message)
    {
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        // The reader's advice for this one is about its own options, which an API client cannot change.
        return message.Contains("trailing comma", StringComparison.Ordinal)
            ? "A comma before a closing '}' or ']' is not allowed"
            : message.Trim().TrimEnd('.');
    }

    private static ApiException Malformed(string reason, ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)offset];
        var line = before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return Malformed(reason, line, offset - lineStart);
    }

    /// <summary>Line and position are counted from 1 for people; the reader counts from 0.</summary>
    private static ApiException Malformed(string reason, long? line, long? bytePosition) =>
        Malformed(line is null ? $"{reason}." : $"{reason} (line {line + 1}, position {bytePosition + 1}).");

    private static ApiException Malformed(string reason) => new(ApiErrors.MalformedJson(reason));

    private static string Shorten(string name) => name.Length <= 40 ? name : new StringBuilder(name, 0, 40, 43).Append("...").ToString();
}
