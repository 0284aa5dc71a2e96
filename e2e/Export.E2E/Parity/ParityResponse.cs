namespace ApiStudio.Export.E2E.Parity;

/// <summary>What one side answered: status, media type (without parameters) and the body as sent.</summary>
public sealed record ParityResponse(int Status, string MediaType, string Body)
{
    public static string MediaTypeOf(string? contentType) => (contentType ?? "").Split(';')[0].Trim();
}
