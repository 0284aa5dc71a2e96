namespace ApiStudio.Runtime.ApiKeys;

/// <summary>The two kinds of key: stored as <c>pk</c>/<c>sk</c>, named <c>publishable</c>/<c>secret</c> in requests.</summary>
public static class ApiKeyKinds
{
    public const string Publishable = "pk";
    public const string Secret = "sk";

    public static string? FromRequestName(string name) => name switch
    {
        "publishable" => Publishable,
        "secret" => Secret,
        _ => null,
    };

    public static string ToRequestName(string kind) => kind == Secret ? "secret" : "publishable";
}
