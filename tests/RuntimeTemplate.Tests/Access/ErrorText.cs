using ApiStudio.Runtime.Errors;

namespace ApiStudio.Runtime.Tests.Access;

/// <summary>An error as comparable text: every field, details as JSON.</summary>
internal static class ErrorText
{
    public static string Of(ApiError? error) => error is null
        ? "(none)"
        : $"{error.Status} {error.Layer} {error.Code} {error.Message} {error.Hint} {error.Details?.ToJsonString()} {string.Join(",", error.Headers)}";
}
