using System.Reflection;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.OpenApi;

/// <summary>
/// Every layer and code an error body can name, read from the runtime's own constants so the document's
/// enums can never fall behind them.
/// </summary>
internal static class ErrorVocabulary
{
    /// <summary>Request order, so the enum reads like the pipeline.</summary>
    private static readonly string[] LayerOrder =
    [
        ErrorLayer.Authentication, ErrorLayer.RateLimit, ErrorLayer.Firewall, ErrorLayer.Access, ErrorLayer.Guards,
        ErrorLayer.Validation, ErrorLayer.Database, ErrorLayer.Action, ErrorLayer.Routing, ErrorLayer.Internal,
    ];

    public static IReadOnlyList<string> Layers { get; } = ConstantsOf(typeof(ErrorLayer))
        .OrderBy(l => Array.IndexOf(LayerOrder, l) is var i && i < 0 ? int.MaxValue : i)
        .ThenBy(l => l, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<string> Codes { get; } = ConstantsOf(typeof(ErrorCodes)).Order(StringComparer.Ordinal).ToList();

    /// <summary>The envelope dialect's <c>domain/name</c> codes, as <see cref="EnvelopeCodes"/> maps every runtime code.</summary>
    public static IReadOnlyList<string> EnvelopeCodeNames { get; } = Codes
        .Select(c => EnvelopeCodes.For(new ApiError(400, ErrorLayer.Validation, c, "")))
        .Append(EnvelopeCodes.For(ApiErrors.HiddenNotFound()))
        .Append(EnvelopeCodes.For(ApiErrors.RouteNotFound("table")))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    private static IEnumerable<string> ConstantsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
}
