using System.Text.Encodings.Web;
using System.Text.Json;

namespace ApiStudio.Runtime.Errors;

/// <summary>How response bodies are serialized: readable text (no \u002B for '+'), safe because the content type is JSON.</summary>
public static class ResponseJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
