using System.Buffers;
using System.Text.Json;
using ApiStudio.Runtime.Errors;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Input;

/// <summary>
/// Reads a request body that must be one JSON object, within a byte limit and a nesting limit of
/// <see cref="MaxDepth"/>, refusing duplicate keys anywhere in the document.
/// </summary>
/// <remarks>
/// The result is an <see cref="IReadOnlyDictionary{TKey,TValue}"/> of top-level key to <see cref="JsonElement"/>,
/// enumerated in body order (an <see cref="OrderedDictionary{TKey,TValue}"/>): guards report fields in the order
/// they were sent, and validation converts elements with <c>ColumnValues.TryFromJson</c> without re-parsing.
/// The elements own their memory, so they stay valid after the request ends. Any top-level object is
/// accepted, so batch bodies (<c>{records, options}</c>, <c>{ids}</c>) read the same way; <see cref="FieldsOf"/>
/// turns each nested record into the same shape.
/// </remarks>
public static class RequestBodyReader
{
    /// <summary>Deepest nesting of objects and arrays accepted; the body's own object is level 1.</summary>
    public const int MaxDepth = 32;

    private const int ChunkBytes = 16 * 1024;

    /// <summary>
    /// Reads the request's body. The stream is rewound afterwards when it can seek, so the error echo can read it again.
    /// </summary>
    /// <param name="request">The request; its Content-Length is checked before anything is read.</param>
    /// <param name="maxBytes">Largest body accepted (RuntimeOptions.MaxBodyBytes); larger bodies get 413.</param>
    /// <param name="allowEmpty">An empty body reads as an empty object, for actions that take no input.</param>
    /// <param name="cancellationToken">Defaults to the request's RequestAborted.</param>
    /// <exception cref="ApiException">413 VALIDATION_BODY_TOO_LARGE, or 400 VALIDATION_MALFORMED_JSON.</exception>
    public static async Task<IReadOnlyDictionary<string, JsonElement>> ReadObjectAsync(HttpRequest request, long maxBytes,
        bool allowEmpty = false, CancellationToken cancellationToken = default)
    {
        var token = cancellationToken.CanBeCanceled ? cancellationToken : request.HttpContext.RequestAborted;
        try
        {
            return await ReadObjectAsync(request.Body, request.ContentLength, maxBytes, allowEmpty, token);
        }
        finally
        {
            if (request.Body.CanSeek)
            {
                request.Body.Position = 0;
            }
        }
    }

    /// <summary>Reads a body from a stream whose declared length (Content-Length) may be unknown.</summary>
    /// <exception cref="ApiException">413 VALIDATION_BODY_TOO_LARGE, or 400 VALIDATION_MALFORMED_JSON.</exception>
    public static async Task<IReadOnlyDictionary<string, JsonElement>> ReadObjectAsync(Stream body, long? contentLength, long maxBytes,
        bool allowEmpty = false, CancellationToken cancellationToken = default)
    {
        // The buffer is one array, and reading stops one byte past the limit, so the limit must fit in it.
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(maxBytes, Array.MaxLength);

        // A declared length over the limit is refused before a byte is read.
        if (contentLength > maxBytes)
        {
            throw new ApiException(ApiErrors.BodyTooLarge(maxBytes));
        }

        var bytes = await ReadLimitedAsync(body, contentLength, maxBytes, cancellationToken);
        return ParseObject(bytes.Span, allowEmpty);
    }

    /// <summary>Parses a body already in memory (the simulator's requests, tests).</summary>
    /// <exception cref="ApiException">400 VALIDATION_MALFORMED_JSON.</exception>
    public static IReadOnlyDictionary<string, JsonElement> ParseObject(ReadOnlySpan<byte> utf8, bool allowEmpty = false)
    {
        var root = JsonBodyStructure.ParseChecked(utf8, MaxDepth);
        if (root is null)
        {
            return allowEmpty ? new OrderedDictionary<string, JsonElement>(StringComparer.Ordinal)
                : throw new ApiException(ApiErrors.MalformedJson("The body is empty; send a JSON object such as {}."));
        }

        if (root.Value.ValueKind != JsonValueKind.Object)
        {
            throw new ApiException(ApiErrors.MalformedJson($"The body is {JsonKinds.Describe(root.Value.ValueKind)}; send a JSON object."));
        }

        return FieldsOf(root.Value);
    }

    /// <summary>The properties of a JSON object in document order, for a body's nested records (batch items).</summary>
    public static IReadOnlyDictionary<string, JsonElement> FieldsOf(JsonElement jsonObject)
    {
        if (jsonObject.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"Expected a JSON object, got {JsonKinds.Describe(jsonObject.ValueKind)}.", nameof(jsonObject));
        }

        var fields = new OrderedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in jsonObject.EnumerateObject())
        {
            fields[property.Name] = property.Value;
        }

        return fields;
    }

    private static async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(Stream body, long? contentLength, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>((int)Math.Clamp(contentLength ?? ChunkBytes, 1, Math.Min(maxBytes + 1, ChunkBytes * 4)));
        long total = 0;
        while (true)
        {
            // Never ask for more than one byte past the limit: a buffered request stream throws beyond its buffer limit.
            var wanted = (int)Math.Min(ChunkBytes, maxBytes + 1 - total);
            var read = await body.ReadAsync(buffer.GetMemory(wanted)[..wanted], cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            total += read;
            if (total > maxBytes)
            {
                throw new ApiException(ApiErrors.BodyTooLarge(maxBytes));
            }
        }
    }
}
