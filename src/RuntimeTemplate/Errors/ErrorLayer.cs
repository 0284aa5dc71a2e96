namespace ApiStudio.Runtime.Errors;

/// <summary>The security layer named in an error body's <c>layer</c> field.</summary>
public static class ErrorLayer
{
    public const string Authentication = "authentication";
    public const string RateLimit = "rateLimit";
    public const string Firewall = "firewall";
    public const string Access = "access";
    public const string Guards = "guards";
    public const string Validation = "validation";
    public const string Database = "database";
    public const string Action = "action";
    public const string Routing = "routing";
    public const string Internal = "internal";
}
