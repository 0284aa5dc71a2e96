using System.Text;
using System.Text.Json;
using ApiStudio.Runtime.Errors;
using ApiStudio.Runtime.Input;
using Microsoft.AspNetCore.Http;

namespace ApiStudio.Runtime.Tests.Input;

public class RequestBodyReaderTests
{
    private const long Limit = 64;

    [Fact]
    public async Task Object_body_reads_as_fields_in_body_order()
    {
        var fields = await Read("""{"b":1,"a":"x","c":{"d":[true,null]}}""");

        Assert.Equal(["b", "a", "c"], fields.Keys);
        Assert.Equal(1, fields["b"].GetInt32());
        Assert.Equal("x", fields["a"].GetString());
        Assert.Equal(JsonValueKind.Object, fields["c"].ValueKind);
    }

    [Fact]
    public async Task Fields_stay_readable_after_the_read_completes()
    {
        var fields = await Read("""{"name":"Ada"}""");
        GC.Collect();

        Assert.Equal("Ada", fields["name"].GetString());
    }

    [Fact]
    public async Task Malformed_json_returns_400_VALIDATION_MALFORMED_JSON_with_line_and_position_in_plain_words()
    {
        var error = await Reject("{\n  \"name\": \"Ada\",\n  \"age\" 3\n}");

        Assert.Equal(400, error.Status);
        Assert.Equal(ErrorLayer.Validation, error.Layer);
        Assert.Equal(ErrorCodes.ValidationMalformedJson, error.Code);
        var reason = Reason(error);
        Assert.EndsWith("(line 3, position 9).", reason);
        Assert.DoesNotContain("LineNumber", reason);
        Assert.DoesNotContain("BytePositionInLine", reason);
        Assert.DoesNotContain(" at ", reason);
    }

    [Theory]
    [InlineData("""{"name":"Ada" """)]
    [InlineData("""{"score":1""")]
    [InlineData("""{"tags":["a",""")]
    [InlineData("""{"name":"Ad""")]
    public async Task Body_cut_short_is_malformed_and_says_so(string json)
    {
        var error = await Reject(json);

        Assert.Equal(ErrorCodes.ValidationMalformedJson, error.Code);
        Assert.StartsWith("The JSON ends too early: a string, object or array is left open (line 1, position", Reason(error));
    }

    [Fact]
    public async Task Trailing_content_after_the_object_is_malformed()
    {
        Assert.Equal(ErrorCodes.ValidationMalformedJson, (await Reject("""{"a":1} {"b":2}""")).Code);
    }

    [Fact]
    public async Task Comments_are_malformed()
    {
        Assert.Equal(ErrorCodes.ValidationMalformedJson, (await Reject("""{"a":1 /* no */}""")).Code);
    }

    [Fact]
    public async Task Trailing_comma_is_malformed_without_advice_about_reader_options()
    {
        Assert.Equal("A comma before a closing '}' or ']' is not allowed (line 1, position 8).", Reason(await Reject("""{"a":1,}""")));
    }

    [Fact]
    public async Task Body_larger_than_the_declared_limit_returns_413_before_reading()
    {
        var stream = new UnreadableStream();

        var error = (await Assert.ThrowsAsync<ApiException>(() => RequestBodyReader.ReadObjectAsync(stream, Limit + 1, Limit))).Error;

        Assert.Equal(413, error.Status);
        Assert.Equal(ErrorCodes.ValidationBodyTooLarge, error.Code);
        Assert.Equal(Limit, error.Details!["limit"]!.GetValue<long>());
    }

    [Fact]
    public async Task Body_larger_than_the_limit_without_a_declared_length_returns_413_while_reading()
    {
        var json = $$"""{"text":"{{new string('x', 200)}}"}""";
        var stream = new CountingStream(Encoding.UTF8.GetBytes(json));

        var error = (await Assert.ThrowsAsync<ApiException>(() => RequestBodyReader.ReadObjectAsync(stream, null, Limit))).Error;

        Assert.Equal(413, error.Status);
        Assert.Equal(Limit + 1, stream.BytesRead);
    }

