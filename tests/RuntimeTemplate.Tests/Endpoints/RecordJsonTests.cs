using System.Text;
using System.Text.Json;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Endpoints;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Endpoints;

public class RecordJsonTests
{
    private static readonly IReadOnlyList<ColumnDefinition> Columns =
    [
        new() { Name = "id", Type = ColumnType.Uuid, PrimaryKey = true },
        new() { Name = "name" },
        new() { Name = "count", Type = ColumnType.Integer },
        new() { Name = "score", Type = ColumnType.Real },
        new() { Name = "active", Type = ColumnType.Boolean },
        new() { Name = "seenAt", Type = ColumnType.Timestamp },
        new() { Name = "settings", Type = ColumnType.Json },
        new() { Name = "notes", Type = ColumnType.Json },
        new() { Name = "salary", Type = ColumnType.Real },
        new() { Name = "missing" },
        new() { Name = "empty" },
    ];

    [Fact]
    public void Written_record_is_byte_for_byte_the_JsonObject_rendering_in_column_order()
    {
        var row = new Dictionary<string, object?>
        {
            // Out of column order, as a row read by EF Core may be.
            ["empty"] = null,
            ["seenAt"] = new DateTime(2026, 3, 4, 5, 6, 7, 890, DateTimeKind.Unspecified),
            ["id"] = Guid.Parse("0b8e5d7a-3f41-4c2e-9a61-5d0f7c3b2a19"),
            ["name"] = "Zoë + \"quotes\" <tag> \u2028",
            ["count"] = 42L,
            ["score"] = 0.1 + 0.2,
            ["active"] = true,
            ["settings"] = """{ "b": [1, 2.50, "x"], "a": null }""",
            ["notes"] = "not json {",
            ["salary"] = "[REDACTED]",
        };

        var expected = RecordJson.From(Columns, row).ToJsonString(ResponseJson.Options);

        Assert.Equal(expected, Written(row));
        Assert.StartsWith("{\"id\":\"0b8e5d7a-3f41-4c2e-9a61-5d0f7c3b2a19\",\"name\":\"Zoë + \\\"quotes\\\"", expected);
        Assert.Contains("\"seenAt\":\"2026-03-04T05:06:07.890Z\"", expected);
        Assert.Contains("\"settings\":{\"b\":[1,2.50,\"x\"],\"a\":null}", expected);
        Assert.Contains("\"salary\":\"[REDACTED]\"", expected);
        Assert.DoesNotContain("missing", expected);
    }

    [Theory]
    [InlineData(2026, 3, 4, 5, 6, 7, 8_909_999, DateTimeKind.Utc)]
    [InlineData(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified)]
    [InlineData(9999, 12, 31, 23, 59, 59, 9_999_999, DateTimeKind.Local)]
    [InlineData(999, 6, 15, 12, 0, 0, 10_000, DateTimeKind.Utc)]
    public void Written_timestamp_keeps_whole_milliseconds_as_the_JsonObject_rendering(int year, int month, int day, int hour, int minute, int second,
        int fractionTicks, DateTimeKind kind)
    {
        var moment = new DateTime(year, month, day, hour, minute, second, kind).AddTicks(fractionTicks);
        var row = new Dictionary<string, object?> { ["seenAt"] = moment };

        Assert.Equal(RecordJson.From(Columns, row).ToJsonString(ResponseJson.Options), Written(row));
    }

    private static string Written(Dictionary<string, object?> row)
    {
        using var body = new PooledBody();
        using (var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = ResponseJson.Options.Encoder }))
        {
            RecordJson.Write(writer, Columns, row);
        }

        return Encoding.UTF8.GetString(body.Written.Span);
    }
}
