using System.Net;

namespace ApiStudio.Runtime.Tests.Authentication;

/// <summary>Checks an error against the flat dialect of the seed contract: error, layer, code, details, hint, request.</summary>
public static class ErrorBodies
{
    public static void AssertFlat(ApiResponse response, HttpStatusCode status, string layer, string code, string method, string path)
    {
        Assert.True(response.Status == status, $"Expected {(int)status} {code}, got {(int)response.Status}: {response.Text}");
        var body = response.Body;
        Assert.False(string.IsNullOrWhiteSpace((string?)body["error"]));
        Assert.Equal(layer, (string?)body["layer"]);
        Assert.Equal(code, (string?)body["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["hint"]));
        var request = body["request"]!;
        Assert.Equal(method, (string?)request["method"]);
        Assert.Equal(AuthTestHost.BasePath + "/" + path, (string?)request["url"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)request["requestId"]));
        Assert.Equal((string?)request["requestId"], response.Header("X-Request-Id"));
    }

    public static string? Reason(ApiResponse response) => (string?)response.Body["details"]?["reason"];
}
