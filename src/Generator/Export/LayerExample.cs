using System.Text.Json.Nodes;

namespace ApiStudio.Generator.Export;

/// <summary>One README example: what it shows, the curl command, and the status and body the API answers with.</summary>
internal sealed record LayerExample(string Title, string Explanation, string Curl, int Status, string Code, JsonObject Body);
