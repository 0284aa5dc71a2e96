using System.Text.Json;
using System.Text.Json.Nodes;
using ApiStudio.Runtime.Definition;
using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Contract;

/// <summary>
/// Checks an error response against the contract in one dialect: the exact status, content type and whole
/// body (built here from the <see cref="ExpectedError"/>, independently of the runtime's writer), the
/// X-Request-Id header equal to the body's requestId, and for the envelope its status rule.
/// </summary>
public static class ErrorContract
{
    public const string JsonMediaType = "application/json";
    public const string ProblemMediaType = "application/problem+json";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<ContractResponse> AssertAsync(HttpResponseMessage response, ErrorDialect dialect, ExpectedError expected, ExpectedEcho echo)
    {
        var read = await ContractResponse.ReadAsync(response);
        Assert(read, dialect, expected, echo);
        return read;
    }

    public static void Assert(ContractResponse response, ErrorDialect dialect, ExpectedError expected, ExpectedEcho echo)
    {
        Xunit.Assert.True(response.Status == expected.Status,
            $"Expected {expected.Status} {expected.Code} in the {dialect} dialect, got {response.Status}: {response.Text}");
        Xunit.Assert.True(response.Body is not null, $"The {dialect} error body is not a JSON object: '{response.Text}'");
        var body = response.Body!;

        // The same layer and code whatever the dialect: checked first, so a mix-up reads plainly.
        Xunit.Assert.Equal(expected.Layer, LayerOf(body, dialect));
        Xunit.Assert.Equal(expected.Code, CodeOf(body, dialect));
        Xunit.Assert.Equal(dialect == ErrorDialect.Problem ? ProblemMediaType : JsonMediaType, response.MediaType);
        if (dialect == ErrorDialect.Envelope)
        {
            var envelopeCode = body["error"]?["code"]?.GetValue<string>() ?? "";
            Xunit.Assert.Equal(response.Status, EnvelopeCodes.StatusOf(envelopeCode));
        }

        var wanted = Body(dialect, expected, echo, response.RequestId);
        if (!JsonNode.DeepEquals(body, wanted))
        {
            Xunit.Assert.Fail($"The {dialect} body of {expected.Code} differs.\nExpected:\n{wanted.ToJsonString(Pretty)}\nActual:\n{body.ToJsonString(Pretty)}");
        }
    }

    /// <summary>The expected body of <paramref name="expected"/> in a dialect, as the contract describes each.</summary>
    public static JsonObject Body(ErrorDialect dialect, ExpectedError expected, ExpectedEcho echo, string requestId) => dialect switch
    {
        ErrorDialect.Envelope => Envelope(expected, echo, requestId),
        ErrorDialect.Problem => Problem(expected, echo, requestId),
        _ => Flat(expected, echo, requestId),
    };

    /// <summary>The details object of a body in any dialect.</summary>
    public static JsonObject? DetailsOf(JsonObject body, ErrorDialect dialect) =>
        (dialect == ErrorDialect.Envelope ? body["error"]?["details"] : body["details"]) as JsonObject;

    public static string? LayerOf(JsonObject body, ErrorDialect dialect) =>
        (dialect == ErrorDialect.Envelope ? body["error"]?["layer"] : body["layer"])?.GetValue<string>();

    /// <summary>The runtime's code: <c>code</c>, or the envelope's <c>error.reason</c> (its <c>error.code</c> is the domain/name code).</summary>
    public static string? CodeOf(JsonObject body, ErrorDialect dialect) =>
        (dialect == ErrorDialect.Envelope ? body["error"]?["reason"] : body["code"])?.GetValue<string>();

    public static JsonObject? RequestOf(JsonObject body, ErrorDialect dialect) =>
        (dialect == ErrorDialect.Envelope ? body["error"]?["request"] : body["request"]) as JsonObject;

    private static JsonObject Flat(ExpectedError expected, ExpectedEcho echo, string requestId)
    {
        var body = new JsonObject { ["error"] = expected.Message, ["layer"] = expected.Layer, ["code"] = expected.Code };
        AddDetailsAndHint(body, expected);
        if (expected.Status >= 500)
        {
            // Seed 002: a 500 carries the requestId at the top too, to look up the server's logs.
            body["requestId"] = requestId;
        }

        body["request"] = Request(echo, requestId);
        return body;
    }

    private static JsonObject Envelope(ExpectedError expected, ExpectedEcho echo, string requestId)
    {
        var error = new JsonObject
        {
            ["code"] = expected.EnvelopeCode,
            ["message"] = expected.Message,
            ["layer"] = expected.Layer,
            ["reason"] = expected.Code,
        };
        AddDetailsAndHint(error, expected);
        error["request"] = Request(echo, requestId);
        return new JsonObject { ["success"] = false, ["error"] = error };
    }

    private static JsonObject Problem(ExpectedError expected, ExpectedEcho echo, string requestId)
    {
        var body = new JsonObject
        {
            ["type"] = "urn:api-studio:error:" + expected.Code.ToLowerInvariant().Replace('_', '-'),
            ["title"] = expected.Message,
            ["status"] = expected.Status,
            ["instance"] = echo.Url,
            ["layer"] = expected.Layer,
            ["code"] = expected.Code,
        };
        if (expected.Hint is not null)
        {
            body["detail"] = expected.Hint;
        }

        AddDetailsAndHint(body, expected);
        body["requestId"] = requestId;
        body["request"] = Request(echo, requestId);
        return body;
    }

    private static void AddDetailsAndHint(JsonObject body, ExpectedError expected)
    {
        if (expected.Details is not null)
        {
            body["details"] = expected.Details.DeepClone();
        }

        if (expected.Hint is not null)
        {
            body["hint"] = expected.Hint;
        }
    }

    private static JsonObject Request(ExpectedEcho echo, string requestId)
    {
        var request = new JsonObject { ["method"] = echo.Method, ["url"] = echo.Url };
        if (echo.Body is not null)
        {
            request["body"] = echo.Body;
        }

        request["requestId"] = requestId;
        return request;
    }
}
