using System.Text.Json.Nodes;

namespace ApiStudio.Runtime.Tests.Security.Tenancy;

/// <summary>One request of the random phase: who sends what where, and what the checks need to know about it.</summary>
public sealed record PlannedRequest(Operation Operation, string Table, TenantCaller Caller, HttpMethod Method, string Path, JsonNode? Body)
{
    /// <summary>The records a write sends, in order: the body of a create or update, the records of a batch.</summary>
    public IReadOnlyList<JsonObject> Items { get; init; } = [];

    /// <summary>Columns a list or view filters or sorts on.</summary>
    public IReadOnlyList<string> QueriedColumns { get; init; } = [];

    /// <summary>The record an update, action or delete addresses.</summary>
    public string? TargetId { get; init; }

    public string Describe() => $"{Caller} {Method.Method} {Path}" + (Body is null ? "" : " " + Body.ToJsonString(TenantWorld.BodyJson));
}
