using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using ApiStudio.Generator.Export;
using ApiStudio.Runtime.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ApiStudio.Generator.Tests.Export;

/// <summary>
/// Compiles an export in memory as <c>dotnet build</c> would: its C# files plus the Web SDK's implicit global
/// usings, against the reference packs of the shared frameworks this test runs on and the runtime's NuGet packages
/// (the compile assets src/RuntimeTemplate's project.assets.json lists, from the NuGet package folder), with the
/// framework's source generators (the runtime uses [GeneratedRegex]).
/// </summary>
internal static class ExportCompilation
{
    /// <summary>What Microsoft.NET.Sdk.Web writes into obj/*.GlobalUsings.g.cs with ImplicitUsings enabled.</summary>
    public const string WebSdkGlobalUsings = """
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Net.Http.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);
    private static readonly Lazy<ImmutableArray<ISourceGenerator>> Generators = new(LoadGenerators);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(byte[]?, IReadOnlyList<Diagnostic>)>> Samples = new();

    /// <summary>A sample's export compiled once per test run: compiling the runtime takes a while.</summary>
    public static (byte[]? Assembly, IReadOnlyList<Diagnostic> Diagnostics) Sample(string sample) =>
        Samples.GetOrAdd(sample, name => new Lazy<(byte[]?, IReadOnlyList<Diagnostic>)>(() => Compile(ExportSamples.Export(name)))).Value;

    public static (byte[]? Assembly, IReadOnlyList<Diagnostic> Diagnostics) Compile(ExportedProject project)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = project.Files
            .Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(f.Content, parse, path: f.Path))
            .Append(CSharpSyntaxTree.ParseText(WebSdkGlobalUsings, parse, path: "GlobalUsings.g.cs"))
            .ToList();
        var compilation = CSharpCompilation.Create(project.Name, trees, References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
                // The SDK's default NoWarn: assembly version unification between packages and the framework.
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

        CSharpGeneratorDriver.Create(Generators.Value.ToArray())
            .WithUpdatedParseOptions(parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);

        using var output = new MemoryStream();
        var result = generated.Emit(output);
        var diagnostics = generatorDiagnostics.Concat(result.Diagnostics)
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .ToList();
        return (result.Success ? output.ToArray() : null, diagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences() =>
        [.. FrameworkReferences().Concat(PackageAssemblies()).Select(path => MetadataReference.CreateFromFile(path))];

    /// <summary>
    /// The reference assemblies of Microsoft.NETCore.App and Microsoft.AspNetCore.App, as the SDK compiles against
    /// them, from the reference packs of the shared frameworks this test runs on.
    /// </summary>
    private static IEnumerable<string> FrameworkReferences()
    {
        foreach (var framework in new[] { typeof(object), typeof(Microsoft.AspNetCore.Builder.WebApplication) })
        {
            var shared = Path.GetDirectoryName(framework.Assembly.Location)!;
            var name = Path.GetFileName(Path.GetDirectoryName(shared))!;
            var pack = Path.Combine(DotnetRoot, "packs", name + ".Ref", Path.GetFileName(shared), "ref", "net10.0");
            foreach (var assembly in Directory.GetFiles(pack, "*.dll"))
            {
                yield return assembly;
            }
        }
    }

    private static string DotnetRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    /// <summary>The compile-time assemblies of every package the runtime restores, at the versions it restored.</summary>
    private static IEnumerable<string> PackageAssemblies()
    {
        var assetsFile = Path.Combine(RepositoryPaths.Root, "src", "RuntimeTemplate", "obj", "project.assets.json");
        using var assets = JsonDocument.Parse(File.ReadAllText(assetsFile));
        var packageFolder = assets.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
        var libraries = assets.RootElement.GetProperty("libraries");
        foreach (var (name, library) in assets.RootElement.GetProperty("targets").GetProperty("net10.0").EnumerateObject().Select(p => (p.Name, p.Value)))
        {
            if (library.GetProperty("type").GetString() != "package" || !library.TryGetProperty("compile", out var compile))
            {
                continue;
            }

            var folder = libraries.GetProperty(name).GetProperty("path").GetString()!;
            foreach (var asset in compile.EnumerateObject().Select(a => a.Name).Where(a => a.EndsWith(".dll", StringComparison.Ordinal)))
            {
                yield return Path.Combine(packageFolder, folder, asset);
            }
        }
    }

    /// <summary>The source generators of the Microsoft.NETCore.App reference pack matching this runtime.</summary>
    private static ImmutableArray<ISourceGenerator> LoadGenerators()
    {
        var shared = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var analyzers = Path.Combine(DotnetRoot, "packs", "Microsoft.NETCore.App.Ref", Path.GetFileName(shared), "analyzers", "dotnet", "cs");
        var loader = new AnalyzerLoader();
        return [.. Directory.GetFiles(analyzers, "*.dll")
            .SelectMany(path => new Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference(path, loader).GetGenerators(LanguageNames.CSharp))];
    }

    private sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
