using System.Text.Json;
using ApiStudio.Runtime.Querying;

namespace ApiStudio.Runtime.Operations;

/// <summary>The <c>pagination</c> block of a list response.</summary>
public static class PaginationJson
{
    public static void Write(Utf8JsonWriter writer, ListPagination pagination)
    {
        writer.WriteStartObject();
        writer.WriteNumber("count", pagination.Count);
        writer.WriteNumber("page", pagination.Page);
        writer.WriteNumber("pageSize", pagination.PageSize);
        writer.WriteBoolean("hasMore", pagination.HasMore);
        if (pagination.Total is { } total)
        {
            writer.WriteNumber("total", total);
        }

        writer.WriteEndObject();
    }
}
