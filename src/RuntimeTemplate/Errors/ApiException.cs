namespace ApiStudio.Runtime.Errors;

/// <summary>Stops a request with an <see cref="ApiError"/>; the error middleware writes the body.</summary>
public sealed class ApiException(ApiError error) : Exception(error.Message)
{
    public ApiError Error { get; } = error;
}
