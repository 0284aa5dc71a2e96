namespace ApiStudio.Runtime.ApiKeys;

/// <summary>The answer to creating a key: the only time <see cref="Key"/> is ever shown.</summary>
public sealed record CreatedApiKeyView(string Key, ApiKeyView ApiKey)
{
    public string Notice => "Store this key now: only its hash is kept and it cannot be shown again.";
}