    [Fact]
    public async Task Body_that_lies_about_its_length_is_still_counted()
    {
        var json = $$"""{"text":"{{new string('x', 200)}}"}""";

        var error = (await Assert.ThrowsAsync<ApiException>(() =>
            RequestBodyReader.ReadObjectAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), 10, Limit))).Error;

        Assert.Equal(413, error.Status);
    }

    [Fact]
    public async Task Body_of_exactly_the_limit_is_accepted()
    {
        var json = $$"""{"t":"{{new string('x', (int)Limit - 8)}}"}""";
        Assert.Equal(Limit, Encoding.UTF8.GetByteCount(json));

        Assert.Single(await Read(json));
    }

    [Fact]
    public async Task Nesting_of_32_levels_is_accepted()
    {
        var json = Nested(31, "{\"a\":1}");

        Assert.Single(await Read(json, limit: 10_000));
    }

    [Fact]
    public async Task Nesting_deeper_than_32_levels_is_malformed()
    {
        var error = await Reject(Nested(32, "{\"a\":1}"), limit: 10_000);

        Assert.Equal(ErrorCodes.ValidationMalformedJson, error.Code);
        Assert.StartsWith("The JSON nests objects and arrays more than 32 levels deep (line 1, position", Reason(error));
    }

    [Theory]
    [InlineData("[1,2]", "The body is a JSON array; send a JSON object.")]
    [InlineData("\"text\"", "The body is a string; send a JSON object.")]
    [InlineData("42", "The body is a number; send a JSON object.")]
    [InlineData("true", "The body is true or false; send a JSON object.")]
    [InlineData("null", "The body is null; send a JSON object.")]
    public async Task Body_that_is_not_an_object_is_malformed(string json, string reason)
    {
        Assert.Equal(reason, Reason(await Reject(json)));
    }

    [Fact]
    public async Task Duplicate_key_is_malformed_and_named()
    {
        var error = await Reject("{\"stage\":\"applied\",\n\"stage\":\"hired\"}");

        Assert.Equal(ErrorCodes.ValidationMalformedJson, error.Code);
        Assert.Equal("The key 'stage' appears twice in the same object (line 2, position 1).", Reason(error));
    }

    [Fact]
    public async Task Duplicate_key_written_with_an_escape_is_still_a_duplicate()
    {
        Assert.Contains("appears twice", Reason(await Reject("""{"a":1,"\u0061":2}""")));
    }

    [Fact]
    public async Task Duplicate_key_in_a_nested_object_is_malformed()
    {
        Assert.Contains("appears twice", Reason(await Reject("""{"records":[{"a":1},{"a":1,"a":2}]}""")));
    }

    [Fact]
    public async Task Same_key_in_sibling_objects_is_fine()
    {
        Assert.Single(await Read("""{"records":[{"a":1},{"a":2}]}"""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n ")]
    public async Task Empty_body_is_malformed(string body)
    {
        Assert.Equal("The body is empty; send a JSON object such as {}.", Reason(await Reject(body)));
    }

    [Fact]
    public async Task Empty_body_reads_as_no_fields_when_allowed()
    {
        var fields = await RequestBodyReader.ReadObjectAsync(new MemoryStream(), 0, Limit, allowEmpty: true);

        Assert.Empty(fields);
    }

    [Fact]
    public void Invalid_utf8_is_malformed()
    {
        var error = Assert.Throws<ApiException>(() => RequestBodyReader.ParseObject([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}'])).Error;

        Assert.Equal("The body is not valid UTF-8 text.", Reason(error));
    }

    [Fact]
    public void Byte_order_mark_is_ignored()
    {
        Assert.Single(RequestBodyReader.ParseObject([0xEF, 0xBB, 0xBF, .. """{"a":1}"""u8]));
    }

    [Fact]
    public async Task Http_request_checks_content_length_and_rewinds_a_buffered_body()
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("""{"a":1}"""));
        context.Request.ContentLength = 7;

        var fields = await RequestBodyReader.ReadObjectAsync(context.Request, Limit);

        Assert.Single(fields);
        Assert.Equal(0, context.Request.Body.Position);

        context.Request.ContentLength = Limit + 1;
        var error = (await Assert.ThrowsAsync<ApiException>(() => RequestBodyReader.ReadObjectAsync(context.Request, Limit))).Error;
        Assert.Equal(413, error.Status);
    }

    [Fact]
    public void Fields_of_a_nested_record_keep_their_order()
    {
        var body = RequestBodyReader.ParseObject("""{"records":[{"z":1,"y":2}],"options":{"atomic":true}}"""u8);

        var record = RequestBodyReader.FieldsOf(body["records"][0]);

        Assert.Equal(["z", "y"], record.Keys);
    }

    private static Task<IReadOnlyDictionary<string, JsonElement>> Read(string json, long limit = Limit)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        return RequestBodyReader.ReadObjectAsync(new MemoryStream(bytes), bytes.Length, limit);
    }

    private static async Task<ApiError> Reject(string json, long limit = Limit) =>
        (await Assert.ThrowsAsync<ApiException>(() => Read(json, limit))).Error;

    private static string Reason(ApiError error) => error.Details!["reason"]!.GetValue<string>();

    /// <summary><paramref name="levels"/> arrays around <paramref name="inner"/>, inside a top-level object.</summary>
    private static string Nested(int levels, string inner) =>
        "{\"x\":" + string.Concat(Enumerable.Repeat("[", levels - 1)) + inner + string.Concat(Enumerable.Repeat("]", levels - 1)) + "}";

    /// <summary>A stream the reader must not touch.</summary>
    private sealed class UnreadableStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("read");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("read");
    }

    /// <summary>A chunked body of unknown length that counts what was taken from it.</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override bool CanSeek => false;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer[..Math.Min(buffer.Length, 10)], cancellationToken);
            BytesRead += read;
            return read;
        }
    }
}
