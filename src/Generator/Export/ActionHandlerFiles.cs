using ApiStudio.Runtime.Definition;

namespace ApiStudio.Generator.Export;

/// <summary>
/// The code hook of each action, as a partial class in two files: <c>Actions/{Handler}.cs</c> (generated, rewritten
/// by every export: the action's name and its documentation) and <c>Custom/Actions/{Handler}.cs</c> (yours:
/// <c>ExecuteAsync</c>, written by an export only when the file does not exist). <c>Actions/ActionHandlers.cs</c>
/// registers every handler.
/// </summary>
internal static class ActionHandlerFiles
{
    public const string RegistrationClass = "ActionHandlers";

    public static IEnumerable<ExportFile> Render(ApiDefinition definition, ExportNames names)
    {
        yield return Registration(names);
        foreach (var handler in names.Handlers)
        {
            yield return Generated(definition, names, handler);
            yield return Custom(names, handler);
        }
    }

    private static ExportFile Registration(ExportNames names)
    {
        var code = new CodeWriter();
        code.Line("using ApiStudio.Runtime.Actions;");
        code.Line();
        code.Line($"namespace {names.ActionsNamespace};");
        code.Line();
        code.Summary("Registers the code of every action of the API; generated from api.json.");
        using (code.Block($"public static class {RegistrationClass}"))
        {
            code.Summary("Adds one scoped handler per action; the runtime runs the ones whose table and action match the request.");
            if (names.Handlers.Count == 0)
            {
                code.Line("public static IServiceCollection AddActionHandlers(this IServiceCollection services) => services;");
            }
            else
            {
                using (code.Block("public static IServiceCollection AddActionHandlers(this IServiceCollection services)"))
                {
                    foreach (var handler in names.Handlers)
                    {
                        code.Line($"services.AddScoped<IActionHandler, {handler.ClassName}>();");
                    }

                    code.Line("return services;");
                }
            }
        }

        return new ExportFile($"{ExportLayout.ActionsFolder}/{RegistrationClass}.cs", code.ToString());
    }

    private static ExportFile Generated(ApiDefinition definition, ExportNames names, ActionHandlerModel handler)
    {
        var (table, action) = (handler.Table, handler.Action);
        var code = new CodeWriter();
        code.Line("using ApiStudio.Runtime.Actions;");
        code.Line();
        code.Line($"namespace {names.ActionsNamespace};");
        code.Line();
        code.Summary(action.Description ?? $"The {action.Name} action of {table.Name}.");
        code.Line("/// <remarks>");
        code.Line($"/// <para><c>POST {XmlDocText.Inline(Route(definition, table, action))}</c>. {XmlDocText.Inline(Effect(action))}</para>");
        code.Line($"/// <para>Generated from api.json; write the action's code in {handler.CustomPath}, which an export never overwrites.</para>");
        code.Line("/// </remarks>");
        using (code.Block($"public sealed partial class {handler.ClassName} : IActionHandler"))
        {
            code.Line($"public string Table => {CSharpLiterals.String(table.Name)};");
            code.Line();
            code.Line($"public string Action => {CSharpLiterals.String(action.Name)};");
        }

        return new ExportFile(handler.GeneratedPath, code.ToString());
    }

    private static ExportFile Custom(ExportNames names, ActionHandlerModel handler)
    {
        var code = new CodeWriter();
        code.Line("using ApiStudio.Runtime.Actions;");
        code.Line();
        code.Line($"namespace {names.ActionsNamespace};");
        code.Line();
        code.Line($"// Yours: an export writes this file only when it is missing, and never changes it.");
        code.Line($"// The other half of the class, in {handler.GeneratedPath}, is rewritten by every export.");
        using (code.Block($"public partial class {handler.ClassName}"))
        {
            code.Line("/// <summary>");
            code.Line("/// Runs after the action's declared effect is computed and before the record is stored: read");
            code.Line("/// <c>context.Input</c> and <c>context.Record</c>, change <c>context.Values</c>. Throwing an");
            code.Line("/// <c>ApiException</c> answers with its error; any other exception gives 500 ACTION_EXECUTION_FAILED.");
            code.Line("/// </summary>");
            code.Line("public Task ExecuteAsync(ActionContext context) => Task.CompletedTask;");
        }

        return new ExportFile(handler.CustomPath, code.ToString());
    }

    private static string Route(ApiDefinition definition, TableDefinition table, ActionDefinition action) => action.Scope == ActionScope.Standalone
        ? $"{definition.Project.BasePath}/{table.Name}/actions/{action.Name}"
        : $"{definition.Project.BasePath}/{table.Name}/{{id}}/{action.Name}";

    private static string Effect(ActionDefinition action)
    {
        var parts = new List<string>();
        if (action.Set.Count > 0)
        {
            parts.Add("Sets " + string.Join(", ", action.Set.Select(s => $"{s.Key} = {s.Value}")) + ".");
        }

        if (action.Transition is { } transition)
        {
            parts.Add($"Moves {transition.Field}: " + string.Join("; ", transition.FromTo.Select(t => $"{t.Key} to {string.Join(" or ", t.Value)}")) + ".");
        }

        if (action.Access.Roles.Count > 0)
        {
            parts.Add("Roles: " + string.Join(", ", action.Access.Roles) + ".");
        }

        return string.Join(" ", parts);
    }
}
