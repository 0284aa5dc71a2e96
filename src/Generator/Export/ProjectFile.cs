namespace ApiStudio.Generator.Export;

/// <summary><c>{Name}.csproj</c> and the <c>Directory.Build.props</c> that keeps it independent of the folders above it.</summary>
internal static class ProjectFile
{
    public static ExportFile Render(ExportNames names)
    {
        var code = new CodeWriter(indentSize: 2);
        code.Line("<Project Sdk=\"Microsoft.NET.Sdk.Web\">");
        code.Line();
        using (code.Indent())
        {
            code.Line("<PropertyGroup>");
            using (code.Indent())
            {
                code.Line("<TargetFramework>net10.0</TargetFramework>");
                code.Line("<Nullable>enable</Nullable>");
                code.Line("<ImplicitUsings>enable</ImplicitUsings>");
                code.Line($"<RootNamespace>{names.RootNamespace}</RootNamespace>");
                code.Line("<!-- NU1603: the package mirror has SQLitePCLRaw 3.0.3 only, not the 2.1.13 EF Core Sqlite asks for; 3.0.3 works (SQLite 3.50). -->");
                code.Line("<NoWarn>$(NoWarn);NU1603</NoWarn>");
            }

            code.Line("</PropertyGroup>");
            code.Line();
            code.Line("<!-- The packages and versions the API Studio runtime under Runtime/ was built and tested with. -->");
            code.Line("<ItemGroup>");
            using (code.Indent())
            {
                foreach (var (package, version) in PackageVersions.Runtime)
                {
                    code.Line($"<PackageReference Include=\"{package}\" Version=\"{version}\" />");
                }
            }

            code.Line("</ItemGroup>");
            code.Line();
            code.Line("<!-- Read from the content root at start-up; copied so a published app finds them too. -->");
            code.Line("<ItemGroup>");
            using (code.Indent())
            {
                code.Line("<Content Include=\"Migrations/**/*.sql\" CopyToOutputDirectory=\"PreserveNewest\" CopyToPublishDirectory=\"PreserveNewest\" />");
            }

            code.Line("</ItemGroup>");
            code.Line();
        }

        code.Line("</Project>");
        return new ExportFile($"{names.RootNamespace}.csproj", code.ToString());
    }

    public static ExportFile DirectoryBuildProps() => new("Directory.Build.props", """
        <Project>
          <!--
            Keeps this project standalone wherever it is unpacked: MSBuild stops looking for Directory.Build.props
            here, and a Directory.Packages.props or Directory.Build.targets of a folder above (central package
            management, say) is not imported.
          -->
          <PropertyGroup>
            <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
            <ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets>
          </PropertyGroup>
        </Project>

        """);
}
