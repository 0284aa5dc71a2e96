using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ApiStudio.Runtime.Validation;

namespace ApiStudio.Runtime.Definition;

/// <summary>Reads and writes api.json. Writing leaves out values equal to their defaults, so files stay short.</summary>
public static class DefinitionJson
{
    /// <summary>Largest document accepted; a design of several hundred tables stays far below it.</summary>
    public const int MaxDocumentBytes = 8 * 1024 * 1024;

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Parses a document. Never throws for bad input: problems come back as diagnostics.</summary>
    public static DefinitionParseResult Parse(string json)
    {
        if (Encoding.UTF8.GetByteCount(json) > MaxDocumentBytes)
        {
            return DefinitionParseResult.Failed(new Diagnostic(
                DiagnosticCodes.JsonTooLarge, DiagnosticSeverity.Error,
                $"The document is larger than {MaxDocumentBytes / (1024 * 1024)} MB.", "$",
                "Split the design or remove unused tables."));
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            return DefinitionParseResult.Failed(new Diagnostic(
                DiagnosticCodes.JsonMalformed, DiagnosticSeverity.Error, "The document is empty.", "$",
                "Start from a sample or write { \"version\": 1, \"project\": { \"name\": \"my-api\" } }."));
        }

        try
        {
            using var syntax = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = Options.MaxDepth });
        }
        catch (JsonException exception)
        {
            return DefinitionParseResult.Failed(JsonErrorDiagnostic.Malformed(exception));
        }

        try
        {
            var definition = JsonSerializer.Deserialize<ApiDefinition>(json, Options);
            return definition is null
                ? DefinitionParseResult.Failed(new Diagnostic(
                    DiagnosticCodes.JsonInvalidValue, DiagnosticSeverity.Error, "The document is null; expected an object.", "$"))
                : DefinitionParseResult.Parsed(definition);
        }
        catch (JsonException exception)
        {
            return DefinitionParseResult.Failed(JsonErrorDiagnostic.From(exception));
        }
    }

    public static string Serialize(ApiDefinition definition) => JsonSerializer.Serialize(definition, Options) + "\n";

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            IndentSize = 2,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowDuplicateProperties = false,
            NumberHandling = JsonNumberHandling.Strict,
            MaxDepth = 64,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitDefaults } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    private static void OmitDefaults(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.GetConstructor(Type.EmptyTypes) is null)
        {
            return;
        }

        var defaults = Activator.CreateInstance(typeInfo.Type);
        foreach (var property in typeInfo.Properties)
        {
            if (property.IsRequired
                || property.AttributeProvider?.IsDefined(typeof(AlwaysWrittenAttribute), inherit: false) == true
                || property.AttributeProvider is not PropertyInfo member)
            {
                continue;
            }

            var defaultValue = member.GetValue(defaults);
            property.ShouldSerialize = (_, value) => value switch
            {
                null => false,
                ICollection collection => collection.Count > 0,
                _ => !Equals(value, defaultValue),
            };
        }
    }
}
