using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Errors;

/// <summary>Writes an <see cref="ApiError"/> in the project's dialect: flat (default), envelope or problem+json.</summary>
public static class ErrorBodyWriter
{
    public const string JsonContentType = "application/json";
    public const string ProblemContentType = "application/problem+json";

    public static (int Status, string ContentType, JsonObject Body) Write(ApiError error, RequestEcho request, ErrorDialect dialect) => dialect switch
    {
        ErrorDialect.Envelope => (EnvelopeCodes.StatusOf(EnvelopeCodes.For(error)), JsonContentType, Envelope(error, request)),
        ErrorDialect.Problem => (error.Status, ProblemContentType, Problem(error, request)),
        _ => (error.Status, JsonContentType, Flat(error, request)),
    };

    private static JsonObject Flat(ApiError error, RequestEcho request)
    {
        var body = new JsonObject
        {
            ["error"] = error.Message,
            ["layer"] = error.Layer,
            ["code"] = error.Code,
        };
        AddOptional(body, error);
        if (error.Status >= 500)
        {
            body["requestId"] = request.RequestId;
        }

        body["request"] = Echo(request);
        return body;
    }

    private static JsonObject Envelope(ApiError error, RequestEcho request)
    {
        var inner = new JsonObject
        {
            ["code"] = EnvelopeCodes.For(error),
            ["message"] = error.Message,
            ["layer"] = error.Layer,
            ["reason"] = error.Code,
        };
        AddOptional(inner, error);
        inner["request"] = Echo(request);
        return new JsonObject { ["success"] = false, ["error"] = inner };
    }

    private static JsonObject Problem(ApiError error, RequestEcho request)
    {
        var body = new JsonObject
        {
            ["type"] = "urn:api-studio:error:" + error.Code.ToLowerInvariant().Replace('_', '-'),
            ["title"] = error.Message,
            ["status"] = error.Status,
            ["instance"] = request.Url,
            ["layer"] = error.Layer,
            ["code"] = error.Code,
        };
        if (error.Hint is not null)
        {
            body["detail"] = error.Hint;
        }

        AddOptional(body, error);
        body["requestId"] = request.RequestId;
        body["request"] = Echo(request);
        return body;
    }

    private static void AddOptional(JsonObject body, ApiError error)
    {
        if (error.Details is not null)
        {
            body["details"] = error.Details.DeepClone();
        }

        if (error.Hint is not null)
        {
            body["hint"] = error.Hint;
        }
    }

    private static JsonObject Echo(RequestEcho request)
    {
        var echo = new JsonObject { ["method"] = request.Method, ["url"] = request.Url };
        if (request.Body is not null)
        {
            echo["body"] = request.Body;
        }

        echo["requestId"] = request.RequestId;
        return echo;
    }
}
