using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Hosting;

/// <summary>What one running API is: its definition plus the settings that come from configuration.</summary>
public sealed class RuntimeOptions
{
    public required ApiDefinition Definition { get; init; }

    /// <summary>Key that signs access tokens (at least 32 bytes); from configuration, never from the definition.</summary>
    public required string SigningKey { get; init; }

    /// <summary>The environment this deployment serves; API keys of another environment are refused.</summary>
    public string Environment { get; init; } = "dev";

    /// <summary>On when the definition's <c>exposeErrorStack</c> is, or when the host forces it (EXPOSE_ERROR_STACK=1).</summary>
    public bool ExposeErrorStack
    {
        get => field || Definition.Project.ExposeErrorStack;
        init;
    }

    /// <summary>Largest request body read, in bytes; larger bodies get 413.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Records the decision trace on every request (the simulator reads it; the export logs it at debug level).</summary>
    public bool RecordTrace { get; init; } = true;

    /// <summary>Clock used for tokens, audit columns and expiry; tests and the simulator move it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
