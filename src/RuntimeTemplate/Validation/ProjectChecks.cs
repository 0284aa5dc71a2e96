using System.Text.RegularExpressions;
using ApiStudio.Runtime.Definition;

namespace ApiStudio.Runtime.Validation;

internal static partial class ProjectChecks
{
    public static void Run(ValidationContext context)
    {
        var definition = context.Definition;
        if (definition.Version != ApiDefinition.CurrentVersion)
        {
            context.Error(DiagnosticCodes.VersionUnsupported, "$.version",
                $"Format version {definition.Version} is not supported; this tool reads version {ApiDefinition.CurrentVersion}.",
                $"Set \"version\": {ApiDefinition.CurrentVersion}.");
        }

        var project = definition.Project;
        const string path = "$.project";
        if (!NameRules.IsRoleOrProjectName(project.Name))
        {
            context.Error(DiagnosticCodes.ProjectNameInvalid, $"{path}.name",
                $"Project name '{ValidationContext.Shorten(project.Name)}' cannot be used as a folder and namespace.", NameRules.SlugHint);
        }

        if (!BasePath().IsMatch(project.BasePath) || project.BasePath.Split('/').Any(s => s is "." or ".."))
        {
            context.Error(DiagnosticCodes.ProjectBasePathInvalid, $"{path}.basePath",
                $"Base path '{ValidationContext.Shorten(project.BasePath)}' is not a plain URL path.",
                "Start with '/', use letters, digits, '-', '_' or '.', and no trailing '/': for example /api/v1.");
        }

        CheckRange(context, $"{path}.sessionLifetimeDays", project.SessionLifetimeDays, 1, 365);
        CheckRange(context, $"{path}.accessTokenLifetimeMinutes", project.AccessTokenLifetimeMinutes, 1, 24 * 60);
        CheckRange(context, $"{path}.maxBatchSize", project.MaxBatchSize, 1, 1000);
        var limits = project.RateLimits;
        CheckRange(context, $"{path}.rateLimits.windowSeconds", limits.WindowSeconds, 1, 86_400);
        CheckRange(context, $"{path}.rateLimits.read", limits.Read, 1, 1_000_000);
        CheckRange(context, $"{path}.rateLimits.create", limits.Create, 1, 1_000_000);
        CheckRange(context, $"{path}.rateLimits.update", limits.Update, 1, 1_000_000);
        CheckRange(context, $"{path}.rateLimits.delete", limits.Delete, 1, 1_000_000);
        CheckRange(context, $"{path}.rateLimits.signIn", limits.SignIn, 1, 10_000);
        CheckEnvironments(context, project.Environments, $"{path}.environments");
    }

    public static void CheckRange(ValidationContext context, string path, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            var name = path[(path.LastIndexOf('.') + 1)..];
            context.Error(DiagnosticCodes.ProjectSettingOutOfRange, path, $"'{name}' is {value}; it must be between {min} and {max}.");
        }
    }

    private static void CheckEnvironments(ValidationContext context, IReadOnlyList<string> environments, string path)
    {
        if (environments.Count == 0)
        {
            context.Error(DiagnosticCodes.EnvironmentInvalid, path, "At least one environment is needed for API keys.",
                "Use [\"dev\", \"staging\", \"prod\"].");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < environments.Count; i++)
        {
            var name = environments[i];
            if (!NameRules.IsRoleOrProjectName(name))
            {
                context.Error(DiagnosticCodes.EnvironmentInvalid, JsonPath.Index(path, i),
                    $"Environment '{ValidationContext.Shorten(name)}' is not a valid name.", NameRules.SlugHint);
            }
            else if (!seen.Add(name))
            {
                context.Error(DiagnosticCodes.EnvironmentInvalid, JsonPath.Index(path, i), $"Environment '{name}' is listed twice.");
            }
        }
    }

    [GeneratedRegex("^(/[A-Za-z0-9._~-]+)+$")]
    private static partial Regex BasePath();
}
