using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>What every part of one document build shares: the definition, the components written so far, and the names taken.</summary>
internal sealed class OpenApiContext
{
    public OpenApiContext(ApiDefinition definition)
    {
        Definition = definition;
        OrderedRoles = definition.RoleHierarchy
            .Concat(definition.Roles.Select(r => r.Name))
            .Where(r => r != RoleDefinition.Public)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public ApiDefinition Definition { get; }

    public ProjectSettings Project => Definition.Project;

    public JsonObject Schemas { get; } = [];

    public JsonObject Parameters { get; } = [];

    /// <summary>The error examples, shared by every operation that answers the same body.</summary>
    public SharedComponents Examples { get; } = new("examples");

    /// <summary>The error responses, shared by every operation that answers the same codes with the same examples.</summary>
    public SharedComponents Responses { get; } = new("responses");

    /// <summary>Every error example written so far by what its body depends on: status, content type and component name.</summary>
    public Dictionary<ErrorExampleKey, (int Status, string ContentType, string Name)> ErrorExamples { get; } = [];

    /// <summary>What the batch reader answered to each body asked so far, by its items field and JSON text.</summary>
    public Dictionary<string, ApiError?> BatchAnswers { get; } = new(StringComparer.Ordinal);

    public NameRegistry ComponentNames { get; } = new();

    public NameRegistry OperationIds { get; } = new();

    /// <summary>Every role of the API, lowest first: the hierarchy, then the roles outside it in declaration order.</summary>
    public IReadOnlyList<string> OrderedRoles { get; }

    /// <summary>The error body schema of the project's dialect; set once the error schemas are written.</summary>
    public string ErrorSchemaName { get; set; } = "";

    public static JsonObject SchemaRef(string name) => new() { ["$ref"] = "#/components/schemas/" + name };

    public static JsonObject ParameterRef(string name) => new() { ["$ref"] = "#/components/parameters/" + name };

    /// <summary>Roles a list of references admits, in <see cref="OrderedRoles"/> order (the runtime's set has none).</summary>
    public IReadOnlyList<string> Admitted(IEnumerable<string> references)
    {
        var admitted = RoleReferences.Expand(Definition, references);
        return OrderedRoles.Where(admitted.Contains)
            .Concat(admitted.Where(r => r != RoleDefinition.Public && !OrderedRoles.Contains(r)).Order(StringComparer.Ordinal))
            .ToList();
    }

    /// <summary>"sales+ (sales, manager, admin)": the references as written and the roles they admit.</summary>
    public string DescribeRoles(IReadOnlyList<string> references)
    {
        var admitted = Admitted(references);
        var written = string.Join(", ", references);
        return admitted.SequenceEqual(references, StringComparer.Ordinal) ? written : $"{written} ({string.Join(", ", admitted)})";
    }
}
